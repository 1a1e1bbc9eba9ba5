import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { derivableSets } from './derivable.ts';
import { type AtomCount, releaseGroups, type ReleaseRequest } from './release-groups.ts';

const minimum = 10;

describe('releaseGroups', () => {
  it('shows a group of 125 with its small answer counts, and hides a school of 6 without its n', () => {
    const atoms: AtomCount[] = [
      { keys: { school: 'A', sector: 'po' }, n: 125, counts: [3, 7, 15, 60, 40] },
      { keys: { school: 'B', sector: 'po' }, n: 6, counts: [0, 0, 1, 2, 3] },
    ];
    const release = releaseGroups({ atoms, minimum, unit: ['school'], by: 'school', categories: 5 });
    expect(release.groups[0]).toEqual({ key: 'A', hidden: false, n: 125, counts: [3, 7, 15, 60, 40], partial: false });
    expect(release.groups[1]).toEqual({ key: 'B', hidden: 'too_few', n: null, counts: null, partial: false });
    // The total leaves school B out, so total − A is zero and says nothing about B.
    expect(release.total).toMatchObject({ n: 125, counts: [3, 7, 15, 60, 40], partial: true });
  });

  it('hides a sector whose every school is too small, saying it protects them', () => {
    const atoms: AtomCount[] = [
      { keys: { school: 'A', sector: 'so' }, n: 6, counts: [6, 0] },
      { keys: { school: 'B', sector: 'so' }, n: 7, counts: [2, 5] },
      { keys: { school: 'C', sector: 'po' }, n: 4, counts: [2, 2] },
    ];
    const release = releaseGroups({ atoms, minimum, unit: ['school'], by: 'sector', categories: 2 });
    expect(release.groups.map((g) => [g.key, g.hidden])).toEqual([
      ['so', 'protects_smaller'],
      ['po', 'too_few'],
    ]);
    expect(release.total.hidden).toBe('protects_smaller');
  });

  it('hides a second school inside a sector when one school of a finer breakdown is hidden', () => {
    const atoms: AtomCount[] = [
      { keys: { sector: 'po', school: 'A' }, n: 4, counts: [1, 3] },
      { keys: { sector: 'po', school: 'B' }, n: 12, counts: [6, 6] },
      { keys: { sector: 'po', school: 'C' }, n: 30, counts: [10, 20] },
    ];
    const release = releaseGroups({ atoms, minimum, unit: ['sector'], by: 'school', within: 'sector', categories: 2 });
    expect(release.groups.map((g) => g.hidden)).toEqual(['too_few', 'protects_smaller', false]);
  });

  it('publishes zero counts and a unanimous shown group as they are', () => {
    const atoms: AtomCount[] = [{ keys: { school: 'A' }, n: 11, counts: [0, 0, 11] }];
    expect(releaseGroups({ atoms, minimum, unit: ['school'], by: 'school', categories: 3 }).groups[0]).toMatchObject({
      hidden: false,
      counts: [0, 0, 11],
    });
  });
});

// A random organisation: schools in sectors and boards, one or two roles, a tone per story.
const organisation = fc
  .record({
    schools: fc.array(
      fc.record({ sector: fc.constantFrom('po', 'vo', 'so'), board: fc.constantFrom('b1', 'b2', 'b3') }),
      { minLength: 1, maxLength: 9 },
    ),
    roles: fc.constantFrom(['ouder'], ['ouder', 'jongere']),
    seed: fc.array(fc.array(fc.nat({ max: 9 }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 60 }),
  })
  .map(({ schools, roles, seed }) => {
    const atoms: AtomCount[] = [];
    let k = 0;
    schools.forEach((school, i) =>
      roles.forEach((role) =>
        ['positief', 'negatief'].forEach((tone) => {
          // Sizes from 0 to ~27 so that small and large cells both occur.
          const counts = seed[k++ % seed.length]!.map((c, j) => (c * (i + j + 1)) % 10);
          const n = counts.reduce((a, b) => a + b, 0);
          atoms.push({ keys: { school: `s${i}`, sector: school.sector, board: school.board, role, tone }, n, counts });
        }),
      ),
    );
    return atoms;
  });

/** Every figure published for one wave: each shown group as the set of atom indices it adds up. */
function publishedWave(
  atoms: readonly AtomCount[],
  breakdowns: Omit<ReleaseRequest, 'atoms' | 'minimum' | 'categories'>[],
) {
  const published: number[][] = [];
  const hidden: number[][] = [];
  for (const request of breakdowns) {
    const release = releaseGroups({ ...request, atoms, minimum, categories: 3 });
    const unitN = new Map<string, number>();
    const unitOf = (a: AtomCount) => request.unit.map((u) => a.keys[u]).join('|');
    for (const a of atoms) unitN.set(unitOf(a), (unitN.get(unitOf(a)) ?? 0) + a.n);
    const released = (i: number) => (unitN.get(unitOf(atoms[i]!)) ?? 0) >= minimum;
    const members = (key: string | null) =>
      atoms.flatMap((a, i) => (a.n > 0 && (key === null || a.keys[request.by!] === key) ? [i] : []));
    for (const [group, key] of [[release.total, null] as const, ...release.groups.map((g) => [g, g.key] as const)]) {
      const all = members(key);
      if (group.hidden !== false) {
        hidden.push(all);
        continue;
      }
      const shown = all.filter(released);
      // What is published is exactly the sum of the released cells of the group: checked, not assumed.
      const expected = shown.reduce((n, i) => n + atoms[i]!.n, 0);
      expect(group.n).toBe(expected);
      expect(group.n === 0 || group.n! >= minimum).toBe(true);
      published.push(shown);
    }
    // A left-out unit is a hidden group too.
    const units = new Set(atoms.filter((a) => a.n > 0).map(unitOf));
    for (const u of units)
      if ((unitN.get(u) ?? 0) < minimum) hidden.push(atoms.flatMap((a, i) => (a.n > 0 && unitOf(a) === u ? [i] : [])));
  }
  return { published, hidden };
}

describe('no hidden group can be computed from everything published for a wave', () => {
  it('answers: every view and role breakdown over units of school × role', () => {
    fc.assert(
      fc.property(organisation, (atoms) => {
        const unit = ['school', 'role'];
        const { published, hidden } = publishedWave(
          atoms,
          [null, 'school', 'sector', 'board', 'role'].map((by) => ({ unit, by })),
        );
        expect(derivableSets(atoms.length, published, hidden)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('stories: sector and role over units of sector × role, schools and tones inside them', () => {
    fc.assert(
      fc.property(organisation, (atoms) => {
        const unit = ['sector', 'role'];
        const { published, hidden } = publishedWave(atoms, [
          { unit, by: null },
          { unit, by: 'sector' },
          { unit, by: 'role' },
          { unit, by: 'school', within: 'sector' },
          { unit, by: 'tone', within: null },
        ]);
        expect(derivableSets(atoms.length, published, hidden)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('derivableSets', () => {
  it('finds a school as its board minus the board’s other, shown school', () => {
    expect(derivableSets(3, [[0, 1], [1], [2]], [[0], [1, 2]])).toEqual([[0], [1, 2]]);
  });
  it('cannot split two hidden schools that are only published together', () => {
    expect(derivableSets(3, [[0, 1, 2], [2]], [[0], [1]])).toEqual([]);
  });
});
