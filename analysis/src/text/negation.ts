import { DUTCH_CONTRAST_WORDS, DUTCH_NEGATORS } from './dutch-stopwords.ts';

/**
 * How many content words after a negator it reaches. Three covers "geen last van pesten",
 * "nooit problemen gehad met pesten" and "niet gepest"; longer windows started to swallow
 * the next complaint in run-on sentences.
 */
export const NEGATION_WINDOW = 3;

interface NegatableToken {
  readonly norm: string;
  readonly clause: number;
  readonly stop: boolean;
}

/**
 * Marks which tokens a simple negation covers: the next NEGATION_WINDOW content words after a
 * negator (niet, geen, nooit, niets, niemand, nergens, zonder), in the same clause, stopping early at
 * a contrast word ("niet gepest, maar wel buitengesloten"). Negation after the word ("pesten is er
 * niet") and double negation are left alone on purpose: too rare to be worth the false hits.
 * Callers decide what negated means: the classifier prefixes NEG_ to statistical terms and lets
 * negated words give no rule hits and no evidence.
 * @example markNegated(tokens of "geen last van pesten") // [false, true, false, true]
 */
export function markNegated(tokens: readonly NegatableToken[], window = NEGATION_WINDOW): boolean[] {
  const negated: boolean[] = [];
  let reach = 0;
  let clause = -1;
  for (const token of tokens) {
    if (token.clause !== clause) reach = 0;
    clause = token.clause;
    if (DUTCH_NEGATORS.has(token.norm)) {
      reach = window;
      negated.push(false);
    } else if (DUTCH_CONTRAST_WORDS.has(token.norm)) {
      reach = 0;
      negated.push(false);
    } else if (reach > 0 && !token.stop) {
      reach -= 1;
      negated.push(true);
    } else {
      negated.push(false);
    }
  }
  return negated;
}
