import { normaliseDutchWord } from './normalise-dutch.ts';

/** One normalised word with where it came from, so evidence can quote the writer's own spelling. */
export interface DutchToken {
  /** As written, e.g. "Z'n" or "Ideeën"; a contraction's expansions share it. */
  readonly surface: string;
  /** Normalised form, e.g. "zijn" or "ideeen". */
  readonly norm: string;
  /** Offsets of the surface form in the original text. */
  readonly start: number;
  readonly end: number;
  /** Index of the clause; clauses end at . ! ? ; : , brackets and line breaks. */
  readonly clause: number;
}

const APOSTROPHE = "['’‘`´ʼ]";
// A word: letters/digits, inner apostrophes (m'n, foto's), inner hyphens (e-mail, po-vo), or a
// leading-apostrophe contraction ('t, 'n).
const WORD = new RegExp(`${APOSTROPHE}?[\\p{L}\\p{N}]+(?:${APOSTROPHE}[\\p{L}\\p{N}]+)*(?:-[\\p{L}\\p{N}]+)*`, 'gu');
const CLAUSE_BREAK = /[.!?;:,()\n]|\s[-–—]\s/;

interface WordPart {
  /** What is normalised. */
  text: string;
  /** What is quoted back as evidence. */
  surface: string;
  start: number;
}

// Hyphenated words split into parts (po-vo, tien-minutengesprek), unless a part is a single letter
// (e-mail, x-as), where the hyphen only glues a prefix on.
function splitHyphenated(word: string, start: number): WordPart[] {
  if (!word.includes('-')) return [{ text: word, surface: word, start }];
  const pieces = word.split('-');
  if (pieces.some((piece) => piece.length === 1)) return [{ text: word.replace(/-/g, ''), surface: word, start }];
  const parts: WordPart[] = [];
  let offset = start;
  for (const piece of pieces) {
    parts.push({ text: piece, surface: piece, start: offset });
    offset += piece.length + 1;
  }
  return parts;
}

/**
 * Splits Dutch text into normalised word tokens with their surface forms, offsets and clause numbers.
 * @example tokeniseDutch("Hij is m'n broer").map((t) => t.norm) // ['hij', 'is', 'mijn', 'broer']
 */
export function tokeniseDutch(text: string): DutchToken[] {
  const tokens: DutchToken[] = [];
  let clause = 0;
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    if (CLAUSE_BREAK.test(text.slice(previousEnd, start)) && tokens.length > 0) clause += 1;
    previousEnd = start + match[0].length;
    for (const part of splitHyphenated(match[0], start)) {
      const end = part.start + part.surface.length;
      for (const norm of normaliseDutchWord(part.text)) {
        tokens.push({ surface: part.surface, norm, start: part.start, end, clause });
      }
    }
  }
  return tokens;
}
