import { checkCountTable, fail, succeed, sum, type Result } from './result.ts';

/** A nominal code or category as a coder gave it; 1 and '1' are different categories. */
export type Category = string | number;

export type Agreement = {
  readonly kappa: number;
  /** Observed share of agreement, p_o (Fleiss: mean pairwise agreement P̄). */
  readonly observedAgreement: number;
  /** Agreement expected by chance, p_e. */
  readonly expectedAgreement: number;
};

/**
 * Cohen's (1960) unweighted kappa for two raters coding the same items; pairs with a missing code (null) are skipped.
 * @example
 * cohensKappa(['yes', 'no', 'yes', 'no'], ['yes', 'no', 'no', 'no']); // { ok: true, kappa: 0.5, n: 4, … }
 */
export function cohensKappa(
  ratingsA: readonly (Category | null)[],
  ratingsB: readonly (Category | null)[],
): Result<Agreement & { readonly n: number }> {
  if (!Array.isArray(ratingsA) || !Array.isArray(ratingsB) || ratingsA.length !== ratingsB.length) {
    return fail('invalid_input', 'Both raters must rate the same list of items.');
  }
  const marginsA = new Map<Category, number>();
  const marginsB = new Map<Category, number>();
  let n = 0;
  let agreements = 0;
  for (const [i, a] of ratingsA.entries()) {
    const b = ratingsB[i];
    if (a === null || b === null || b === undefined) continue;
    n += 1;
    if (a === b) agreements += 1;
    marginsA.set(a, (marginsA.get(a) ?? 0) + 1);
    marginsB.set(b, (marginsB.get(b) ?? 0) + 1);
  }
  if (n === 0) return fail('no_data', 'No item was coded by both raters.');
  const observedAgreement = agreements / n;
  let expectedAgreement = 0;
  for (const [category, countA] of marginsA) {
    expectedAgreement += (countA / n) * ((marginsB.get(category) ?? 0) / n);
  }
  if (expectedAgreement >= 1) {
    return fail('no_variation', 'Both raters used one and the same category for every item; kappa is undefined.');
  }
  return succeed({
    kappa: (observedAgreement - expectedAgreement) / (1 - expectedAgreement),
    observedAgreement,
    expectedAgreement,
    n,
  });
}

/**
 * Fleiss' (1971) kappa from a subjects × categories matrix of how many raters chose each category.
 * @example
 * fleissKappa([[0, 0, 0, 0, 14], [0, 2, 6, 4, 2], …]); // { ok: true, kappa: 0.210, raters: 14, … } (Wikipedia example)
 */
export function fleissKappa(
  matrix: readonly (readonly number[])[],
): Result<Agreement & { readonly subjects: number; readonly raters: number; readonly categoryShares: number[] }> {
  const invalid = checkCountTable(matrix);
  if (invalid) return invalid;
  const raters = sum(matrix[0] ?? []);
  if (matrix.some((row) => sum(row) !== raters)) {
    return fail('invalid_input', 'Every subject must be rated by the same number of raters.');
  }
  if (raters === 0) return fail('no_data', 'No ratings.');
  if (raters < 2) return fail('invalid_input', 'Agreement needs at least two raters per subject.');

  const subjects = matrix.length;
  const categoryShares = (matrix[0] ?? []).map((_, j) => sum(matrix.map((row) => row[j] ?? 0)) / (subjects * raters));
  const expectedAgreement = sum(categoryShares.map((share) => share * share));
  if (expectedAgreement >= 1) {
    return fail('no_variation', 'Every rating fell in one category; kappa is undefined.');
  }
  const perSubject = matrix.map((row) => (sum(row.map((c) => c * c)) - raters) / (raters * (raters - 1)));
  const observedAgreement = sum(perSubject) / subjects;
  return succeed({
    kappa: (observedAgreement - expectedAgreement) / (1 - expectedAgreement),
    observedAgreement,
    expectedAgreement,
    subjects,
    raters,
    categoryShares,
  });
}
