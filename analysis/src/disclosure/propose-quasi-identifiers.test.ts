import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CountTable } from './count-table.ts';
import { mappedHierarchy, valueHierarchy } from './hierarchies.ts';
import { estimateSuppression, proposeQuasiIdentifiers } from './propose-quasi-identifiers.ts';

const school = mappedHierarchy(
  'school',
  ['school', 'bestuur'],
  [
    new Map([
      ['A1', 'Bestuur A'],
      ['A2', 'Bestuur A'],
      ['B1', 'Bestuur B'],
    ]),
  ],
);
const leerjaar = valueHierarchy('leerjaar');
const locale = valueHierarchy('locale');

function tableOf(rows: [string, string, string, number][]): CountTable {
  const table = new CountTable([school, leerjaar, locale]);
  for (const [s, l, t, n] of rows) table.add([s, l, t], n);
  return table;
}

describe('proposeQuasiIdentifiers: worked by hand', () => {
  it('leaves out what blanks out school, and takes back what does not', () => {
    // k = 3, 11 records, at most 5 % (0.55 records) in classes below k:
    //   (A1, g1, nl) 4   (A2, g1, nl) 4   (A1, g1, en) 1   (A2, g1, en) 2
    // [school, leerjaar, locale]: raw values leave 3 records below k; the cheapest node that passes is
    //   school → bestuur (loss 0.5; '*' on a column costs 1), so school is lost.
    // The worst other column: both have no '*', so the first, leerjaar, is left out. [school, locale] still
    //   needs bestuur; locale is left out. [school]: A1 5, A2 6, kept as school.
    // Back in, last left out first: [school, locale] is known to lose school; [school, leerjaar]:
    //   (A1, g1) 5, (A2, g1) 6 keeps school with no '*' → proposal [school, leerjaar].
    const table = tableOf([
      ['A1', 'g1', 'nl', 4],
      ['A2', 'g1', 'nl', 4],
      ['A1', 'g1', 'en', 1],
      ['A2', 'g1', 'en', 2],
    ]);
    const chosen = estimateSuppression(table, ['school', 'leerjaar', 'locale'], { k: 3 });
    expect(chosen.columns[0]).toMatchObject({ quasiIdentifier: 'school', level: 1, levelName: 'bestuur' });

    const proposal = proposeQuasiIdentifiers(table, ['leerjaar', 'locale'], { k: 3 });
    expect(proposal.quasiIdentifiers).toEqual(['school', 'leerjaar']);
    expect(proposal.estimate).toEqual({
      k: 3,
      records: 11,
      rowsWithSuppression: 0,
      droppedRows: 0,
      columns: [
        { quasiIdentifier: 'school', level: 0, levelName: 'school', suppressedShare: 0 },
        { quasiIdentifier: 'leerjaar', level: 0, levelName: 'waarde', suppressedShare: 0 },
      ],
      suppressedColumns: [],
    });
  });

  it("leaves out a column the export would blank out whole ('*' in every row tells nothing)", () => {
    // k = 3, 19 records (0.95 may be below k). Raw: A1/A2/B1 en 1, 1, 2 → 4 below. bestuur: (A, en) 2 and
    // (B, en) 2 still below. At loss 1 locale → '*' gives A1 6, A2 6, B1 7 and comes first: locale is all '*'.
    const table = tableOf([
      ['A1', 'g1', 'nl', 5],
      ['A2', 'g1', 'nl', 5],
      ['B1', 'g1', 'nl', 5],
      ['A1', 'g1', 'en', 1],
      ['A2', 'g1', 'en', 1],
      ['B1', 'g1', 'en', 2],
    ]);
    expect(estimateSuppression(table, ['school', 'locale'], { k: 3 }).suppressedColumns).toEqual(['locale']);
    const proposal = proposeQuasiIdentifiers(table, ['school', 'locale'], { k: 3 });
    expect(proposal.quasiIdentifiers).toEqual(['school']);
    expect(proposal.estimate.columns).toEqual([
      { quasiIdentifier: 'school', level: 0, levelName: 'school', suppressedShare: 0 },
    ]);
  });

  it('proposes the choice as it is when not even school alone can stay', () => {
    // k = 3: A1 has 2 records of 7; school alone already needs bestuur.
    const table = tableOf([
      ['A1', 'g1', 'nl', 2],
      ['A2', 'g1', 'nl', 5],
    ]);
    const proposal = proposeQuasiIdentifiers(table, ['school', 'leerjaar'], { k: 3 });
    expect(proposal.quasiIdentifiers).toEqual(['school', 'leerjaar']);
    expect(proposal.estimate.columns[0]).toMatchObject({ quasiIdentifier: 'school', levelName: 'bestuur' });
  });
});

describe('estimateSuppression: one count serves every set', () => {
  it('estimates a set from a wider count exactly as from a count of that set alone', () => {
    const value = (options: string[]) => fc.constantFrom(...options);
    const row = fc.tuple(
      value(['A1', 'A2', 'B1']),
      value(['g1', 'g2', 'g3']),
      value(['nl', 'en', 'pl']),
      fc.integer({ min: 1, max: 6 }),
    );
    const subset = fc.subarray(['school', 'leerjaar', 'locale'], { minLength: 1 });
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 30 }),
        subset,
        fc.integer({ min: 2, max: 5 }),
        (rows, names, k) => {
          const wide = tableOf(rows);
          // What the database's GROUP BY on these columns alone would count.
          const hierarchies = { school, leerjaar, locale };
          const narrow = new CountTable(names.map((name) => hierarchies[name as keyof typeof hierarchies]));
          const at = names.map((name) => ['school', 'leerjaar', 'locale'].indexOf(name));
          for (const [s, l, t, n] of rows)
            narrow.add(
              at.map((q) => [s, l, t][q]!),
              n,
            );
          expect(estimateSuppression(wide, names, { k })).toEqual(estimateSuppression(narrow, names, { k }));
        },
      ),
      { numRuns: 200 },
    );
  });
});
