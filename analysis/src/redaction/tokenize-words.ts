import { foldName } from './names/index.ts';

export interface WordToken {
  start: number;
  end: number;
  text: string;
  /** Lower case, accents removed: the key into the name lists. */
  folded: string;
  capitalised: boolean;
  allCaps: boolean;
  /** First word of the text or after . ! ? : ; or a line break: capitals there say nothing. */
  sentenceStart: boolean;
  /** The characters between the previous word and this one. */
  gapBefore: string;
}

// Words with inner apostrophes and hyphens ("IB'er", "Jan-Willem", also the non-breaking hyphen of web
// pages: "Sas‑Van Gool"), plus "'t"; a possessive 's stays out.
// Abbreviated tussenvoegsels before a capital are one word: "v.d. Berghe", "v/d Berg", "vd. Wal", "v. Dalen",
// "v.d Borne", and in lower case after an initial they are written onto: "A.v. Limpt" ("O.L.V. Visitatie" is none).
const WORD =
  /(?<![\p{L}\p{M}./])[vV](?:\. ?[dD]\.?|\/[dD]|[dD]\.|\.)(?= +\p{Lu})|(?<=\p{Lu}\.)v(?:\. ?d\.?|\.)(?= +\p{Lu})|['’]t(?![\p{L}])|[\p{L}\p{M}]+(?:['’\u2010\u2011-](?!s(?![\p{L}]))[\p{L}\p{M}]+)*/gu;
const SENTENCE_BREAK = /[.!?:;\n]/;

/** Splits text into words with the facts the name and school finders need. */
export function tokenizeWords(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    const gapBefore = text.slice(previousEnd, match.index);
    // "Debbie van Pooij- Bos", "Irene Feij- Schriemer": a double surname typed with a space after its
    // hyphen is one word, as "Pooij-Bos" would be.
    const previous = tokens[tokens.length - 1];
    if (previous && gapBefore === '- ' && isCapitalisedWord(previous.text) && isCapitalisedWord(word)) {
      previous.end = match.index + word.length;
      previous.text = text.slice(previous.start, previous.end);
      previous.folded = foldName(`${previous.folded}-${word}`);
      previous.allCaps = false;
      previousEnd = previous.end;
      continue;
    }
    const first = word.startsWith("'") || word.startsWith('’') ? '' : (word[0] ?? '');
    const capitalised = first !== '' && first !== first.toLowerCase();
    tokens.push({
      start: match.index,
      end: match.index + word.length,
      text: word,
      folded: foldName(word),
      capitalised,
      allCaps: capitalised && word.length > 1 && word === word.toUpperCase(),
      sentenceStart: tokens.length === 0 || SENTENCE_BREAK.test(gapBefore),
      gapBefore,
    });
    previousEnd = match.index + word.length;
  }
  return tokens;
}

/** "Bos", "Schriemer": a capital and then lower case (not "NS", not "en"). */
const isCapitalisedWord = (word: string) => /^\p{Lu}[\p{Ll}\p{M}]/u.test(word);

/** True when only spaces separate two words, so they can belong to one name. */
export function isSpaceGap(gap: string): boolean {
  return gap.length > 0 && gap.length <= 3 && /^[ \t\u00a0]+$/.test(gap);
}
