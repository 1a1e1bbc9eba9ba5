import { criticalZ } from './distributions.ts';
import { fail, succeed, type Result } from './result.ts';
import { checkConfidence, wilsonBounds } from './wilson.ts';

export type WeightedShare = {
  readonly p: number;
  /** Kish's effective sample size (Σw)² / Σw². */
  readonly effectiveN: number;
  readonly lower: number;
  readonly upper: number;
};

/**
 * The weighted share of `true` answers with a Wilson interval computed on Kish's effective sample size.
 * @example
 * weightedShare([true, false, false, true], [2, 1, 1, 2]); // { ok: true, p: 0.667, effectiveN: 3.6, … }
 */
export function weightedShare(
  values: readonly boolean[],
  weights: readonly number[],
  confidence = 0.95,
): Result<WeightedShare> {
  const badConfidence = checkConfidence(confidence);
  if (badConfidence) return badConfidence;
  if (!Array.isArray(values) || !Array.isArray(weights) || values.length !== weights.length) {
    return fail('invalid_input', 'Give exactly one weight per answer.');
  }
  if (!weights.every((w) => Number.isFinite(w) && w >= 0)) {
    return fail('invalid_input', 'Weights must be finite and non-negative.');
  }
  let total = 0;
  let squares = 0;
  let yes = 0;
  for (const [i, w] of weights.entries()) {
    total += w;
    squares += w * w;
    if (values[i] === true) yes += w;
  }
  return shareFromTotals(total, squares, yes, confidence);
}

/** Respondents that share one weight: `n` of them, `yes` of whom gave the answer counted. */
export interface WeightedGroup {
  readonly n: number;
  readonly yes: number;
  readonly weight: number;
}

/**
 * The same weighted share as weightedShare, from groups of respondents with equal weights (raking
 * cells), so a million respondents need not be expanded one by one.
 * @example
 * weightedShareOfGroups([{ n: 2, yes: 2, weight: 2 }, { n: 2, yes: 0, weight: 1 }]); // same as the weightedShare example
 */
export function weightedShareOfGroups(groups: readonly WeightedGroup[], confidence = 0.95): Result<WeightedShare> {
  const badConfidence = checkConfidence(confidence);
  if (badConfidence) return badConfidence;
  let total = 0;
  let squares = 0;
  let yes = 0;
  for (const g of groups) {
    const valid = Number.isInteger(g.n) && g.n >= 0 && Number.isInteger(g.yes) && g.yes >= 0 && g.yes <= g.n;
    if (!valid || !Number.isFinite(g.weight) || g.weight < 0) {
      return fail('invalid_input', 'Each group needs whole counts 0 ≤ yes ≤ n and a finite, non-negative weight.');
    }
    total += g.n * g.weight;
    squares += g.n * g.weight * g.weight;
    yes += g.yes * g.weight;
  }
  return shareFromTotals(total, squares, yes, confidence);
}

function shareFromTotals(total: number, squares: number, yes: number, confidence: number): Result<WeightedShare> {
  if (total === 0) return fail('no_data', 'No answers with a positive weight.');
  const effectiveN = (total * total) / squares;
  const interval = wilsonBounds(yes / total, effectiveN, criticalZ(confidence));
  return succeed({ p: interval.p, effectiveN, lower: interval.lower, upper: interval.upper });
}
