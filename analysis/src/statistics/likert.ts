import { criticalZ } from './distributions.ts';
import { fail, isCount, succeed, sum, type Result } from './result.ts';
import { wilsonBounds } from './wilson.ts';

export type LikertSummary = {
  readonly n: number;
  /** Mean of the scale points valued 1..k. */
  readonly mean: number;
  /** Median scale point; the midpoint of the two middle answers when n is even. */
  readonly median: number;
  /** Share answering one of the two highest points, with its 95% Wilson interval. */
  readonly topBoxShare: number;
  readonly topBoxLower: number;
  readonly topBoxUpper: number;
  /** Share per scale point, lowest first. */
  readonly distribution: number[];
};

const Z95 = criticalZ(0.95);

/** The value (1-based scale point) of the answer at 0-based position `index` in sorted order. */
function pointAt(counts: readonly number[], index: number): number {
  let seen = 0;
  for (const [i, count] of counts.entries()) {
    seen += count;
    if (index < seen) return i + 1;
  }
  return counts.length;
}

/**
 * Summarises counts per scale point (lowest first, valued 1..k): mean, median, top-two-box share and distribution.
 * @example
 * likertSummary([50, 62, 70, 41, 40]); // { ok: true, n: 263, mean: 2.844, median: 3, topBoxShare: 0.308, … }
 */
export function likertSummary(counts: readonly number[]): Result<LikertSummary> {
  if (!Array.isArray(counts) || !counts.every(isCount)) {
    return fail('invalid_input', 'Counts must be non-negative integers.');
  }
  // A top-two box on a two-point scale would always be 100%.
  if (counts.length < 3) return fail('invalid_input', 'A Likert scale needs at least three points.');
  const n = sum(counts);
  if (n === 0) return fail('no_data', 'Nobody answered this item.');

  const mean = sum(counts.map((count, i) => count * (i + 1))) / n;
  const median = (pointAt(counts, Math.floor((n - 1) / 2)) + pointAt(counts, Math.floor(n / 2))) / 2;
  const topBox = sum(counts.slice(-2));
  const interval = wilsonBounds(topBox / n, n, Z95);
  return succeed({
    n,
    mean,
    median,
    topBoxShare: interval.p,
    topBoxLower: interval.lower,
    topBoxUpper: interval.upper,
    distribution: counts.map((count) => count / n),
  });
}
