// Equivalence classes of a count table on one lattice node: rows grouped by their generalised codes.

export interface Aggregate {
  columns: Int32Array[];
  counts: Float64Array;
  size: number;
  /** Key of a combination of codes → its row. */
  index: Map<number | string, number>;
  radices: number[];
}

/** A key function for code combinations: a number while the mixed radix fits, text beyond. */
export function keyMaker(radices: readonly number[]): (codes: (q: number) => number) => number | string {
  const product = radices.reduce((acc, radix) => acc * radix, 1);
  if (product < Number.MAX_SAFE_INTEGER) {
    return (codes) => {
      let key = 0;
      for (let q = 0; q < radices.length; q += 1) key = key * radices[q]! + codes(q);
      return key;
    };
  }
  return (codes) => {
    let key = '';
    for (let q = 0; q < radices.length; q += 1) key += `${codes(q)},`;
    return key;
  };
}

/**
 * Groups `size` rows of `columns` after mapping each column through `maps[q]` (null keeps the code);
 * `radices[q]` is the number of codes column q can take after mapping.
 */
export function rollUp(
  columns: readonly Int32Array[],
  counts: Float64Array,
  size: number,
  maps: readonly (Int32Array | null)[],
  radices: readonly number[],
): Aggregate {
  const makeKey = keyMaker(radices);
  const index = new Map<number | string, number>();
  const outColumns = columns.map(() => new Int32Array(Math.max(size, 1)));
  const outCounts = new Float64Array(Math.max(size, 1));
  let outSize = 0;
  for (let row = 0; row < size; row += 1) {
    const code = (q: number) => {
      const raw = columns[q]![row]!;
      const map = maps[q];
      return map ? map[raw]! : raw;
    };
    const key = makeKey(code);
    const found = index.get(key);
    if (found === undefined) {
      index.set(key, outSize);
      for (let q = 0; q < columns.length; q += 1) outColumns[q]![outSize] = code(q);
      outCounts[outSize] = counts[row]!;
      outSize += 1;
    } else {
      outCounts[found] = outCounts[found]! + counts[row]!;
    }
  }
  return {
    columns: outColumns.map((column) => column.subarray(0, outSize)),
    counts: outCounts.subarray(0, outSize),
    size: outSize,
    index,
    radices: [...radices],
  };
}

/** Records in classes smaller than k. */
export function recordsBelowK(aggregate: Aggregate, k: number): number {
  let below = 0;
  for (let row = 0; row < aggregate.size; row += 1) if (aggregate.counts[row]! < k) below += aggregate.counts[row]!;
  return below;
}
