import { groupRows } from './grouping.ts';
import type { Hierarchy } from './hierarchies.ts';

// A quasi-identifier count table kept column-wise in typed arrays: a national export has close to a
// million distinct combinations, which as objects of strings would not fit in the export's memory budget.

interface Dictionary {
  index: Map<string, number>;
  values: string[];
}

/**
 * Counts of records per combination of raw quasi-identifier values, in the order of `hierarchies`.
 * @example
 * const table = new CountTable([valueHierarchy('role')]);
 * table.add(['ouder'], 12);
 */
export class CountTable {
  readonly dictionaries: Dictionary[];
  columns: Int32Array[];
  counts: Float64Array;
  size = 0;
  total = 0;
  private taken = false;

  /**
   * `capacity`: the rows expected, when known. A table that has to grow leaves its smaller arrays behind
   * as garbage, tens of megabytes at national scale.
   */
  constructor(
    readonly hierarchies: readonly Hierarchy[],
    capacity = 1024,
    dictionaries?: Dictionary[],
  ) {
    this.dictionaries = dictionaries ?? hierarchies.map(() => ({ index: new Map(), values: [] }));
    this.columns = hierarchies.map(() => new Int32Array(Math.max(1, capacity)));
    this.counts = new Float64Array(Math.max(1, capacity));
  }

  /** Adds `count` records with these raw values (one per hierarchy). */
  add(values: readonly string[], count: number): void {
    if (this.taken) throw new Error('the rows of this table were already taken');
    if (values.length !== this.hierarchies.length) throw new Error('one value per quasi-identifier');
    if (this.size === this.counts.length) this.grow();
    for (let q = 0; q < values.length; q += 1) {
      const dictionary = this.dictionaries[q]!;
      const value = values[q]!;
      let code = dictionary.index.get(value);
      if (code === undefined) {
        code = dictionary.values.length;
        dictionary.index.set(value, code);
        dictionary.values.push(value);
      }
      this.columns[q]![this.size] = code;
    }
    this.counts[this.size] = count;
    this.size += 1;
    this.total += count;
  }

  /**
   * The table of the columns at `at` only, equal combinations summed: what a GROUP BY on those columns
   * counts, without another pass over the data. Shares this table's dictionaries (the same raw values).
   */
  project(at: readonly number[]): CountTable {
    if (this.taken) throw new Error('the rows of this table were already taken');
    const columns = at.map((q) => this.columns[q]!.subarray(0, this.size));
    const radices = at.map((q) => this.dictionaries[q]!.values.length);
    const { groupOf, groups } = groupRows(this.size, { columns, radices });
    const projected = new CountTable(
      at.map((q) => this.hierarchies[q]!),
      groups,
      at.map((q) => this.dictionaries[q]!),
    );
    for (let row = 0; row < this.size; row += 1) {
      const group = groupOf[row]!;
      for (let c = 0; c < at.length; c += 1) projected.columns[c]![group] = columns[c]![row]!;
      projected.counts[group] = projected.counts[group]! + this.counts[row]!;
    }
    projected.size = groups;
    projected.total = this.total;
    return projected;
  }

  /**
   * Hands the rows over and lets go of them here, so that a table of a million rows is not held twice
   * while it is anonymised. Dictionaries, size and total stay; nothing can be added afterwards.
   */
  takeRows(): { columns: Int32Array[]; counts: Float64Array; size: number } {
    const rows = {
      columns: this.columns.map((column) => column.subarray(0, this.size)),
      counts: this.counts.subarray(0, this.size),
      size: this.size,
    };
    this.taken = true;
    this.columns = [];
    this.counts = new Float64Array(0);
    return rows;
  }

  private grow(): void {
    const capacity = this.counts.length * 2;
    this.columns = this.columns.map((column) => {
      const larger = new Int32Array(capacity);
      larger.set(column);
      return larger;
    });
    const counts = new Float64Array(capacity);
    counts.set(this.counts);
    this.counts = counts;
  }
}

/** Level codes of one quasi-identifier: raw code → code on each level, and the value of each code. */
export interface LevelCodes {
  fromRaw: Int32Array[];
  values: string[][];
}

/** Encodes every level of every hierarchy for the values the table holds. */
export function levelCodesOf(table: CountTable): LevelCodes[] {
  return table.hierarchies.map((hierarchy, q) => {
    const raw = table.dictionaries[q]!.values;
    const fromRaw: Int32Array[] = [];
    const values: string[][] = [];
    for (let level = 0; level < hierarchy.levels.length; level += 1) {
      const index = new Map<string, number>();
      const codes = new Int32Array(raw.length);
      const levelValues: string[] = [];
      raw.forEach((value, rawCode) => {
        const general = hierarchy.generalise(value, level);
        let code = index.get(general);
        if (code === undefined) {
          code = levelValues.length;
          index.set(general, code);
          levelValues.push(general);
        }
        codes[rawCode] = code;
      });
      fromRaw.push(codes);
      values.push(levelValues);
    }
    return { fromRaw, values };
  });
}
