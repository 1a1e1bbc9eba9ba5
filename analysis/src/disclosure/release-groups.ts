// What may be published about a group (DESIGN.md, "Disclosure control"): the one rule every view,
// role, report and trend of a wave goes through.
//
// - Group threshold: a group is shown when at least `minimum` people in it answered (for stories:
//   wrote one); then its whole distribution is shown, small counts and zeros included.
// - No subtraction, by leaving out: the loader counts the finest cells a wave is published in (the
//   unit: school × role for answers, sector × role for stories). A unit below the minimum is left
//   out of every published figure — school, sector, board, organisation total, role, trend — so no
//   difference of published figures contains any of its answers. The hidden unit's group says
//   "te weinig reacties"; a larger group keeps its shares, without the left-out people (`partial`).
// - Breakdowns finer than the unit (stories per school, per tone) cannot leave anyone out without
//   emptying the unit, so inside each published parent the hidden groups are made at least two, with
//   together at least `minimum` people, by also hiding the smallest shown ones (`protects_smaller`).
// - Unanimity: a shown group in which everyone gave the same answer is shown as it is. Its members
//   are at least `minimum` people and the finding is the group's; hiding exactly those groups would
//   itself say what they answered ("hidden although large enough" would mean "all alike").

export type HiddenReason = 'too_few' | 'protects_smaller';

/** Counts of the finest cell a loader reads: its attributes, its people and their answers per category. */
export interface AtomCount {
  readonly keys: Readonly<Record<string, string>>;
  /** People in the cell who answered (for stories: stories). */
  readonly n: number;
  /** Per category (answer value, option, theme); multi-answer categories may add up to more than n. */
  readonly counts: readonly number[];
}

/** One published group: its figures, or why it is hidden (then without its n). */
export interface ReleasedGroup {
  readonly key: string;
  readonly hidden: false | HiddenReason;
  readonly n: number | null;
  readonly counts: readonly number[] | null;
  /** Some of its people are in a unit below the minimum and are left out of its figures. */
  readonly partial: boolean;
}

export interface ReleaseRequest {
  readonly atoms: readonly AtomCount[];
  readonly minimum: number;
  /** Attributes that together name a unit: a unit below the minimum is left out of every figure. */
  readonly unit: readonly string[];
  /** The attribute to break down by; null for the total only. */
  readonly by: string | null;
  /** For a breakdown finer than the unit: the attribute of the published group it divides (null: the total). */
  readonly within?: string | null;
  /** Number of categories (answer values); needed when there are no atoms. */
  readonly categories: number;
}

export interface Release {
  readonly total: ReleasedGroup;
  readonly groups: readonly ReleasedGroup[];
}

interface Tally {
  key: string;
  parent: string;
  all: number;
  n: number;
  counts: number[];
}

const separator = '\u0000';

/** The units (as keys) whose people are left out of every published figure. */
export function leftOutUnits(atoms: readonly AtomCount[], unit: readonly string[], minimum: number): Set<string> {
  const sizes = new Map<string, number>();
  for (const atom of atoms) {
    const key = unitKey(atom, unit);
    sizes.set(key, (sizes.get(key) ?? 0) + atom.n);
  }
  return new Set([...sizes].filter(([, n]) => n > 0 && n < minimum).map(([key]) => key));
}

export function unitKey(atom: AtomCount, unit: readonly string[]): string {
  // One attribute is the common case (a school): no array to build per cell.
  if (unit.length === 1) return atom.keys[unit[0]!] ?? '';
  return unit.map((a) => atom.keys[a] ?? '').join(separator);
}

function add(t: Tally, atom: AtomCount, released: boolean): void {
  t.all += atom.n;
  if (!released) return;
  t.n += atom.n;
  const counts = atom.counts;
  for (let j = 0; j < counts.length; j++) t.counts[j] = (t.counts[j] ?? 0) + (counts[j] ?? 0);
}

function show(t: Tally, minimum: number, hidden: false | HiddenReason = false): ReleasedGroup {
  // Nobody in it: a zero tells nothing about anyone.
  const empty = t.all === 0;
  const reason =
    hidden || (empty || t.n >= minimum ? false : t.n > 0 || t.all < minimum ? 'too_few' : 'protects_smaller');
  if (reason) return { key: t.key, hidden: reason, n: null, counts: null, partial: false };
  return { key: t.key, hidden: false, n: t.n, counts: t.counts, partial: t.n < t.all };
}

/**
 * Publishes the total and the groups of one breakdown under the group rule (see the file comment).
 * @example
 * releaseGroups({ atoms: [{ keys: { school: 'A' }, n: 12, counts: [2, 10] }, { keys: { school: 'B' }, n: 3, counts: [3, 0] }],
 *   minimum: 10, unit: ['school'], by: 'school', categories: 2 });
 * // total n 12 [2, 10] partial; A shown; B hidden 'too_few'
 */
export function releaseGroups(request: ReleaseRequest): Release {
  const { atoms, minimum, unit, by, categories } = request;
  const within = request.within ?? null;
  const left = leftOutUnits(atoms, unit, minimum);
  const blank = (key: string, parent: string): Tally => ({
    key,
    parent,
    all: 0,
    n: 0,
    counts: new Array(categories).fill(0),
  });
  const total = blank('', '');
  const tallies = new Map<string, Tally>();
  for (const atom of atoms) {
    const released = left.size === 0 || !left.has(unitKey(atom, unit));
    add(total, atom, released);
    if (by === null) continue;
    const key = atom.keys[by] ?? '';
    let tally = tallies.get(key);
    if (!tally) tallies.set(key, (tally = blank(key, within === null ? '' : (atom.keys[within] ?? ''))));
    add(tally, atom, released);
  }
  const groups = [...tallies.values()];
  const hidden = new Map<string, HiddenReason>();
  // Complements, inside each parent: only a breakdown finer than the unit has groups of 1..minimum−1 people.
  const parents = new Map<string, Tally[]>();
  for (const g of groups) {
    if (g.n === 0) continue;
    const members = parents.get(g.parent);
    if (members) members.push(g);
    else parents.set(g.parent, [g]);
  }
  for (const members of parents.values()) {
    const small = members.filter((g) => g.n < minimum);
    if (small.length === 0) continue;
    const shown = members.filter((g) => g.n >= minimum).sort((a, b) => a.n - b.n || a.key.localeCompare(b.key));
    let count = small.length;
    let people = small.reduce((a, g) => a + g.n, 0);
    for (const g of shown) {
      if (count >= 2 && people >= minimum) break;
      hidden.set(g.key, 'protects_smaller');
      count += 1;
      people += g.n;
    }
  }
  return {
    total: show(total, minimum),
    groups: groups.map((g) => show(g, minimum, hidden.get(g.key) ?? false)),
  };
}
