// Grouping rows of code columns without a JavaScript Map: a national export's count table has about a
// million combinations, and the generalisation search groups it dozens of times. An open-addressing
// table over typed arrays does that in tens of milliseconds and a few megabytes, where a Map of a
// million keys took close to a second and over a hundred megabytes each time.

const SAFE = 2 ** 53;
const EMPTY = -1;

/** Integer keys below 2^53 → dense ids 0, 1, 2, … in order of first insertion. */
export class KeyIndex {
  private keys: Float64Array;
  private ids: Int32Array;
  private mask: number;
  size = 0;

  constructor(expected = 16) {
    const capacity = 2 ** Math.ceil(Math.log2(Math.max(16, expected * 2)));
    this.keys = new Float64Array(capacity);
    this.ids = new Int32Array(capacity).fill(EMPTY);
    this.mask = capacity - 1;
  }

  /** The id of `key`, given a new id when the key is new. */
  idOf(key: number): number {
    let slot = this.slotOf(key);
    const found = this.ids[slot]!;
    if (found !== EMPTY) return found;
    if ((this.size + 1) * 2 > this.ids.length) {
      this.grow();
      slot = this.slotOf(key);
    }
    this.keys[slot] = key;
    this.ids[slot] = this.size;
    this.size += 1;
    return this.size - 1;
  }

  /** Empties the index for reuse, keeping its memory. */
  clear(): this {
    this.ids.fill(EMPTY);
    this.size = 0;
    return this;
  }

  /** The id of `key`, or -1 when it was never added. */
  get(key: number): number {
    return this.ids[this.slotOf(key)]!;
  }

  // Linear probing from murmur3's finaliser over the key's low and high 32 bits: every bit of the key
  // reaches the low bits that pick the slot.
  private slotOf(key: number): number {
    let hash = (key >>> 0) ^ Math.imul((key / 4294967296) >>> 0, 0x9e3779b1);
    hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
    hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
    let slot = (hash ^ (hash >>> 16)) & this.mask;
    while (this.ids[slot] !== EMPTY && this.keys[slot] !== key) slot = (slot + 1) & this.mask;
    return slot;
  }

  private grow(): void {
    const { keys, ids } = this;
    this.keys = new Float64Array(keys.length * 2);
    this.ids = new Int32Array(ids.length * 2).fill(EMPTY);
    this.mask = this.ids.length - 1;
    for (let slot = 0; slot < ids.length; slot += 1) {
      if (ids[slot] === EMPTY) continue;
      const target = this.slotOf(keys[slot]!);
      this.keys[target] = keys[slot]!;
      this.ids[target] = ids[slot]!;
    }
  }
}

/** Rows grouped by their combination of codes: the group of each row, and how to find a combination's group. */
export interface Grouping {
  /** Row → group id (0 … groups − 1, in order of first row). */
  groupOf: Int32Array;
  groups: number;
  /** The group of a combination of codes, or -1 when no row has it. */
  find: (codes: (q: number) => number) => number;
  /** Set when the grouping lives in reused buffers. */
  scratch?: GroupingScratch | undefined;
}

/** Code columns to group by: column q's code of a row is `maps[q][columns[q][row]]` (or the code itself). */
export interface GroupColumns {
  columns: readonly Int32Array[];
  /** Per column: a map from stored code to grouped code, or null to group by the stored code. */
  maps?: readonly (Int32Array | null)[];
  /** Column q's codes (after mapping and `offset`) lie in 0 … radices[q] − 1. */
  radices: readonly number[];
  /** Added to every code, so that -1 can stand for "no value". */
  offset?: number;
}

/**
 * Buffers for groupings that are only counted, reused from one to the next: the search groups a table of
 * a million rows dozens of times, and fresh arrays each time left the process's memory fragmented.
 * A grouping made with scratch is valid until the next one is made with the same scratch.
 */
export class GroupingScratch {
  private buffers?: { partial: Float64Array; groupOf: Int32Array; totals: Float64Array; index: KeyIndex };

  /** The buffers are made on first use, so a scratch can be set up before the memory it needs is free. */
  constructor(readonly rows: number) {}

  get partial() {
    return this.allocated().partial;
  }

  get groupOf() {
    return this.allocated().groupOf;
  }

  get totals() {
    return this.allocated().totals;
  }

  get index() {
    return this.allocated().index;
  }

  private allocated() {
    this.buffers ??= {
      partial: new Float64Array(this.rows),
      groupOf: new Int32Array(this.rows),
      totals: new Float64Array(this.rows),
      index: new KeyIndex(this.rows),
    };
    return this.buffers;
  }
}

/**
 * Groups the first `size` rows by their codes in every column. Codes are packed into one number per row,
 * a column at a time in tight loops; when the packed number would pass 2^53, the combinations so far are
 * first renumbered densely (at most `size` of them), so any number of columns fits.
 */
export function groupRows(
  size: number,
  { columns, maps = [], radices, offset = 0 }: GroupColumns,
  scratch?: GroupingScratch,
): Grouping {
  if (scratch && scratch.rows < size) throw new Error('scratch too small for this grouping');
  const partial = scratch ? scratch.partial.subarray(0, size).fill(0) : new Float64Array(size);
  const renumberings: { before: number; index: KeyIndex }[] = [];
  let radix = 1;
  for (let q = 0; q < columns.length; q += 1) {
    const columnRadix = Math.max(1, radices[q]!);
    if (radix * columnRadix >= SAFE) {
      const index = new KeyIndex(size);
      for (let row = 0; row < size; row += 1) partial[row] = index.idOf(partial[row]!);
      renumberings.push({ before: q, index });
      radix = index.size;
    }
    const column = columns[q]!;
    const map = maps[q];
    if (map)
      for (let row = 0; row < size; row += 1) partial[row] = partial[row]! * columnRadix + map[column[row]!]! + offset;
    else for (let row = 0; row < size; row += 1) partial[row] = partial[row]! * columnRadix + column[row]! + offset;
    radix *= columnRadix;
  }
  const final = scratch ? scratch.index.clear() : new KeyIndex(size);
  const groupOf = scratch ? scratch.groupOf.subarray(0, size) : new Int32Array(size);
  for (let row = 0; row < size; row += 1) groupOf[row] = final.idOf(partial[row]!);
  // find() must not hold on to `columns`: an aggregate's columns would keep its parent's alive, and so on.
  const width = columns.length;
  const find = (codes: (q: number) => number): number => {
    let key = 0;
    let next = 0;
    for (let q = 0; q < width; q += 1) {
      if (renumberings[next]?.before === q) {
        key = renumberings[next]!.index.get(key);
        if (key === EMPTY) return EMPTY;
        next += 1;
      }
      key = key * Math.max(1, radices[q]!) + codes(q) + offset;
    }
    return final.get(key);
  };
  return { groupOf, groups: final.size, find, scratch };
}

/** The summed counts of each group. */
export function groupTotals(grouping: Grouping, counts: Float64Array): Float64Array {
  const totals = grouping.scratch
    ? grouping.scratch.totals.subarray(0, grouping.groups).fill(0)
    : new Float64Array(grouping.groups);
  for (let row = 0; row < grouping.groupOf.length; row += 1)
    totals[grouping.groupOf[row]!] = totals[grouping.groupOf[row]!]! + counts[row]!;
  return totals;
}
