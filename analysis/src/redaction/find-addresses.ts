import type { Entity } from './types.ts';

// City names end in -dam, -oord, -horst …, so those suffixes stay out: "Amsterdam 3" is not an address.
const STREET_SUFFIXES =
  'straat|straatje|weg|laan|plein|pleintje|gracht|kade|singel|dijk|pad|hof|dreef|steeg|markt|park|' +
  'plantsoen|erf|baan|wal|veld|ring|allee|boulevard|vaart|haven|kamp|weide|akker|gaarde|hoven|diep|' +
  'wetering|berg|straatweg';

// Words that may start a multi-word street name ("Van Goghlaan", "Burgemeester Peecklaan").
const NAME_WORD = String.raw`(?:[\p{Lu}][\p{L}'’.]*|van|de|der|den|het|'t|ter|ten|te|op|aan|in|la|le)`;
// Sentence words that are capitalised but never start a street name.
const NOT_STREET_START = new Set([
  'Op',
  'In',
  'Aan',
  'Naar',
  'Wij',
  'We',
  'Ons',
  'Onze',
  'Mijn',
  'Bij',
  'Het',
  'Is',
  'Adres',
  'Nu',
  'Nieuw',
  'Nieuwe',
]);

// House number with an optional addition: 12a, 12 A, 3-II, 21-b, 15 hs, 7 bis.
const HOUSE_NUMBER = String.raw`\d{1,5}(?:-?[a-zA-Z](?![\p{L}])|-(?:[IVX]{1,4}|\d{1,3}|[a-zA-Z]{1,2})(?![\p{L}\p{N}])| (?:hs|huis|bis|bg|zw|rd|I{1,3})(?![\p{L}]))?`;

const STREET_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])((?:[\p{Lu}][\p{L}'’.]* (?:${NAME_WORD} ){0,3})?[\p{Lu}][\p{L}'’-]*?(?:${STREET_SUFFIXES}) ${HOUSE_NUMBER})(?![\p{N}])` +
    '|' +
    // "Laan van Meerdervoort 45", "Plein 1944 …": a suffix word first, then its name.
    String.raw`(?<![\p{L}\p{N}])((?:Laan|Plein|Kade|Weg|Dijk|Singel|Gracht) (?:van|der|de|den|het|'t|ter|ten|op|aan) (?:${NAME_WORD} ){0,2}[\p{Lu}][\p{L}'’-]+ ${HOUSE_NUMBER})(?![\p{N}])`,
  'gu',
);

/** Finds street addresses with a house number: "Kerkstraat 12a", "Van Goghlaan 3-II". */
export function findAddresses(text: string): Entity[] {
  const found: Entity[] = [];
  for (const match of text.matchAll(STREET_ADDRESS)) {
    let start = match.index;
    const end = start + match[0].length;
    // A capitalised sentence word in front is not part of the street: "Op Kerkstraat 12" → "Kerkstraat 12".
    const firstWord = /^\S+/.exec(match[0])?.[0] ?? '';
    if (NOT_STREET_START.has(firstWord) && match[0].indexOf(' ') > 0) start += firstWord.length + 1;
    found.push({ type: 'ADDRESS', start, end });
  }
  return found;
}
