import { criticalZ } from './distributions.ts';

// When is a school's response too low to generalise from? When the 95% margin of error of a share
// (worst case p = 0.5), with the finite population correction for the school's families, exceeds 10
// percentage points: e ≈ z·√(p(1−p)/n)·√((N−n)/(N−1)) (Cochran, Sampling Techniques, 3rd ed. 1977,
// §2.5 and eq. 4.2; the 95%/±5–10 points convention of survey practice).

/** The largest margin of error (as a share) the report still calls a school-level result generalisable. */
export const maxMarginOfError = 0.1;

/**
 * The 95% margin of error of a share from n answers out of N families (p = 0.5, finite population corrected).
 * @example marginOfError(40, 400) // ≈ 0.147
 */
export function marginOfError(n: number, population: number, confidence = 0.95): number | null {
  if (n <= 0 || population <= 1 || n > population) return n > 0 && n >= population ? 0 : null;
  return criticalZ(confidence) * Math.sqrt(0.25 / n) * Math.sqrt((population - n) / (population - 1));
}

/** Response rate, its margin of error, and whether it is too low to generalise from. */
export function responseRate(n: number, pupils: number | null) {
  if (pupils === null || pupils <= 0) return { rate: null, marginOfError: null, tooLow: false };
  const capped = Math.min(n, pupils);
  const margin = marginOfError(capped, pupils);
  return { rate: capped / pupils, marginOfError: margin, tooLow: margin === null || margin > maxMarginOfError };
}
