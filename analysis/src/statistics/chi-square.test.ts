import { describe, expect, it } from 'vitest';
import { chiSquareIndependence } from './chi-square.ts';

// Agresti A (2007), An Introduction to Categorical Data Analysis, 2nd ed., Table 2.5: party
// identification by gender. R's ?chisq.test example on the same table prints
// "X-squared = 30.07, df = 2, p-value = 2.954e-07".
const partyByGender = [
  [762, 327, 468],
  [484, 239, 477],
];

describe('chiSquareIndependence', () => {
  it('reproduces Agresti Table 2.5 (X² = 30.07, df = 2, p = 2.954e-7)', () => {
    const result = chiSquareIndependence(partyByGender);
    if (!result.ok) throw new Error(result.message);
    expect(result.statistic).toBeCloseTo(30.0701, 4);
    expect(result.df).toBe(2);
    expect(result.pValue).toBeCloseTo(2.954e-7, 10);
    // V = sqrt(X² / (N · (min(r, c) − 1))) = sqrt(30.0701 / 2757).
    expect(result.cramersV).toBeCloseTo(0.10444, 5);
    expect(result.n).toBe(2757);
    // Agresti reports the expected frequency of female Democrats as 703.7.
    expect(result.expected[0]?.[0]).toBeCloseTo(703.67, 2);
    expect(result.lowExpected).toBe(false);
  });

  it('equals the square of the pooled two-proportion z on a 2 × 2 table (Newcombe 1998 example a)', () => {
    // 56/70 against 48/80: z = 2.65017, so X² = 7.02341.
    const result = chiSquareIndependence([
      [56, 14],
      [48, 32],
    ]);
    if (!result.ok) throw new Error(result.message);
    expect(result.statistic).toBeCloseTo(7.02341, 5);
    expect(result.df).toBe(1);
    expect(result.pValue).toBeCloseTo(0.0080451, 6);
  });

  it('drops all-zero rows and columns before testing, keeping the input shape for expected', () => {
    const padded = [
      [762, 0, 327, 468],
      [0, 0, 0, 0],
      [484, 0, 239, 477],
    ];
    const result = chiSquareIndependence(padded);
    if (!result.ok) throw new Error(result.message);
    expect(result.statistic).toBeCloseTo(30.0701, 4);
    expect(result.df).toBe(2);
    expect(result.expected[1]).toEqual([0, 0, 0, 0]);
    expect(result.expected[0]?.[1]).toBe(0);
    expect(result.lowExpected).toBe(false);
  });

  it('flags expected counts below 5', () => {
    const result = chiSquareIndependence([
      [3, 1],
      [1, 3],
    ]);
    expect(result).toMatchObject({ ok: true, lowExpected: true, statistic: 2, df: 1 });
  });

  it('is 0 with p = 1 for perfectly proportional rows', () => {
    const result = chiSquareIndependence([
      [10, 20],
      [20, 40],
    ]);
    expect(result).toMatchObject({ ok: true, statistic: 0, pValue: 1, cramersV: 0 });
  });

  it.each([
    ['an empty table', [], 'no_data'],
    ['a table of empty rows', [[], []], 'no_data'],
    [
      'only zeros',
      [
        [0, 0],
        [0, 0],
      ],
      'no_data',
    ],
    ['a single row', [[5, 7, 9]], 'one_group'],
    [
      'a single non-empty column',
      [
        [5, 0],
        [7, 0],
      ],
      'one_group',
    ],
    [
      'negative counts',
      [
        [5, -1],
        [7, 2],
      ],
      'invalid_input',
    ],
    [
      'fractional counts',
      [
        [5, 1.5],
        [7, 2],
      ],
      'invalid_input',
    ],
    ['ragged rows', [[5, 1], [7]], 'invalid_input'],
  ])('rejects %s', (_label, table, reason) => {
    expect(chiSquareIndependence(table)).toMatchObject({ ok: false, reason });
  });
});
