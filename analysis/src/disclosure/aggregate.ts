// Equivalence classes of a count table on one lattice node: rows grouped by their generalised codes.
import { type GroupingScratch, groupRows, groupTotals } from './grouping.ts';

export interface Aggregate {
  columns: Int32Array[];
  counts: Float64Array;
  size: number;
  radices: number[];
}

/**
 * Groups `size` rows of `columns` after mapping each column through `maps[q]` (null keeps the code);
 * `radices[q]` is the number of codes column q can take after mapping. The grouping is done in
 * `scratch`; the aggregate's arrays are its own.
 */
export function rollUp(
  columns: readonly Int32Array[],
  counts: Float64Array,
  size: number,
  maps: readonly (Int32Array | null)[],
  radices: readonly number[],
  scratch: GroupingScratch,
): Aggregate {
  const grouping = groupRows(size, { columns, maps, radices }, scratch);
  // Nothing merged and nothing mapped: the rows are their own classes, without a copy (the base of a
  // national table is a million rows).
  if (grouping.groups === size && maps.every((map) => map === null))
    return {
      columns: columns.map((column) => column.subarray(0, size)),
      counts: counts.subarray(0, size),
      size,
      radices: [...radices],
    };
  const outColumns = columns.map(() => new Int32Array(grouping.groups));
  const seen = new Uint8Array(grouping.groups);
  for (let row = 0; row < size; row += 1) {
    const group = grouping.groupOf[row]!;
    if (seen[group]) continue;
    seen[group] = 1;
    for (let q = 0; q < columns.length; q += 1) {
      const map = maps[q];
      const raw = columns[q]![row]!;
      outColumns[q]![group] = map ? map[raw]! : raw;
    }
  }
  return {
    columns: outColumns,
    counts: groupTotals(grouping, counts.subarray(0, size)).slice(),
    size: grouping.groups,
    radices: [...radices],
  };
}

/** Records in classes smaller than k after mapping, counted without building the rolled-up table. */
export function recordsBelowKAfter(
  columns: readonly Int32Array[],
  counts: Float64Array,
  size: number,
  maps: readonly (Int32Array | null)[],
  radices: readonly number[],
  k: number,
  scratch: GroupingScratch,
): { below: number; classes: number } {
  const grouping = groupRows(size, { columns, maps, radices }, scratch);
  return { below: recordsBelowK(groupTotals(grouping, counts.subarray(0, size)), k), classes: grouping.groups };
}

/** Records in classes smaller than k, from the class sizes. */
export function recordsBelowK(classSizes: Float64Array, k: number): number {
  let below = 0;
  for (const size of classSizes) if (size < k) below += size;
  return below;
}
