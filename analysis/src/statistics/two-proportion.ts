import { criticalZ, normalTwoSidedP } from './distributions.ts';
import { fail, isCount, succeed, type Result } from './result.ts';

export type TwoProportionTest = {
  /** p1 − p2. */
  readonly difference: number;
  readonly z: number;
  readonly pValue: number;
  /** 95% Wald (unpooled) interval for the difference, clipped to [−1, 1]. */
  readonly lower: number;
  readonly upper: number;
};

const Z95 = criticalZ(0.95);

/**
 * Two-sided pooled z test of x1/n1 against x2/n2, with a 95% Wald interval for the difference.
 * @example
 * twoProportionTest(56, 70, 48, 80); // { ok: true, difference: 0.2, z: 2.650, pValue: 0.0080, lower: 0.0575, upper: 0.3425 }
 */
export function twoProportionTest(x1: number, n1: number, x2: number, n2: number): Result<TwoProportionTest> {
  if (![x1, n1, x2, n2].every(isCount)) {
    return fail('invalid_input', 'Counts must be non-negative integers.');
  }
  if (x1 > n1 || x2 > n2) return fail('invalid_input', 'A group has more successes than respondents.');
  if (n1 === 0 || n2 === 0) return fail('no_data', 'Both groups need at least one respondent.');
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const pooled = (x1 + x2) / (n1 + n2);
  if (pooled === 0 || pooled === 1) {
    return fail('no_variation', 'Everyone in both groups gave the same answer; there is nothing to test.');
  }
  const difference = p1 - p2;
  const z = difference / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  const halfWidth = Z95 * Math.sqrt((p1 * (1 - p1)) / n1 + (p2 * (1 - p2)) / n2);
  return succeed({
    difference,
    z,
    pValue: normalTwoSidedP(z),
    lower: Math.max(-1, difference - halfWidth),
    upper: Math.min(1, difference + halfWidth),
  });
}
