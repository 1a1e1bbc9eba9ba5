// Known Dutch and Flemish places (the gazetteers of place-lists.ts), folded as the tokenizer folds words, so
// a place that is also a surname ("Doorn", "Hulst", "Steenbergen", "Vries") can be told from the person.
import { tokenizeWords, type WordToken } from '../tokenize-words.ts';
import { DUTCH_MUNICIPALITIES, DUTCH_PLACES, FLEMISH_PLACES } from './place-lists.ts';
import { FIRST_NAMES } from './index.ts';

/** Common names the registers do not use: the BAG says "'s-Gravenhage" and "'s-Hertogenbosch". */
const EVERYDAY_PLACE_NAMES = `
Den Haag
Den Bosch
`;

// Villages that are also given names our lists miss ("Rien", "Erica"): a person first.
const GIVEN_NAME_PLACES = new Set(['rien', 'erica', 'philippine', 'ane']);

/** Every known place as the folded words the tokenizer makes of it ("bergen op zoom" → three words). */
const PHRASES: readonly (readonly string[])[] = [
  DUTCH_PLACES,
  DUTCH_MUNICIPALITIES,
  FLEMISH_PLACES,
  EVERYDAY_PLACE_NAMES,
]
  .flatMap((list) => list.split('\n'))
  .map((line) => tokenizeWords(line.trim()).map((token) => token.folded))
  .filter((words) => words.length > 0);

const ONE_WORD_PLACES = PHRASES.flatMap((words) => (words.length === 1 ? [words[0]!] : []));
const isNamedLikePeople = (place: string) => FIRST_NAMES.has(place) || GIVEN_NAME_PLACES.has(place);

/**
 * One-word places ("doorn", "etten-leur", "s-hertogenbosch"), without the places that are given names too ("Lies",
 * "Axel", "Brecht", "Erica"): there the name wins, except where only a place fits (`PLACES_NAMED_LIKE_PEOPLE`).
 */
export const KNOWN_PLACES: ReadonlySet<string> = new Set(ONE_WORD_PLACES.filter((place) => !isNamedLikePeople(place)));

/** The one-word places that are given names too ("Brecht", "Stein", "Erica"): a place only where a place stands. */
export const PLACES_NAMED_LIKE_PEOPLE: ReadonlySet<string> = new Set(ONE_WORD_PLACES.filter(isNamedLikePeople));

/** Places of two words or more ("anna paulowna", "alphen aan den rijn"), keyed by their first word, longest first. */
const PHRASES_BY_FIRST_WORD: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const byFirst = new Map<string, (readonly string[])[]>();
  for (const words of PHRASES) {
    if (words.length < 2) continue;
    byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), words]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return byFirst;
})();

// Inside a place's name only spaces, hyphens, apostrophes and a full stop ("St.-Annaparochie") come between
// its words; a comma or a line break ends it.
const INNER_GAP = /^[ \u00a0.'’-]{1,3}$/;

/**
 * The index of the last word of the known place that starts at word `i` ("Anna Paulowna", "Bergen op
 * Zoom", "Doorn"), the longest one, or -1 where none starts there. Capitals are the caller's to judge.
 */
export function knownPlaceEnd(tokens: readonly WordToken[], i: number): number {
  const first = tokens[i];
  if (!first) return -1;
  for (const words of PHRASES_BY_FIRST_WORD.get(first.folded) ?? []) {
    const matches = words.every((word, w) => {
      const token = tokens[i + w];
      return token !== undefined && token.folded === word && (w === 0 || INNER_GAP.test(token.gapBefore));
    });
    if (matches) return i + words.length - 1;
  }
  return KNOWN_PLACES.has(first.folded) ? i : -1;
}
