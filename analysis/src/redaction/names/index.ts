import { AFRICAN_FIRST_NAMES, AFRICAN_SURNAMES } from './african-names.ts';
import { ARABIC_FIRST_NAMES, ARABIC_SURNAMES } from './arabic-names.ts';
import { DUTCH_FIRST_NAMES, DUTCH_SURNAMES } from './dutch-names.ts';
import { INTERNATIONAL_FIRST_NAMES } from './international-names.ts';
import { MOROCCAN_FIRST_NAMES, MOROCCAN_SURNAMES } from './moroccan-names.ts';
import { NAME_WORD_COLLISIONS, NOT_NAME_PHRASES, NOT_NAME_WORDS } from './not-names.ts';
import {
  POLISH_FIRST_NAMES,
  POLISH_SURNAMES,
  UKRAINIAN_FIRST_NAMES,
  UKRAINIAN_SURNAMES,
} from './polish-ukrainian-names.ts';
import { SURINAMESE_FIRST_NAMES, SURINAMESE_SURNAMES } from './surinamese-names.ts';
import { TURKISH_FIRST_NAMES, TURKISH_SURNAMES } from './turkish-names.ts';

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

export const FIRST_NAMES = wordSet(
  DUTCH_FIRST_NAMES,
  MOROCCAN_FIRST_NAMES,
  TURKISH_FIRST_NAMES,
  SURINAMESE_FIRST_NAMES,
  POLISH_FIRST_NAMES,
  UKRAINIAN_FIRST_NAMES,
  ARABIC_FIRST_NAMES,
  AFRICAN_FIRST_NAMES,
  INTERNATIONAL_FIRST_NAMES,
);

export const SURNAMES = wordSet(
  DUTCH_SURNAMES,
  MOROCCAN_SURNAMES,
  TURKISH_SURNAMES,
  SURINAMESE_SURNAMES,
  POLISH_SURNAMES,
  UKRAINIAN_SURNAMES,
  ARABIC_SURNAMES,
  AFRICAN_SURNAMES,
);

export const NOT_NAMES = wordSet(NOT_NAME_WORDS);
export const AMBIGUOUS_NAMES = wordSet(NAME_WORD_COLLISIONS);

/** Phrases that look like names but are not people ("Zwarte Piet"), keyed by their first word. */
export const NOT_NAME_PHRASES_BY_FIRST_WORD: ReadonlyMap<string, readonly string[][]> = (() => {
  const byFirstWord = new Map<string, string[][]>();
  for (const phrase of NOT_NAME_PHRASES) {
    const words = phrase.split(' ').map(foldName);
    const first = words[0] ?? '';
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), words]);
  }
  return byFirstWord;
})();
