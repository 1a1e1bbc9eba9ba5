import { criticalZ, normalTwoSidedP } from './distributions.ts';
import { fail, isCount, type Result, succeed, sum } from './result.ts';

// The report mark (rapportcijfer): a 1–10 rating is used as it is; any other numeric scale is mapped
// linearly onto 1–10, which for a 4-point scale is Vensters' "3 × gemiddelde − 2"
// (https://encyclopedie.vensters.nl/indicator_po/66aaa6ee-09f7-4281-acf5-f2a4caa6fc8e/Oudertevredenheid,
// "Omrekening van de 4-puntsschaal gebeurt volgens de volgende formule: 3 x gemiddelde - 2").

export interface MarkScale {
  /** The mark of each scale point, in the order of the values. */
  marks: number[];
  conversion: 'as_is' | 'linear';
}

/**
 * The mark of each point of a numeric scale: 1..10 as is, otherwise min → 1 and max → 10 linearly.
 * @example markScale(['1', '2', '3', '4']).marks // [1, 4, 7, 10], i.e. 3 × value − 2
 */
export function markScale(values: readonly string[]): Result<MarkScale> {
  const numbers = values.map(Number);
  if (numbers.length < 2 || numbers.some((v) => !Number.isFinite(v)))
    return fail('invalid_input', 'A report mark needs a numeric scale of at least two points.');
  const min = Math.min(...numbers);
  const max = Math.max(...numbers);
  if (min === max) return fail('no_variation', 'The scale has one value only.');
  if (min === 1 && max === 10) return succeed({ marks: numbers, conversion: 'as_is' as const });
  return succeed({ marks: numbers.map((v) => 1 + (9 * (v - min)) / (max - min)), conversion: 'linear' as const });
}

/**
 * The linear map of markScale as a formula a reader can check: mark = factor × answer + offset, the
 * scale's lowest point → 1 and its highest → 10.
 * @example linearMarkFormula(1, 4) // { factor: 3, offset: -2 }, Vensters' 3 × gemiddelde − 2
 */
export function linearMarkFormula(lowest: number, highest: number): { factor: number; offset: number } {
  const factor = 9 / (highest - lowest);
  return { factor, offset: 1 - factor * lowest };
}

export interface ReportMark {
  n: number;
  mean: number;
  sd: number;
  lower: number;
  upper: number;
}

/**
 * Mean mark of a distribution (counts per scale point) with its 95% interval (normal approximation,
 * mean ± z·s/√n; groups are shown from the minimum group size up).
 * @example reportMark([0, 1, 2, 1], [1, 4, 7, 10]) // mean 7
 */
export function reportMark(counts: readonly number[], marks: readonly number[], confidence = 0.95): Result<ReportMark> {
  if (counts.length !== marks.length || !counts.every(isCount))
    return fail('invalid_input', 'Counts must be whole numbers, one per scale point.');
  const n = sum(counts);
  if (n < 2) return fail('no_data', 'A mark with an interval needs at least two answers.');
  let total = 0;
  for (let j = 0; j < counts.length; j++) total += counts[j]! * marks[j]!;
  const mean = total / n;
  let squares = 0;
  for (let j = 0; j < counts.length; j++) squares += counts[j]! * (marks[j]! - mean) ** 2;
  const sd = Math.sqrt(squares / (n - 1));
  const half = (criticalZ(confidence) * sd) / Math.sqrt(n);
  return succeed({ n, mean, sd, lower: Math.max(1, mean - half), upper: Math.min(10, mean + half) });
}

export interface MarkDifference {
  difference: number;
  z: number;
  pValue: number;
}

/**
 * Two means compared (this wave against the previous): Welch's z = (m1 − m2) / √(s1²/n1 + s2²/n2).
 * @example markDifference({ n: 50, mean: 7.5, sd: 1 }, { n: 50, mean: 7, sd: 1 }).pValue // ≈ 0.0124
 */
export function markDifference(
  current: Pick<ReportMark, 'n' | 'mean' | 'sd'>,
  previous: Pick<ReportMark, 'n' | 'mean' | 'sd'>,
): Result<MarkDifference> {
  const se = Math.sqrt(current.sd ** 2 / current.n + previous.sd ** 2 / previous.n);
  if (!Number.isFinite(se)) return fail('invalid_input', 'Both marks need n, mean and sd.');
  const difference = current.mean - previous.mean;
  if (se === 0) return fail('no_variation', 'Everyone gave the same mark in both waves.');
  const z = difference / se;
  return succeed({ difference, z, pValue: normalTwoSidedP(z) });
}
