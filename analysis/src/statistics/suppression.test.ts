import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressSmallCells, suppressSmallCounts, type SuppressedTable } from './suppression.ts';

function published(table: number[][], minimum = 10): SuppressedTable {
  const result = suppressSmallCells(table, { minimum });
  if (!result.ok) throw new Error(result.message);
  return result;
}

function hiddenCells(result: SuppressedTable): [number, number][] {
  return result.cells.flatMap((row, i) =>
    row.flatMap((cell, j): [number, number][] => (cell.value === null ? [[i, j]] : [])),
  );
}

/** What an attacker gets for cell (i, j) from one line: total minus the visible cells, if no other cell is hidden. */
function recoverBySubtraction(line: { value: number | null }[], total: number, skip: number): number | null {
  let rest = total;
  for (const [k, cell] of line.entries()) {
    if (k === skip) continue;
    if (cell.value === null) return null;
    rest -= cell.value;
  }
  return rest;
}

function rank(matrix: number[][]): number {
  const m = matrix.map((row) => [...row]);
  let r = 0;
  for (let c = 0; c < (m[0]?.length ?? 0) && r < m.length; c++) {
    const pivot = m.findIndex((row, i) => i >= r && Math.abs(row[c] ?? 0) > 1e-9);
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot] as number[], m[r] as number[]];
    const top = m[r] as number[];
    for (const [i, row] of m.entries()) {
      if (i === r) continue;
      const f = (row[c] ?? 0) / (top[c] ?? 1);
      for (let k = c; k < row.length; k++) row[k] = (row[k] ?? 0) - f * (top[k] ?? 0);
    }
    r += 1;
  }
  return r;
}

/** Hidden cells that any combination of row and column totals pins down exactly (e_k lies in the row space). */
function linearlyRecoverable(result: SuppressedTable): [number, number][] {
  const hidden = hiddenCells(result);
  const equations = [
    ...result.rowTotals.map((_, i) => hidden.map(([r]) => (r === i ? 1 : 0))),
    ...result.columnTotals.map((_, j) => hidden.map(([, c]) => (c === j ? 1 : 0))),
  ];
  const base = rank(equations);
  return hidden.filter((_, k) => rank([...equations, hidden.map((__, l) => (l === k ? 1 : 0))]) === base);
}

function expectNothingRecoverable(table: number[][], result: SuppressedTable) {
  const hidden = hiddenCells(result);
  expect(hidden.length).toBeGreaterThan(0);
  for (const [i, j] of hidden) {
    const row = result.cells[i] ?? [];
    const column = result.cells.map((r) => r[j] ?? { value: null });
    expect(recoverBySubtraction(row, result.rowTotals[i] ?? 0, j), `cell ${i},${j} from its row`).toBeNull();
    expect(recoverBySubtraction(column, result.columnTotals[j] ?? 0, i), `cell ${i},${j} from its column`).toBeNull();
  }
  expect(linearlyRecoverable(result)).toEqual([]);
  // The totals are the true ones, so the attack above used real information.
  expect(result.rowTotals).toEqual(table.map((row) => row.reduce((a, b) => a + b, 0)));
}

