import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GroupingScratch, groupRows, groupTotals, KeyIndex } from './grouping.ts';

/** The same grouping the slow, obvious way: a Map keyed by the joined codes. */
function groupWithMap(rows: number[][]) {
  const ids = new Map<string, number>();
  return rows.map((codes) => {
    const key = codes.join(',');
    if (!ids.has(key)) ids.set(key, ids.size);
    return ids.get(key)!;
  });
}

const columnsOf = (rows: number[][], width: number) =>
  Array.from({ length: width }, (_, q) => Int32Array.from(rows, (codes) => codes[q]!));

describe('KeyIndex', () => {
  it('numbers keys by first insertion, keeps them through growth, and answers -1 for unknown keys', () => {
    const index = new KeyIndex(2);
    const keys = Array.from({ length: 5000 }, (_, i) => i * 7919 * 2 ** 20 + (i % 3));
    keys.forEach((key, i) => expect(index.idOf(key)).toBe(i));
    expect(index.size).toBe(5000);
    keys.forEach((key, i) => expect(index.get(key)).toBe(i));
    expect(index.idOf(keys[42]!)).toBe(42);
    expect(index.get(1)).toBe(-1);
  });
});

describe('groupRows', () => {
  it('groups like a Map of joined codes, for any columns and radices', () => {
    const table = fc
      .array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 6 })
      .chain((radices) =>
        fc.tuple(
          fc.constant(radices),
          fc.array(fc.tuple(...radices.map((r) => fc.integer({ min: 0, max: r - 1 }))), { maxLength: 200 }),
        ),
      );
    fc.assert(
      fc.property(table, ([radices, rows]) => {
        const grouping = groupRows(rows.length, { columns: columnsOf(rows, radices.length), radices });
        expect([...grouping.groupOf]).toEqual(groupWithMap(rows));
        rows.forEach((codes, row) => expect(grouping.find((q) => codes[q]!)).toBe(grouping.groupOf[row]));
      }),
    );
  });

  it('renumbers when packed codes would pass 2^53, and still finds every combination', () => {
    // Ten columns of 10,000 values: 10^40 combinations, far past what one number holds exactly.
    const radices = Array.from({ length: 10 }, () => 10_000);
    const rows = Array.from({ length: 3000 }, (_, row) => radices.map((_, q) => (row * (q + 3) * 7919) % 10_000));
    rows.push([...rows[17]!]);
    const grouping = groupRows(rows.length, { columns: columnsOf(rows, radices.length), radices });
    expect([...grouping.groupOf]).toEqual(groupWithMap(rows));
    expect(grouping.groupOf[3000]).toBe(grouping.groupOf[17]);
    expect(grouping.find((q) => rows[2999]![q]!)).toBe(grouping.groupOf[2999]);
    expect(grouping.find((q) => (q === 9 ? 1 : rows[5]![q]!))).toBe(-1);
  });

  it('maps codes through a column map and shifts them by the offset', () => {
    // Codes 0 and 1 of column 0 both map to 0; -1 in column 1 is "no value" and becomes 0 with offset 1.
    const columns = [Int32Array.from([0, 1, 2, 0]), Int32Array.from([-1, -1, 0, 0])];
    const grouping = groupRows(4, { columns, maps: [Int32Array.from([0, 0, 1]), null], radices: [3, 2], offset: 1 });
    expect([...grouping.groupOf]).toEqual([0, 0, 1, 2]);
    expect(grouping.find((q) => [0, -1][q]!)).toBe(0);
  });

  it('gives the same groups and totals in reused scratch buffers as in fresh ones', () => {
    const scratch = new GroupingScratch(200);
    const table = fc.array(fc.tuple(fc.nat(5), fc.nat(5)), { maxLength: 200 });
    fc.assert(
      fc.property(table, table, (earlier, rows) => {
        groupRows(earlier.length, { columns: columnsOf(earlier, 2), radices: [6, 6] }, scratch); // leaves stale values
        const counts = Float64Array.from(rows, (_, i) => i + 1);
        const fresh = groupRows(rows.length, { columns: columnsOf(rows, 2), radices: [6, 6] });
        const reused = groupRows(rows.length, { columns: columnsOf(rows, 2), radices: [6, 6] }, scratch);
        expect([...reused.groupOf]).toEqual([...fresh.groupOf]);
        expect([...groupTotals(reused, counts)]).toEqual([...groupTotals(fresh, counts)]);
      }),
    );
  });

  it('sums counts per group', () => {
    const rows = [
      [0, 1],
      [1, 1],
      [0, 1],
    ];
    const grouping = groupRows(rows.length, { columns: columnsOf(rows, 2), radices: [2, 2] });
    expect([...groupTotals(grouping, Float64Array.from([3, 4, 5]))]).toEqual([8, 4]);
  });
});
