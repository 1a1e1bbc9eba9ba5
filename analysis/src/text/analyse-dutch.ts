import { DUTCH_NEGATORS, isDutchStopword } from './dutch-stopwords.ts';
import { markNegated } from './negation.ts';
import { stemDutch } from './stem-dutch.ts';
import { tokeniseDutch, type DutchToken } from './tokenise-dutch.ts';

/** A token after the whole pipeline: stemmed, with stopword and negation flags. */
export interface AnalysedToken extends DutchToken {
  readonly stem: string;
  /** A function word that carries no theme (negators are not stopwords). */
  readonly stop: boolean;
  readonly negator: boolean;
  /** Inside the reach of a preceding negator; see markNegated. */
  readonly negated: boolean;
}

/** A unigram or bigram term with the token span it came from. */
export interface TextTerm {
  /** Stem, "NEG_" + stem when negated, or two of those joined by a space. */
  readonly term: string;
  /** Index of the first and last token of the span. */
  readonly first: number;
  readonly last: number;
}

/** Prefix of terms inside a negation's reach, so "geen pesten" and "pesten" are different features. */
export const NEGATED_PREFIX = 'NEG_';

/**
 * Runs the Dutch text pipeline: tokenise, normalise, expand contractions, stem, flag stopwords and negation.
 * @example analyseDutch('Niet gepest').map((t) => [t.stem, t.negated]) // [['niet', false], ['gepest', true]]
 */
export function analyseDutch(text: string): AnalysedToken[] {
  const tokens = tokeniseDutch(text);
  const flagged = tokens.map((token) => {
    const negator = DUTCH_NEGATORS.has(token.norm);
    return { norm: token.norm, clause: token.clause, stop: !negator && isDutchStopword(token.norm), negator };
  });
  const negated = markNegated(flagged);
  // Plain object literals (no spread) keep one hidden class: this loop is the classifier's hot path.
  return tokens.map((token, index) => ({
    surface: token.surface,
    norm: token.norm,
    start: token.start,
    end: token.end,
    clause: token.clause,
    stem: stemDutch(token.norm),
    stop: flagged[index]?.stop ?? false,
    negator: flagged[index]?.negator ?? false,
    negated: negated[index] ?? false,
  }));
}

/**
 * Unigram and bigram terms of the content words (stopwords and negators left out); bigrams join
 * neighbouring content words within one clause.
 * @example termsOf(analyseDutch('Veel huiswerk!')).map((t) => t.term) // ['huiswerk']
 */
export function termsOf(tokens: readonly AnalysedToken[]): TextTerm[] {
  const terms: TextTerm[] = [];
  let previous: { term: string; index: number; clause: number } | null = null;
  for (const [index, token] of tokens.entries()) {
    if (token.stop || token.negator) continue;
    const term = token.negated ? NEGATED_PREFIX + token.stem : token.stem;
    terms.push({ term, first: index, last: index });
    if (previous && previous.clause === token.clause) {
      terms.push({ term: `${previous.term} ${term}`, first: previous.index, last: index });
    }
    previous = { term, index, clause: token.clause };
  }
  return terms;
}

/**
 * The text as the pipeline sees it: normalised words joined by spaces (contractions expanded).
 * @example normaliseDutch("Zo'n ideeën") // 'zo een ideeen'
 */
export function normaliseDutch(text: string): string {
  return tokeniseDutch(text)
    .map((token) => token.norm)
    .join(' ');
}
