import { criticalZ } from './distributions.ts';
import { fail, isCount, succeed, type Failure, type Result } from './result.ts';

export type Interval = { readonly p: number; readonly lower: number; readonly upper: number };

/** Wilson score bounds for a share p of n (n may be an effective, non-integer n). */
export function wilsonBounds(p: number, n: number, z: number): Interval {
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const halfWidth = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At p = 0 or 1 one bound is exactly 0 or 1; rounding must not push it past.
  return {
    p,
    lower: p === 0 ? 0 : Math.max(0, centre - halfWidth),
    upper: p === 1 ? 1 : Math.min(1, centre + halfWidth),
  };
}

export function checkConfidence(confidence: number): Failure | null {
  if (!(confidence > 0 && confidence < 1)) {
    return fail('invalid_input', 'The confidence level must lie strictly between 0 and 1.');
  }
  return null;
}

/**
 * The share successes/n with its Wilson score interval (no continuity correction).
 * @example
 * wilsonInterval(81, 263); // { ok: true, p: 0.308, lower: 0.2553, upper: 0.3662 }
 */
export function wilsonInterval(successes: number, n: number, confidence = 0.95): Result<Interval> {
  const badConfidence = checkConfidence(confidence);
  if (badConfidence) return badConfidence;
  if (!isCount(successes) || !isCount(n)) {
    return fail('invalid_input', 'Successes and n must be non-negative integers.');
  }
  if (successes > n) return fail('invalid_input', `Successes (${successes}) exceed n (${n}).`);
  if (n === 0) return fail('no_data', 'No respondents: a share of 0 is undefined.');
  return succeed(wilsonBounds(successes / n, n, criticalZ(confidence)));
}
