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

// Typed in lower case on a phone ("kerkstraat 12"): a compound on an unmistakable street word only, and a
// house number below 1000 ("ijsbaan 4", "zomerkamp 2024" and "snelweg 12" are no addresses).
const LOWERCASE_STREET = String.raw`[\p{Ll}][\p{Ll}'’-]{2,}(?:straat|laan|gracht|kade|singel|steeg|dreef|plantsoen|straatweg)`;
const SMALL_HOUSE_NUMBER = String.raw`\d{1,3}(?:-?[a-z](?![\p{L}])|-\d{1,3}(?![\p{N}]))?`;

const STREET_ADDRESS = new RegExp(
  // "2e Jan Steenstraat 3": an ordinal belongs to the street's name.
  String.raw`(?<![\p{L}\p{N}])((?:[1-9](?:e|ste|de) )?(?:[\p{Lu}][\p{L}'’.]* (?:${NAME_WORD} ){0,3})?[\p{Lu}][\p{L}'’-]*?(?:${STREET_SUFFIXES}) ${HOUSE_NUMBER})(?![\p{N}])` +
    '|' +
    String.raw`(?<![\p{L}\p{N}])(${LOWERCASE_STREET} ${SMALL_HOUSE_NUMBER})(?![\p{N}]| ?(?:km|m|meter|minuten|min|uur|dagen|dag|weken|keer|x|euro|%)(?![\p{L}]))` +
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