describe('suppressSmallCells', () => {
  it('hides a small cell and the smallest cells that would give it away', () => {
    const table = [
      [3, 25, 40],
      [30, 41, 52],
    ];
    const result = published(table);
    expect(result.cells.map((row) => row.map((cell) => cell.suppressed))).toEqual([
      ['primary', 'complementary', false],
      ['complementary', 'complementary', false],
    ]);
    expect(result.cells[0]?.[2]).toEqual({ value: 40, suppressed: false });
    expect(result).toMatchObject({ rowTotals: [68, 123], columnTotals: [33, 66, 92], total: 191 });
    expectNothingRecoverable(table, result);
  });

  it('protects every hidden cell of a school-by-answer table against subtraction', () => {
    const table = [
      [12, 4, 30, 25, 0],
      [40, 38, 2, 51, 17],
      [22, 15, 19, 7, 33],
      [60, 8, 45, 70, 28],
      [14, 26, 31, 12, 11],
    ];
    const result = published(table);
    expectNothingRecoverable(table, result);
    for (const [i, row] of table.entries()) {
      for (const [j, value] of row.entries()) {
        if (value > 0 && value < 10) expect(result.cells[i]?.[j]?.suppressed).toBe('primary');
      }
    }
  });

  it('breaks a bridge between two blocks that rows and columns alone do not reveal', () => {
    // Rows 0+1 minus columns 0+1 would isolate cell (1, 2) if only the small cells were hidden.
    const table = [
      [2, 3, 50, 60],
      [4, 5, 6, 70],
      [80, 90, 7, 8],
      [55, 65, 9, 1],
    ];
    const primariesOnly: SuppressedTable = {
      cells: table.map((row) =>
        row.map((v) => (v < 10 ? { value: null, suppressed: 'primary' } : { value: v, suppressed: false })),
      ),
      rowTotals: table.map((row) => row.reduce((a, b) => a + b, 0)),
      columnTotals: table[0]?.map((_, j) => table.reduce((a, row) => a + (row[j] ?? 0), 0)) ?? [],
      total: 0,
    };
    expect(linearlyRecoverable(primariesOnly)).toEqual([[1, 2]]);
    const result = published(table);
    expect(hiddenCells(result).length).toBeGreaterThan(9);
    expectNothingRecoverable(table, result);
  });

  it('never leaves a hidden cell recoverable from any combination of totals (random tables)', () => {
    const tables = fc.tuple(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 2, max: 6 })).chain(([rows, columns]) =>
      fc.array(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 10, max: 80 })), {
          minLength: columns,
          maxLength: columns,
        }),
        { minLength: rows, maxLength: rows },
      ),
    );
    fc.assert(
      fc.property(tables, (table) => {
        const result = published(table);
        expect(linearlyRecoverable(result)).toEqual([]);
        table.forEach((row, i) =>
          row.forEach((value, j) => {
            expect(result.cells[i]?.[j]?.suppressed === 'primary').toBe(value > 0 && value < 10);
          }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('publishes zeros and does not use them as complements while a non-zero cell is available', () => {
    const table = [
      [0, 5, 20, 30],
      [0, 40, 15, 35],
    ];
    const result = published(table);
    expect(result.cells[0]?.[0]).toEqual({ value: 0, suppressed: false });
    expect(result.cells[0]?.[2]?.suppressed).toBe('complementary');
    expectNothingRecoverable(table, result);
  });

  it('leaves a table without small cells untouched', () => {
    const result = published([
      [10, 20],
      [0, 30],
    ]);
    expect(hiddenCells(result)).toEqual([]);
  });

  it('honours the minimum', () => {
    const table = [
      [12, 40],
      [30, 41],
    ];
    expect(hiddenCells(published(table, 10))).toEqual([]);
    expect(hiddenCells(published(table, 15))).toHaveLength(4);
  });

  it.each([
    ['an empty table', [], {}, 'no_data'],
    ['a single row', [[3, 20, 30]], {}, 'one_group'],
    ['a single column', [[3], [20]], {}, 'one_group'],
    [
      'negative counts',
      [
        [3, -2],
        [20, 5],
      ],
      {},
      'invalid_input',
    ],
    [
      'fractional counts',
      [
        [3, 2.5],
        [20, 5],
      ],
      {},
      'invalid_input',
    ],
    [
      'a zero minimum',
      [
        [3, 2],
        [20, 5],
      ],
      { minimum: 0 },
      'invalid_input',
    ],
  ])('rejects %s', (_label, table, options, reason) => {
    expect(suppressSmallCells(table, options)).toMatchObject({ ok: false, reason });
  });
});

describe('suppressSmallCounts', () => {
  const states = (counts: number[], options: { minimum?: number; total?: number } = {}) => {
    const result = suppressSmallCounts(counts, options);
    if (!result.ok) throw new Error(result.message);
    return result.counts.map((cell) => cell.suppressed);
  };

  it('hides the next smallest count when only one would be hidden, since the total is known', () => {
    const result = suppressSmallCounts([4, 25, 40, 31]);
    expect(result).toMatchObject({
      ok: true,
      total: 100,
      counts: [
        { value: null, suppressed: 'primary' },
        { value: null, suppressed: 'complementary' },
        { value: 40, suppressed: false },
        { value: 31, suppressed: false },
      ],
    });
  });

  it('needs no complement when two counts are already hidden', () => {
    expect(states([4, 3, 40])).toEqual(['primary', 'primary', false]);
  });

  it('publishes zeros and skips them as complements', () => {
    expect(states([0, 25, 40])).toEqual([false, false, false]);
    expect(states([5, 0, 40, 30])).toEqual(['primary', false, false, 'complementary']);
  });

  it('lets an unlisted remainder of at least minimum mask a lone hidden count', () => {
    expect(states([4, 25, 40], { total: 85 })).toEqual(['primary', false, false]);
    expect(states([4, 25, 40], { total: 72 })).toEqual(['primary', 'complementary', false]);
  });

  it.each([
    [[], {}, 'no_data'],
    [[5], {}, 'one_group'],
    [[5, -1], {}, 'invalid_input'],
    [[5, 20], { total: 10 }, 'invalid_input'],
    [[5, 20], { minimum: 2.5 }, 'invalid_input'],
  ])('rejects %j with %j', (counts, options, reason) => {
    expect(suppressSmallCounts(counts, options)).toMatchObject({ ok: false, reason });
  });
});
