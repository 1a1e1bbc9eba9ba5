import { describe, expect, it } from 'vitest';
import { krippendorffAlpha } from './krippendorff.ts';

/** Turns a coders × units table (as printed by Krippendorff) into units × coders. */
function byUnit<T>(coders: T[][]): T[][] {
  const width = coders[0]?.length ?? 0;
  return Array.from({ length: width }, (_, u) => coders.map((row) => row[u] as T));
}

describe('krippendorffAlpha', () => {
  it('gives α = 0.743 on the 4-coder, 12-unit example with missing data', () => {
    // Krippendorff K (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg School, section C:
    // nominal α = 0.743 (n = 40 pairable values).
    const _ = null;
    const units = byUnit([
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
      [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    ]);
    const result = krippendorffAlpha(units, 'nominal');
    if (!result.ok) throw new Error(result.message);
    expect(result.alpha).toBeCloseTo(0.743, 3);
    expect(result.pairableValues).toBe(40);
    expect(result.units).toBe(11);
  });

  it('gives α = 0.095 on the two-coder binary example', () => {
    // Krippendorff (2011), section A: two observers, ten units, α = 0.095.
    const units = byUnit([
      [0, 1, 0, 0, 0, 0, 0, 0, 1, 0],
      [1, 1, 1, 0, 0, 1, 0, 0, 0, 0],
    ]);
    const result = krippendorffAlpha(units, 'nominal');
    expect(result.ok && result.alpha).toBeCloseTo(0.095, 3);
  });

  it('treats string codes as categories', () => {
    const numbers = krippendorffAlpha(
      [
        [1, 1],
        [2, 2],
        [1, 2],
      ],
      'nominal',
    );
    const strings = krippendorffAlpha([
      ['pesten', 'pesten'],
      ['veiligheid', 'veiligheid'],
      ['pesten', 'veiligheid'],
    ]);
    expect(numbers.ok && strings.ok && strings.alpha).toBeCloseTo(numbers.ok ? numbers.alpha : Number.NaN, 12);
  });

  it.each([
    [
      'every value the same',
      [
        [1, 1],
        [1, 1, 1],
      ],
      'no_variation',
    ],
    [
      'no unit with two codes',
      [
        [1, null],
        [null, 2],
      ],
      'no_data',
    ],
    ['no units', [], 'no_data'],
  ])('rejects %s', (_label, units, reason) => {
    expect(krippendorffAlpha(units, 'nominal')).toMatchObject({ ok: false, reason });
  });
});
