// snowball-stemmers@0.6.0 (pinned exactly in package.json) is a JS port of the Snowball project's
// generated Java stemmers. Its 'dutch' algorithm is the CLASSIC Snowball Dutch stemmer (Porter's
// original, pre-3.0; Snowball 3.0 renamed it 'dutch_porter' and made a Kraaij-Pohlmann-style stemmer
// the new 'dutch'). Its output matches snowball-data dutch/diffs.txt (see stem-dutch.test.ts).
// Changing the package or its version changes stems, so a trained model must be retrained.
import snowballFactory from 'snowball-stemmers';

/** Name and version of the stemming algorithm, recorded in trained models. */
export const DUTCH_STEMMER_ID = 'snowball-stemmers@0.6.0/dutch (classic Snowball Dutch, pre-3.0)';

const stemmer = snowballFactory.newStemmer('dutch');

// Stemming costs ~7 µs per word; stories reuse a small vocabulary, so a memo makes it ~free.
const memo = new Map<string, string>();
const MEMO_LIMIT = 100_000;

/**
 * Stems one lower-case Dutch word with the classic Snowball Dutch algorithm.
 * @example stemDutch('leerkrachten') // 'leerkracht'
 */
export function stemDutch(word: string): string {
  const known = memo.get(word);
  if (known !== undefined) return known;
  // The Snowball prelude treats letters only; digits and very short words pass through unchanged.
  const stem = word.length < 3 || /\d/.test(word) ? word : stemmer.stem(word);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, stem);
  return stem;
}
