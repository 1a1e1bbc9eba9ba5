import { AFGHAN_IRANIAN_FIRST_NAMES, AFGHAN_IRANIAN_SURNAMES } from './afghan-iranian-names.ts';
import { ANTILLEAN_FIRST_NAMES, ANTILLEAN_SURNAMES } from './antillean-names.ts';
import { ARABIC_FIRST_NAMES, ARABIC_SURNAMES } from './arabic-names.ts';
import { DUTCH_FIRST_NAMES, DUTCH_SURNAMES } from './dutch-names.ts';
import { ERITREAN_FIRST_NAMES, ERITREAN_SURNAMES } from './eritrean-names.ts';
import { FRISIAN_FIRST_NAMES } from './frisian-names.ts';
import { INTERNATIONAL_FIRST_NAMES } from './international-names.ts';
import { LOCALE_FIRST_NAMES } from './locale-first-names.ts';
import { MOROCCAN_FIRST_NAMES, MOROCCAN_SURNAMES } from './moroccan-names.ts';
import {
  LOWERCASE_NAME_WORDS,
  LOWERCASE_FUNCTION_WORDS,
  LANGUAGE_NAME_WORDS,
  NAME_WORD_COLLISIONS,
  NOT_NAME_PHRASES,
  NOT_NAME_WORDS,
  SURNAME_NOUN_WORDS,
  SURNAME_WORDS,
} from './not-names.ts';
import { GROUP_NAMES, ORGANISATION_NAMES, PLACE_NAMES } from './other-proper-nouns.ts';
import { POLISH_FIRST_NAMES, POLISH_SURNAMES } from './polish-names.ts';
import { ROMANIAN_BULGARIAN_FIRST_NAMES, ROMANIAN_BULGARIAN_SURNAMES } from './romanian-bulgarian-names.ts';
import { SOMALI_FIRST_NAMES, SOMALI_SURNAMES } from './somali-names.ts';
import { SURINAMESE_FIRST_NAMES, SURINAMESE_SURNAMES } from './surinamese-names.ts';
import { TURKISH_FIRST_NAMES, TURKISH_SURNAMES } from './turkish-names.ts';
import { UKRAINIAN_FIRST_NAMES, UKRAINIAN_SURNAMES } from './ukrainian-names.ts';
import { WEST_AFRICAN_FIRST_NAMES, WEST_AFRICAN_SURNAMES } from './west-african-names.ts';

/** Lower case without accents, so "Öztürk", "ozturk" and "OZTÜRK" meet. Keeps ı → i too. */
export function foldName(word: string): string {
  const lower = word.toLowerCase();
  // Most words are plain ASCII; skip the Unicode work for them (it dominates the run time).
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').replace(/’/g, "'");
}

function wordSet(...lists: string[]): ReadonlySet<string> {
  const set = new Set<string>();
  for (const list of lists) for (const word of list.split(/\s+/)) if (word) set.add(foldName(word));
  return set;
}

/** One list per origin, written by hand; names the lists share are simply listed twice. */
const HAND_WRITTEN_FIRST_NAME_LISTS = {
  dutch: DUTCH_FIRST_NAMES,
  frisian: FRISIAN_FIRST_NAMES,
  moroccan: MOROCCAN_FIRST_NAMES,
  turkish: TURKISH_FIRST_NAMES,
  surinamese: SURINAMESE_FIRST_NAMES,
  antillean: ANTILLEAN_FIRST_NAMES,
  polish: POLISH_FIRST_NAMES,
  ukrainian: UKRAINIAN_FIRST_NAMES,
  romanianBulgarian: ROMANIAN_BULGARIAN_FIRST_NAMES,
  arabic: ARABIC_FIRST_NAMES,
  afghanIranian: AFGHAN_IRANIAN_FIRST_NAMES,
  somali: SOMALI_FIRST_NAMES,
  eritrean: ERITREAN_FIRST_NAMES,
  westAfrican: WEST_AFRICAN_FIRST_NAMES,
  international: INTERNATIONAL_FIRST_NAMES,
};

