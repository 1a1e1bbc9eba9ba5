import { describe, expect, it } from 'vitest';
import { cohensKappa, fleissKappa } from './kappa.ts';

/** Expands a two-rater confusion matrix (rows: rater A, columns: rater B) into paired ratings. */
function pairsFrom(matrix: number[][]): [number[], number[]] {
  const a: number[] = [];
  const b: number[] = [];
  matrix.forEach((row, i) =>
    row.forEach((count, j) => {
      for (let k = 0; k < count; k++) {
        a.push(i);
        b.push(j);
      }
    }),
  );
  return [a, b];
}

describe('cohensKappa', () => {
  it('gives κ = 0.40 on the Wikipedia worked example (20, 5 / 10, 15)', () => {
    // https://en.wikipedia.org/wiki/Cohen%27s_kappa, "Simple example": p_o = 0.7, p_e = 0.5.
    const result = cohensKappa(
      ...pairsFrom([
        [20, 5],
        [10, 15],
      ]),
    );
    expect(result).toMatchObject({ ok: true, n: 50, observedAgreement: 0.7 });
    if (!result.ok) return;
    expect(result.expectedAgreement).toBeCloseTo(0.5, 12);
    expect(result.kappa).toBeCloseTo(0.4, 12);
  });

  it('separates equal agreement with different marginals (Wikipedia: κ = 0.1304 and 0.2593)', () => {
    const first = cohensKappa(
      ...pairsFrom([
        [45, 15],
        [25, 15],
      ]),
    );
    const second = cohensKappa(
      ...pairsFrom([
        [25, 35],
        [5, 35],
      ]),
    );
    expect(first.ok && first.kappa).toBeCloseTo(0.1304, 4);
    expect(second.ok && second.kappa).toBeCloseTo(0.2593, 4);
  });

  it('matches the SAS PROC FREQ example used by statsmodels (κ = 0.4842)', () => {
    // statsmodels stats/tests/test_inter_rater.py, TestUnweightedCohens: table [[0,4,1],[0,8,0],[0,1,5]].
    const result = cohensKappa(
      ...pairsFrom([
        [0, 4, 1],
        [0, 8, 0],
        [0, 1, 5],
      ]),
    );
    expect(result.ok && result.kappa).toBeCloseTo(0.4842, 4);
  });

  it('matches R irr::kappa2(anxiety[, 2:3]) = −0.006289308', () => {
    // irr's `anxiety` data, raters 2 and 3 (as transcribed in statsmodels' test_inter_rater.py).
    const rater2 = [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4];
    const rater3 = [2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2];
    const result = cohensKappa(rater2, rater3);
    expect(result.ok && result.kappa).toBeCloseTo(-0.006289308, 9);
  });

  it('skips items that one rater left uncoded', () => {
    const result = cohensKappa(['yes', 'no', null, 'yes', 'no'], ['yes', 'no', 'yes', 'no', 'no']);
    expect(result).toMatchObject({ ok: true, n: 4, kappa: 0.5 });
  });

  it.each([
    ['all ratings the same', ['a', 'a', 'a'], ['a', 'a', 'a'], 'no_variation'],
    ['nothing coded by both', ['a', null], [null, 'b'], 'no_data'],
    ['no items', [], [], 'no_data'],
    ['lists of different length', ['a', 'b'], ['a'], 'invalid_input'],
  ])('rejects %s', (_label, a, b, reason) => {
    expect(cohensKappa(a, b)).toMatchObject({ ok: false, reason });
  });
});

// https://en.wikipedia.org/wiki/Fleiss%27_kappa, "Worked example": 10 subjects, 14 raters, 5 categories.
const wikipediaExample = [
  [0, 0, 0, 0, 14],
  [0, 2, 6, 4, 2],
  [0, 0, 3, 5, 6],
  [0, 3, 9, 2, 0],
  [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0],
  [3, 2, 6, 3, 0],
  [2, 5, 3, 2, 2],
  [6, 5, 2, 1, 0],
  [0, 2, 2, 3, 7],
];

