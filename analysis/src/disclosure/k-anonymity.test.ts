import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CountTable } from './count-table.ts';
import { type Hierarchy, mappedHierarchy, monthHierarchy, valueHierarchy } from './hierarchies.ts';
import { kAnonymise } from './k-anonymity.ts';

const school = mappedHierarchy(
  'school',
  ['school', 'bestuur'],
  [
    new Map([
      ['A1', 'Bestuur A'],
      ['A2', 'Bestuur A'],
      ['B1', 'Bestuur B'],
      ['B2', 'Bestuur B'],
    ]),
  ],
);
const role = valueHierarchy('role');

// Worked by hand (k = 3, 14 records):
//   (A1, ouder) 3   (A2, ouder) 2   (B1, ouder) 4   (B2, jongere) 3   (B1, jongere) 1   (A1, jongere) 1
function handTable(): CountTable {
  const table = new CountTable([school, role]);
  const rows: [string, string, number][] = [
    ['A1', 'ouder', 3],
    ['A2', 'ouder', 2],
    ['B1', 'ouder', 4],
    ['B2', 'jongere', 3],
    ['B1', 'jongere', 1],
    ['A1', 'jongere', 1],
  ];
  for (const [s, r, n] of rows) table.add([s, r], n);
  return table;
}

describe('kAnonymise: golden examples worked by hand', () => {
  it('generalises school to board when raw values leave too many records in small classes', () => {
    // Node (school, role): 4 records in classes < 3, more than 10 % of 14 → fails.
    // Node (bestuur, role), loss 0.5: (A, ouder) 5, (B, ouder) 4, (B, jongere) 4, (A, jongere) 1 → 1 record
    // below k (≤ 1.4 allowed). Suppression turns (A, jongere) into (*, jongere), still 1, then (*, *): dropped.
    const result = kAnonymise(handTable(), { k: 3, maxSuppressedShare: 0.1 });
    if (!result.ok) throw new Error(result.message);
    expect(result.generalisation.map((g) => g.levelName)).toEqual(['bestuur', 'waarde']);
    expect(result).toMatchObject({ releasedRecords: 13, droppedRecords: 1, suppressedValues: 0, minGroupSize: 4 });
    expect(result.release(['A2', 'ouder'])).toEqual(['Bestuur A', 'ouder']);
    expect(result.release(['A1', 'jongere'])).toBeNull();
  });

  it('keeps raw values and suppresses locally when the suppression limit allows it', () => {
    // Node (school, role) has 4/14 = 0.29 of records below k, within 0.3. Suppression on school first
    // (4 values) gives (*, ouder) 2 and (*, jongere) 2, both still small; then on role: (*, *) 4 ≥ 3.
    // Suppressed values: A2 ouder 2 × 2 + B1 jongere 1 × 2 + A1 jongere 1 × 2 = 8, in 4 records.
    const result = kAnonymise(handTable(), { k: 3, maxSuppressedShare: 0.3 });
    if (!result.ok) throw new Error(result.message);
    expect(result.generalisation.map((g) => g.levelName)).toEqual(['school', 'waarde']);
    expect(result).toMatchObject({
      releasedRecords: 14,
      droppedRecords: 0,
      suppressedRecords: 4,
      suppressedValues: 8,
      minGroupSize: 3,
    });
    expect(result.release(['A1', 'ouder'])).toEqual(['A1', 'ouder']);
    expect(result.release(['A2', 'ouder'])).toEqual(['*', '*']);
  });

  it('reports too_few when there are fewer records than k', () => {
    const table = new CountTable([role]);
    table.add(['ouder'], 2);
    const result = kAnonymise(table, { k: 5 });
    expect(result).toMatchObject({ ok: false, reason: 'too_few', totalRecords: 2 });
  });

  it('climbs months to quarters and years', () => {
    const month = monthHierarchy('month');
    expect([0, 1, 2, 3].map((level) => month.generalise('2025-11', level))).toEqual([
      '2025-11',
      '2025-Q4',
      '2025',
      '*',
    ]);
    expect(month.generalise('', 2)).toBe('');
  });
});

function releasedCombinationsHoldK(
  hierarchies: Hierarchy[],
  rows: { values: string[]; count: number }[],
  k: number,
  share: number,
  budget: number,
) {
  const table = new CountTable(hierarchies);
  for (const row of rows) table.add(row.values, row.count);
  const result = kAnonymise(table, { k, maxSuppressedShare: share, exhaustiveBudget: budget });
  if (!result.ok) return table.total < k;
  const released = new Map<string, number>();
  let releasedRecords = 0;
  for (const row of rows) {
    const values = result.release(row.values);
    if (values === null) continue;
    releasedRecords += row.count;
    const key = values.join('\u0001');
    released.set(key, (released.get(key) ?? 0) + row.count);
  }
  const sizes = [...released.values()];
  return (
    releasedRecords === result.releasedRecords &&
    releasedRecords + result.droppedRecords === table.total &&
    sizes.every((size) => size >= k) &&
    (sizes.length === 0 || Math.min(...sizes) === result.minGroupSize)
  );
}

describe('kAnonymise: every released combination occurs at least k times', () => {
  const letters = fc.constantFrom('a', 'b', 'c', 'd', 'e', '');
  const rowArb = (width: number) =>
    fc.record({
      values: fc.array(letters, { minLength: width, maxLength: width }),
      count: fc.integer({ min: 1, max: 4 }),
    });
  const hierarchiesFor = (width: number): Hierarchy[] =>
    Array.from({ length: width }, (_, q) =>
      q % 2 === 0
        ? mappedHierarchy(
            `q${q}`,
            ['letter', 'group'],
            [
              new Map([
                ['a', 'ab'],
                ['b', 'ab'],
                ['c', 'cde'],
                ['d', 'cde'],
                ['e', 'cde'],
              ]),
            ],
          )
        : valueHierarchy(`q${q}`),
    );

  for (const [search, budget] of [
    ['exhaustive', 1e9],
    ['greedy', 0],
  ] as const) {
    it(`over random tables (${search} search)`, () => {
      fc.assert(
        fc.property(
          fc
            .integer({ min: 1, max: 4 })
            .chain((width) => fc.tuple(fc.constant(width), fc.array(rowArb(width), { minLength: 0, maxLength: 40 }))),
          fc.integer({ min: 2, max: 8 }),
          fc.constantFrom(0, 0.05, 0.2, 0.5),
          ([width, rows], k, share) => releasedCombinationsHoldK(hierarchiesFor(width), rows, k, share, budget),
        ),
        { numRuns: 300 },
      );
    });
  }
});
