import type { Category } from './kappa.ts';
import { fail, succeed, type Result } from './result.ts';

export type KrippendorffAlpha = {
  readonly alpha: number;
  readonly observedDisagreement: number;
  readonly expectedDisagreement: number;
  /** Values in units that at least two coders coded (n in Krippendorff's notation). */
  readonly pairableValues: number;
  /** Units with at least two values; units with fewer cannot show (dis)agreement and are left out. */
  readonly units: number;
};

/**
 * Krippendorff's alpha for nominal data; each unit lists the values its coders gave, null where a coder did not code it.
 * @example
 * krippendorffAlpha([[1, 1, null, 1], [2, 2, 3, 2], [3, 3, 3, 3]], 'nominal'); // { ok: true, alpha: 0.744, … }
 */
export function krippendorffAlpha(
  units: readonly (readonly (Category | null | undefined)[])[],
  level: 'nominal' = 'nominal',
): Result<KrippendorffAlpha> {
  if (!Array.isArray(units) || units.some((unit) => !Array.isArray(unit))) {
    return fail('invalid_input', 'Units must be an array of arrays of coded values.');
  }
  if (level !== 'nominal') return fail('invalid_input', `Unsupported level of measurement: ${String(level)}.`);

  // Coincidences per Krippendorff (2011): each unit with m_u values adds m_uc(m_uc − 1)/(m_u − 1) to o_cc.
  const valueTotals = new Map<Category, number>();
  let n = 0;
  let matching = 0;
  let pairableUnits = 0;
  for (const unit of units) {
    const counts = new Map<Category, number>();
    let m = 0;
    for (const value of unit) {
      if (value === null || value === undefined) continue;
      counts.set(value, (counts.get(value) ?? 0) + 1);
      m += 1;
    }
    if (m < 2) continue;
    pairableUnits += 1;
    n += m;
    for (const [value, count] of counts) {
      matching += (count * (count - 1)) / (m - 1);
      valueTotals.set(value, (valueTotals.get(value) ?? 0) + count);
    }
  }
  if (n === 0) return fail('no_data', 'No unit was coded by two or more coders.');

  let sameValuePairs = 0;
  for (const total of valueTotals.values()) sameValuePairs += total * (total - 1);
  const observedDisagreement = (n - matching) / n;
  const expectedDisagreement = (n * (n - 1) - sameValuePairs) / (n * (n - 1));
  if (expectedDisagreement === 0) {
    return fail('no_variation', 'Every coder used one and the same value; alpha is undefined.');
  }
  return succeed({
    alpha: 1 - observedDisagreement / expectedDisagreement,
    observedDisagreement,
    expectedDisagreement,
    pairableValues: n,
    units: pairableUnits,
  });
}
