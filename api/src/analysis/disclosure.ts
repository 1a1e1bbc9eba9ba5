import { suppressSmallCells, suppressSmallCounts, type Suppression } from '@klankbord/analysis/statistics';

/** A published count: its value (null when hidden from this reader) and why it is hidden, if it is. */
export interface Cell {
  value: number | null;
  suppressed: Suppression;
}

export interface SuppressedBreakdown {
  /** groups × categories */
  cells: Cell[][];
  /** Respondents (or stories) per group. */
  groupTotals: Cell[];
  /** Per category over all groups. */
  categoryTotals: Cell[];
  total: number;
}

export interface BreakdownInput {
  /** Counts, groups × categories. */
  table: number[][];
  /** Per group; defaults to the row sums (a multi-label table such as themes passes its own). */
  groupTotals?: number[];
  total: number;
  minimum: number;
  /** Researchers see every value beside its mark; everyone else sees null where a mark is set. */
  reveal: boolean;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

function hideMarks(counts: readonly number[], total: number, minimum: number): Suppression[] {
  if (counts.length === 0) return [];
  if (counts.length === 1) return [counts[0]! > 0 && counts[0]! < minimum ? 'primary' : false];
  const result = suppressSmallCounts(counts, { minimum, total: Math.max(total, sum(counts)) });
  if (!result.ok) throw new Error(`suppression failed: ${result.message}`);
  return result.counts.map((c) => c.suppressed);
}

/**
 * Minimum cell size with complementary suppression over a whole breakdown, margins included: group
 * totals and category totals below the minimum are hidden (with a second one where a sum would give
 * them away), every cell of a hidden group or category is hidden, and `suppressSmallCells` then adds
 * complementary cells so that no hidden cell follows from its row or column.
 */
export function suppressBreakdown(input: BreakdownInput): SuppressedBreakdown {
  const { table, total, minimum, reveal } = input;
  const columns = table[0]?.length ?? 0;
  const groupCounts = input.groupTotals ?? table.map((row) => sum(row));
  const categoryCounts = Array.from({ length: columns }, (_, j) => sum(table.map((row) => row[j] ?? 0)));
  const groupMarks = hideMarks(groupCounts, total, minimum);
  // Multi-label categories (themes) add up to no published total, so only the small ones are hidden.
  const categoryMarks = input.groupTotals
    ? categoryCounts.map((v): Suppression => (v > 0 && v < minimum ? 'primary' : false))
    : hideMarks(categoryCounts, total, minimum);

  // A forced cell is given the value 1 so that the table suppression treats it as a primary cell.
  const forced = table.map((row, i) =>
    row.map((value, j) => (groupMarks[i] !== false || categoryMarks[j] !== false ? 1 : value)),
  );
  let marks: Suppression[][];
  if (table.length >= 2 && columns >= 2) {
    const result = suppressSmallCells(forced, { minimum });
    if (!result.ok) throw new Error(`suppression failed: ${result.message}`);
    marks = result.cells.map((row, i) =>
      row.map((cell, j) => (groupMarks[i] !== false || categoryMarks[j] !== false ? 'primary' : cell.suppressed)),
    );
  } else if (table.length === 1) {
    marks = [hideMarks(forced[0] ?? [], groupCounts[0] ?? 0, minimum)];
    marks = marks.map((row) =>
      row.map((m, j) => (groupMarks[0] !== false || categoryMarks[j] !== false ? 'primary' : m)),
    );
  } else {
    marks = table.map((row, i) => row.map(() => (groupMarks[i] !== false ? 'primary' : false)));
  }
  const show = (value: number, mark: Suppression): Cell => ({
    value: mark === false || reveal ? value : null,
    suppressed: mark,
  });
  return {
    cells: table.map((row, i) => row.map((value, j) => show(value, marks[i]?.[j] ?? 'primary'))),
    groupTotals: groupCounts.map((value, i) => show(value, groupMarks[i] ?? 'primary')),
    categoryTotals: categoryCounts.map((value, j) => show(value, categoryMarks[j] ?? 'primary')),
    total,
  };
}

/** True when nothing in the row is hidden: statistics are only computed from fully published rows. */
export function rowVisible(breakdown: SuppressedBreakdown, row: number): boolean {
  return (
    breakdown.groupTotals[row]?.suppressed === false &&
    (breakdown.cells[row] ?? []).every((cell) => cell.suppressed === false)
  );
}