// Fleiss (1971), Psychological Bulletin 76:378–382, Table 1: 30 patients, 6 psychiatrists, categories
// depression, personality disorder, schizophrenia, neurosis, other (irr's `diagnoses`, aggregated).
const fleiss1971 = [
  [0, 0, 0, 6, 0],
  [0, 3, 0, 0, 3],
  [0, 1, 4, 0, 1],
  [0, 0, 0, 0, 6],
  [0, 3, 0, 3, 0],
  [2, 0, 4, 0, 0],
  [0, 0, 4, 0, 2],
  [2, 0, 3, 1, 0],
  [2, 0, 0, 4, 0],
  [0, 0, 0, 0, 6],
  [1, 0, 0, 5, 0],
  [1, 1, 0, 4, 0],
  [0, 3, 3, 0, 0],
  [1, 0, 0, 5, 0],
  [0, 2, 0, 3, 1],
  [0, 0, 5, 0, 1],
  [3, 0, 0, 1, 2],
  [5, 1, 0, 0, 0],
  [0, 2, 0, 4, 0],
  [1, 0, 2, 0, 3],
  [0, 0, 0, 0, 6],
  [0, 1, 0, 5, 0],
  [0, 2, 0, 1, 3],
  [2, 0, 0, 4, 0],
  [1, 0, 0, 4, 1],
  [0, 5, 0, 1, 0],
  [4, 0, 0, 0, 2],
  [0, 2, 0, 4, 0],
  [1, 0, 5, 0, 0],
  [0, 0, 0, 0, 6],
];

describe('fleissKappa', () => {
  it('gives κ = 0.210 on the Wikipedia worked example (P̄ = 0.378, P̄e = 0.213)', () => {
    const result = fleissKappa(wikipediaExample);
    if (!result.ok) throw new Error(result.message);
    expect(result.kappa).toBeCloseTo(0.21, 3);
    expect(result.observedAgreement).toBeCloseTo(0.378, 3);
    expect(result.expectedAgreement).toBeCloseTo(0.213, 3);
    expect(result.raters).toBe(14);
    expect(result.categoryShares.map((p) => Number(p.toFixed(3)))).toEqual([0.143, 0.2, 0.279, 0.15, 0.229]);
  });

  it("gives κ = 0.430 on Fleiss' 1971 psychiatric diagnoses (R irr::kappam.fleiss: 0.4302445)", () => {
    const result = fleissKappa(fleiss1971);
    if (!result.ok) throw new Error(result.message);
    expect(result.kappa).toBeCloseTo(0.4302445, 7);
    expect(result.observedAgreement).toBeCloseTo(0.5556, 4);
    expect(result).toMatchObject({ subjects: 30, raters: 6 });
  });

  it('reduces to Scott-style agreement of 1 when every subject is rated unanimously', () => {
    expect(
      fleissKappa([
        [3, 0],
        [0, 3],
        [3, 0],
      ]),
    ).toMatchObject({ ok: true, kappa: 1 });
  });

  it.each([
    [
      'all ratings in one category',
      [
        [4, 0],
        [4, 0],
      ],
      'no_variation',
    ],
    [
      'subjects with different numbers of raters',
      [
        [4, 0],
        [2, 1],
      ],
      'invalid_input',
    ],
    [
      'one rater per subject',
      [
        [1, 0],
        [0, 1],
      ],
      'invalid_input',
    ],
    ['no subjects', [], 'no_data'],
    [
      'zero raters',
      [
        [0, 0],
        [0, 0],
      ],
      'no_data',
    ],
    [
      'negative counts',
      [
        [5, -1],
        [2, 2],
      ],
      'invalid_input',
    ],
  ])('rejects %s', (_label, matrix, reason) => {
    expect(fleissKappa(matrix)).toMatchObject({ ok: false, reason });
  });
});
