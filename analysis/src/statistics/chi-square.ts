import { chiSquareUpperTail } from './distributions.ts';
import { checkCountTable, fail, succeed, sum, type Result } from './result.ts';

export type ChiSquareIndependence = {
  readonly statistic: number;
  readonly df: number;
  readonly pValue: number;
  readonly cramersV: number;
  /** Expected counts in the shape of the input; dropped all-zero rows and columns hold 0. */
  readonly expected: number[][];
  /** True when any expected count of the tested (non-empty) rows and columns is below 5. */
  readonly lowExpected: boolean;
  readonly n: number;
};

/**
 * Pearson's chi-square test of independence for an r × c table of counts, with Cramér's V.
 * @example
 * chiSquareIndependence([[762, 327, 468], [484, 239, 477]]); // { ok: true, statistic: 30.07, df: 2, pValue: 2.95e-7, … }
 */
export function chiSquareIndependence(table: readonly (readonly number[])[]): Result<ChiSquareIndependence> {
  const invalid = checkCountTable(table);
  if (invalid) return invalid;
  const rowTotals = table.map((row) => sum(row));
  const columnTotals = (table[0] ?? []).map((_, j) => sum(table.map((row) => row[j] ?? 0)));
  const n = sum(rowTotals);
  if (n === 0) return fail('no_data', 'Every cell of the table is 0.');

  // An all-zero row or column is a group nobody belongs to; it adds no information and no df.
  const rows = rowTotals.filter((total) => total > 0).length;
  const columns = columnTotals.filter((total) => total > 0).length;
  if (rows < 2 || columns < 2) {
    return fail('one_group', 'At least two non-empty rows and two non-empty columns are needed.');
  }

  let statistic = 0;
  let lowExpected = false;
  const expected = table.map((row, i) =>
    row.map((observed, j) => {
      const e = ((rowTotals[i] ?? 0) * (columnTotals[j] ?? 0)) / n;
      if (e > 0) {
        statistic += (observed - e) ** 2 / e;
        if (e < 5) lowExpected = true;
      }
      return e;
    }),
  );
  const df = (rows - 1) * (columns - 1);
  return succeed({
    statistic,
    df,
    pValue: chiSquareUpperTail(statistic, df),
    cramersV: Math.sqrt(statistic / (n * (Math.min(rows, columns) - 1))),
    expected,
    lowExpected,
    n,
  });
}
