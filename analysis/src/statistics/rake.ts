import { fail, succeed, type Failure, type Result } from './result.ts';

/** A respondent: categorical variables by name, plus an optional base (design) weight under `weightKey`. */
export type RakeRow = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** Population totals per category per variable, e.g. `{ sector: { po: 1200, vo: 800 } }`. */
export type Margins = Readonly<Record<string, Readonly<Record<string, number>>>>;

export type RakeOptions = {
  readonly maxIterations?: number;
  /** Stop when every weighted margin is within tolerance × population total of its target. */
  readonly tolerance?: number;
  /** Cap each weight at trimAt × the mean weight, spreading the excess over the other weights. */
  readonly trimAt?: number;
  /** Row field holding the base weight; rows without it weigh 1. */
  readonly weightKey?: string;
};

export type Raking = {
  /** One weight per row, in row order, summing to the population total. */
  readonly weights: number[];
  readonly converged: boolean;
  readonly iterations: number;
  /** Largest |weighted margin − target| as a share of the population total, after the last iteration. */
  readonly maxDifference: number;
};

type Margin = { readonly variable: string; readonly targets: number[]; readonly categoryOfRow: number[] };

function prepareMargins(rows: readonly RakeRow[], margins: Margins, weightKey: string): Margin[] | Failure {
  const variables = Object.keys(margins);
  if (variables.length === 0) return fail('invalid_input', 'Give at least one margin to rake to.');
  if (variables.includes(weightKey)) {
    return fail('invalid_input', `"${weightKey}" is the base weight field and cannot be a margin.`);
  }
  const prepared: Margin[] = [];
  let populationTotal: number | undefined;
  for (const variable of variables) {
    const categories = Object.entries(margins[variable] ?? {});
    const targets = categories.map(([, total]) => total);
    if (categories.length === 0 || !targets.every((t) => Number.isFinite(t) && t >= 0)) {
      return fail('invalid_input', `Margin "${variable}" needs non-negative population totals.`);
    }
    const total = targets.reduce((a, b) => a + b, 0);
    populationTotal ??= total;
    // Margins that disagree on the population size have no common solution.
    if (total <= 0 || Math.abs(total - populationTotal) > 1e-9 * populationTotal) {
      return fail(
        'invalid_input',
        `Margin "${variable}" sums to ${total}, not ${populationTotal} like the first margin.`,
      );
    }
    const indexOf = new Map(categories.map(([category], i) => [category, i]));
    const categoryOfRow: number[] = [];
    const seen = new Array<boolean>(categories.length).fill(false);
    for (const [r, row] of rows.entries()) {
      const value = row[variable];
      const index = value === null || value === undefined ? undefined : indexOf.get(String(value));
      if (index === undefined) {
        return fail('invalid_input', `Row ${r} has ${variable} = ${String(value)}, which is not in the margin.`);
      }
      categoryOfRow.push(index);
      seen[index] = true;
    }
    const missing = categories.find(([, t], i) => t > 0 && !seen[i]);
    if (missing) {
      return fail(
        'empty_category',
        `Nobody in the sample has ${variable} = ${missing[0]}; collapse it with a neighbour.`,
      );
    }
    prepared.push({ variable, targets, categoryOfRow });
  }
  return prepared;
}

function categorySums(weights: readonly number[], margin: Margin): number[] {
  const sums = new Array<number>(margin.targets.length).fill(0);
  for (const [i, w] of weights.entries()) {
    const c = margin.categoryOfRow[i] ?? 0;
    sums[c] = (sums[c] ?? 0) + w;
  }
  return sums;
}

/** Caps weights at cap and hands the excess to the uncapped weights in proportion to their size. */
function trimWeights(weights: number[], cap: number): void {
  for (let round = 0; round < weights.length; round++) {
    let excess = 0;
    let uncapped = 0;
    for (const w of weights) {
      if (w > cap) excess += w - cap;
      else if (w < cap) uncapped += w;
    }
    if (excess <= cap * 1e-12 || uncapped === 0) return;
    const factor = 1 + excess / uncapped;
    for (const [i, w] of weights.entries()) weights[i] = w > cap ? cap : w < cap ? w * factor : w;
  }
}

/**
 * Rakes (iterative proportional fitting, as R's survey::rake) row weights so weighted counts match population margins.
 * @example
 * rake([{ sector: 'po' }, { sector: 'vo' }, { sector: 'vo' }], { sector: { po: 60, vo: 40 } });
 * // { ok: true, weights: [60, 20, 20], converged: true, iterations: 1, maxDifference: 0 }
 */
export function rake(rows: readonly RakeRow[], margins: Margins, options: RakeOptions = {}): Result<Raking> {
  const { maxIterations = 50, tolerance = 1e-6, trimAt, weightKey = 'weight' } = options;
  if (!Number.isInteger(maxIterations) || maxIterations < 1 || !(tolerance > 0)) {
    return fail('invalid_input', 'maxIterations must be a positive integer and tolerance positive.');
  }
  if (trimAt !== undefined && !(trimAt >= 1 && Number.isFinite(trimAt))) {
    return fail('invalid_input', 'trimAt must be at least 1 (a multiple of the mean weight).');
  }
  if (!Array.isArray(rows) || rows.length === 0) return fail('no_data', 'No rows to weight.');

  const weights: number[] = [];
  for (const [r, row] of rows.entries()) {
    const base = row[weightKey] ?? 1;
    if (typeof base !== 'number' || !Number.isFinite(base) || base <= 0) {
      return fail('invalid_input', `Row ${r} has a base weight that is not a positive number.`);
    }
    weights.push(base);
  }
  const prepared = prepareMargins(rows, margins, weightKey);
  if (!Array.isArray(prepared)) return prepared;
  const populationTotal = prepared[0]?.targets.reduce((a, b) => a + b, 0) ?? 0;

  let iterations = 0;
  let maxDifference = Infinity;
  while (iterations < maxIterations && !(maxDifference < tolerance)) {
    iterations += 1;
    for (const margin of prepared) {
      const sums = categorySums(weights, margin);
      const factors = margin.targets.map((target, c) => ((sums[c] ?? 0) > 0 ? target / (sums[c] ?? 1) : 0));
      for (const [i, w] of weights.entries()) weights[i] = w * (factors[margin.categoryOfRow[i] ?? 0] ?? 0);
    }
    if (trimAt !== undefined) trimWeights(weights, (trimAt * populationTotal) / weights.length);
    maxDifference = 0;
    for (const margin of prepared) {
      const sums = categorySums(weights, margin);
      for (const [c, target] of margin.targets.entries()) {
        maxDifference = Math.max(maxDifference, Math.abs((sums[c] ?? 0) - target) / populationTotal);
      }
    }
  }
  return succeed({ weights, converged: maxDifference < tolerance, iterations, maxDifference });
}
