import { checkCountTable, fail, isCount, succeed, sum, type Failure, type Result } from './result.ts';

// Zero cells are published, not suppressed: the threshold rule applies to 1..minimum−1, as in
// the default frequency rule of τ-ARGUS (CBS's disclosure tool). A zero says nobody in that group gave that
// answer; callers for whom that is itself sensitive must merge categories before tabulating.
// Totals are always published, so a row or column whose total is itself below minimum stays
// visible: merge such groups upstream. Protection is against exact recovery from the totals,
// not against interval bounds (a hidden cell is known to lie between 0 and its line's hidden sum).

export type Suppression = false | 'primary' | 'complementary';
export type SuppressedCell = { readonly value: number | null; readonly suppressed: Suppression };

export type SuppressedTable = {
  readonly cells: SuppressedCell[][];
  /** Published as they are: totals are never suppressed. */
  readonly rowTotals: number[];
  readonly columnTotals: number[];
  readonly total: number;
};

export type SuppressedCounts = { readonly counts: SuppressedCell[]; readonly total: number };

function checkMinimum(minimum: number): Failure | null {
  return isCount(minimum) && minimum >= 1 ? null : fail('invalid_input', 'minimum must be a positive integer.');
}

/** Index of the smallest visible value among `indices`, preferring non-zero cells; -1 if none. */
function smallestVisible(
  indices: readonly number[],
  values: readonly number[],
  status: readonly Suppression[],
): number {
  // A zero complement hides nothing: the hidden pair would then sum to exactly the primary value.
  let best = -1;
  for (const i of indices) {
    if (status[i] !== false) continue;
    const value = values[i] ?? 0;
    const bestValue = values[best] ?? 0;
    if (best === -1 || (bestValue === 0 && value > 0) || (value > 0 && value < bestValue)) best = i;
  }
  return best;
}

/** Cells (flat indices) on the far side of a bridge: suppressing one closes a cycle through it. */
function bridgeRepairs(rows: number, columns: number, status: readonly Suppression[]): number[] | null {
  const hidden = status.flatMap((s, k) => (s === false ? [] : [k]));
  for (const edge of hidden) {
    // Vertices 0..rows−1 are rows, rows..rows+columns−1 columns; suppressed cells are edges.
    const side = new Array<boolean>(rows + columns).fill(false);
    const queue = [Math.floor(edge / columns)];
    side[queue[0] ?? 0] = true;
    while (queue.length > 0) {
      const vertex = queue.pop() ?? 0;
      for (const k of hidden) {
        if (k === edge) continue;
        const [r, c] = [Math.floor(k / columns), rows + (k % columns)];
        const other = vertex === r ? c : vertex === c ? r : -1;
        if (other >= 0 && !side[other]) {
          side[other] = true;
          queue.push(other);
        }
      }
    }
    if (side[rows + (edge % columns)]) continue;
    // A bridge: its value follows from the row totals of one side minus the column totals of it.
    return status.flatMap((s, k) => {
      const rowSide = side[Math.floor(k / columns)];
      const columnSide = side[rows + (k % columns)];
      return s === false && rowSide !== columnSide ? [k] : [];
    });
  }
  return null;
}

/**
 * Hides counts from 1 to minimum − 1 in a table (primary) and enough others (complementary) that none can be recovered from the totals.
 * @example
 * suppressSmallCells([[3, 25, 40], [30, 41, 52]], { minimum: 10 });
 * // cells[0][0] primary, cells[0][1] and cells[1][0] and cells[1][1] complementary; totals published
 */
export function suppressSmallCells(
  table: readonly (readonly number[])[],
  { minimum = 10 }: { readonly minimum?: number } = {},
): Result<SuppressedTable> {
  const invalid = checkCountTable(table) ?? checkMinimum(minimum);
  if (invalid) return invalid;
  const rows = table.length;
  const columns = table[0]?.length ?? 0;
  if (rows < 2 || columns < 2) {
    return fail('one_group', 'A table needs two rows and two columns; use suppressSmallCounts for a single list.');
  }
  const values = table.flat();
  const status: Suppression[] = values.map((v) => (v > 0 && v < minimum ? 'primary' : false));
  const rowCells = Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => i * columns + j));
  const columnCells = Array.from({ length: columns }, (_, j) =>
    Array.from({ length: rows }, (_, i) => i * columns + j),
  );

  for (let changed = true; changed;) {
    changed = false;
    // A line (row or column) with exactly one hidden cell gives it away by subtraction.
    for (const line of [...rowCells, ...columnCells]) {
      if (line.filter((k) => status[k] !== false).length !== 1) continue;
      const pick = smallestVisible(line, values, status);
      if (pick >= 0) {
        status[pick] = 'complementary';
        changed = true;
      }
    }
    if (changed) continue;
    // Every line now hides 0 or ≥ 2 cells, but a combination of lines can still isolate a cell.
    const repairs = bridgeRepairs(rows, columns, status);
    if (repairs) {
      const pick = smallestVisible(repairs, values, status);
      if (pick >= 0) {
        status[pick] = 'complementary';
        changed = true;
      }
    }
  }

  const cells = rowCells.map((line) =>
    line.map((k) => ({ value: status[k] === false ? (values[k] ?? 0) : null, suppressed: status[k] ?? false })),
  );
  const rowTotals = table.map((row) => sum(row));
  const columnTotals = columnCells.map((line) => sum(line.map((k) => values[k] ?? 0)));
  return succeed({ cells, rowTotals, columnTotals, total: sum(rowTotals) });
}

/**
 * Hides counts from 1 to minimum − 1 in a list of groups with a known total, plus the next smallest when only one would be hidden.
 * @example
 * suppressSmallCounts([4, 25, 40], { minimum: 10 });
 * // { ok: true, counts: [{ value: null, suppressed: 'primary' }, { value: null, suppressed: 'complementary' }, { value: 40, suppressed: false }], total: 69 }
 */
export function suppressSmallCounts(
  counts: readonly number[],
  { minimum = 10, total }: { readonly minimum?: number; readonly total?: number } = {},
): Result<SuppressedCounts> {
  const invalid = checkCountTable([counts as number[]]) ?? checkMinimum(minimum);
  if (invalid) return invalid;
  if (counts.length < 2) return fail('one_group', 'A single group equals its total and cannot be hidden.');
  const listed = sum(counts);
  const published = total ?? listed;
  if (!isCount(published) || published < listed) {
    return fail('invalid_input', `The total must be an integer of at least ${listed}, the sum of the counts.`);
  }
  const status: Suppression[] = counts.map((v) => (v > 0 && v < minimum ? 'primary' : false));
  // An unlisted remainder (total − listed, e.g. "no answer") masks a lone hidden count only if it is not small itself.
  const remainder = published - listed;
  if (status.filter((s) => s !== false).length === 1 && remainder < minimum) {
    const pick = smallestVisible(
      counts.map((_, i) => i),
      counts,
      status,
    );
    if (pick >= 0) status[pick] = 'complementary';
  }
  return succeed({
    counts: counts.map((v, i) => ({ value: status[i] === false ? v : null, suppressed: status[i] ?? false })),
    total: published,
  });
}
