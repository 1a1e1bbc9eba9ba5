import { gammaln, quantileSorted } from 'simple-statistics';
import { fail, type Result, succeed } from './result.ts';

// A school against the reference of other schools: where its figure stands among the schools'
// figures (percentile) and whether its respondents differ from the reference mean (a t-test).

const EPSILON = 1e-15;
const TINY = 1e-300;

/** Continued fraction of the regularized incomplete beta (Lentz), as in Numerical Recipes' betacf. */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 10_000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < EPSILON) break;
  }
  return h;
}

/** The regularized incomplete beta function I_x(a, b). */
export function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(gammaln(a + b) - gammaln(a) - gammaln(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2)
    ? (front * betaContinuedFraction(a, b, x)) / a
    : 1 - (front * betaContinuedFraction(b, a, 1 - x)) / b;
}

/** P(|T| ≥ |t|) for T with Student's t distribution on df degrees of freedom. */
export function studentTwoSidedP(t: number, df: number): number {
  if (!Number.isFinite(t)) return 0;
  return Math.min(1, Math.max(0, regularizedBeta(df / (df + t * t), df / 2, 0.5)));
}

export interface OneSampleTTest {
  readonly mean: number;
  readonly t: number;
  readonly df: number;
  readonly p: number;
}

/**
 * Student's one-sample t-test of a sample, given by its size, sum and sum of squares (so a database
 * can add them up), against a known mean `mu`: t = (x̄ − μ) / (s / √n), two-sided p on n − 1 df.
 */
export function oneSampleTTest(n: number, sum: number, sumOfSquares: number, mu: number): Result<OneSampleTTest> {
  if (![n, sum, sumOfSquares, mu].every(Number.isFinite) || n < 0 || !Number.isInteger(n))
    return fail('invalid_input', 'n must be a count; sum, sum of squares and mean finite numbers.');
  if (n < 2) return fail('no_data', 'A t-test needs at least two answers.');
  const mean = sum / n;
  const variance = Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1));
  if (variance === 0) return fail('no_variation', 'Every answer is the same, so the spread is zero.');
  const t = (mean - mu) / Math.sqrt(variance / n);
  return succeed({ mean, t, df: n - 1, p: studentTwoSidedP(t, n - 1) });
}

/**
 * Percentile rank of `value` among `values` (0–100): the share of values below it, ties counted half
 * ("mid-rank"), so the middle of a reference is 50 whether or not the school itself is in it.
 */
export function percentileRank(values: readonly number[], value: number): number {
  if (values.length === 0) return Number.NaN;
  let below = 0;
  let equal = 0;
  for (const v of values) {
    if (v < value) below++;
    else if (v === value) equal++;
  }
  return (100 * (below + equal / 2)) / values.length;
}

export interface Distribution {
  readonly schools: number;
  readonly mean: number;
  readonly p10: number;
  readonly p25: number;
  readonly median: number;
  readonly p75: number;
  readonly p90: number;
}

/** Mean and quantiles (simple-statistics' quantileSorted) of the schools' figures. */
export function distributionOf(values: readonly number[]): Distribution {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  const q = (p: number) => quantileSorted(sorted, p);
  return { schools: sorted.length, mean, p10: q(0.1), p25: q(0.25), median: q(0.5), p75: q(0.75), p90: q(0.9) };
}