/** And given names of 77 locales, generated from @faker-js/faker (locale-given-names.ts): rare and foreign names. */
export const FIRST_NAME_LISTS = { ...HAND_WRITTEN_FIRST_NAME_LISTS, locales: LOCALE_FIRST_NAMES };

export const SURNAME_LISTS = {
  dutch: DUTCH_SURNAMES,
  moroccan: MOROCCAN_SURNAMES,
  turkish: TURKISH_SURNAMES,
  surinamese: SURINAMESE_SURNAMES,
  antillean: ANTILLEAN_SURNAMES,
  polish: POLISH_SURNAMES,
  ukrainian: UKRAINIAN_SURNAMES,
  romanianBulgarian: ROMANIAN_BULGARIAN_SURNAMES,
  arabic: ARABIC_SURNAMES,
  afghanIranian: AFGHAN_IRANIAN_SURNAMES,
  somali: SOMALI_SURNAMES,
  eritrean: ERITREAN_SURNAMES,
  westAfrican: WEST_AFRICAN_SURNAMES,
};

/**
 * The hand-written lists alone: names common in the Netherlands and Flanders, the only ones read as a name in lower
 * case. The locales' rare names meet too many lower-case words of dialects and other languages ("nea", "len").
 */
export const COMMON_FIRST_NAMES = wordSet(...Object.values(HAND_WRITTEN_FIRST_NAME_LISTS));
// (Every list folded once: the common names, then the locales' names beside them.)
export const FIRST_NAMES: ReadonlySet<string> = new Set([...COMMON_FIRST_NAMES, ...wordSet(LOCALE_FIRST_NAMES)]);
export const SURNAMES = wordSet(...Object.values(SURNAME_LISTS));

export const NOT_NAMES = wordSet(NOT_NAME_WORDS);
export const AMBIGUOUS_NAMES = wordSet(NAME_WORD_COLLISIONS);
export const NAMES_THAT_ARE_LANGUAGES = wordSet(LANGUAGE_NAME_WORDS);
export const LOWERCASE_WORD_NAMES = wordSet(LOWERCASE_NAME_WORDS);
export const LOWERCASE_NON_NAMES = wordSet(LOWERCASE_FUNCTION_WORDS);
export const SURNAME_NOUNS = wordSet(SURNAME_NOUN_WORDS);
export const SURNAMES_THAT_ARE_WORDS = wordSet(SURNAME_NOUN_WORDS, SURNAME_WORDS);
/** Capitalised words that a guess from context must not take: places, peoples, organisations. */
export const OTHER_PROPER_NOUNS = wordSet(PLACE_NAMES, GROUP_NAMES, ORGANISATION_NAMES);

/** The words of a text that belong to a phrase that looks like a name but is no person ("Albert Heijn"). */
export function inNotNamePhrase(words: readonly { folded: string }[]): boolean[] {
  const inside = words.map(() => false);
  words.forEach((word, i) => {
    // ("Harry van den Bosch": after "van", "den Bosch" is a surname, not the city; "van Leidsche Rijn" stays the
    // district.)
    if (words[i - 1]?.folded === 'van' && /^(?:de|den|der)$/.test(word.folded)) return;
    for (const phrase of NOT_NAME_PHRASES_BY_FIRST_WORD.get(word.folded) ?? []) {
      if (!phrase.every((folded, w) => words[i + w]?.folded === folded)) continue;
      for (let w = 0; w < phrase.length; w++) inside[i + w] = true;
    }
  });
  return inside;
}

/** Phrases that look like names but are not people ("Zwarte Piet"), keyed by their first word. */
const NOT_NAME_PHRASES_BY_FIRST_WORD: ReadonlyMap<string, readonly string[][]> = (() => {
  const byFirstWord = new Map<string, string[][]>();
  for (const phrase of NOT_NAME_PHRASES) {
    const words = phrase.split(' ').map(foldName);
    const first = words[0] ?? '';
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), words]);
  }
  return byFirstWord;
})();
