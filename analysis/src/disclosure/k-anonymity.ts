import { type Aggregate, recordsBelowK, recordsBelowKAfter, rollUp } from './aggregate.ts';
import { type CountTable, type LevelCodes, levelCodesOf } from './count-table.ts';
import { type Grouping, GroupingScratch, groupRows, groupTotals } from './grouping.ts';
import { SUPPRESSED } from './hierarchies.ts';

export interface KAnonymityOptions {
  k: number;
  /** Largest share of records that local suppression may touch on the chosen node (default 0.05). */
  maxSuppressedShare?: number;
  /** Above this many rows × lattice nodes the search climbs greedily instead of trying every node. */
  exhaustiveBudget?: number;
}

export interface GeneralisationLevel {
  quasiIdentifier: string;
  level: number;
  levelName: string;
}

export type KAnonymityResult =
  | {
      ok: true;
      k: number;
      generalisation: GeneralisationLevel[];
      search: 'exhaustive' | 'greedy';
      totalRecords: number;
      releasedRecords: number;
      /** Records released with at least one value replaced by '*'. */
      suppressedRecords: number;
      /** Values replaced by '*' in released records. */
      suppressedValues: number;
      /** Records left out entirely: even with every value '*' their class stayed below k. */
      droppedRecords: number;
      /** Per quasi-identifier: released records whose value is '*', by generalisation or by suppression. */
      starredRecords: number[];
      /** Released records with a '*' in any quasi-identifier. */
      recordsWithStar: number;
      minGroupSize: number;
      /** Per quasi-identifier: at most how many distinct values the release holds (its level's values and '*'). */
      valueCounts: number[];
      /** The released values for a record's raw values, or null when the record is left out. */
      release: (raw: readonly string[]) => string[] | null;
    }
  | { ok: false; reason: 'too_few'; message: string; totalRecords: number; k: number };

const NO_VALUE = -1; // the code of '*', whether reached by generalisation or by local suppression

/**
 * Chooses the least generalisation (lattice node with least information loss) at which local
 * suppression of at most `maxSuppressedShare` of the records reaches k, then suppresses. Takes the
 * table's rows (see CountTable.takeRows): a table is anonymised once.
 * @example
 * const result = kAnonymise(table, { k: 5 });
 * if (result.ok) result.release(['11AA', 'po', 'ouder']); // e.g. ['Bestuur A', 'po', 'ouder']
 */
export function kAnonymise(table: CountTable, options: KAnonymityOptions): KAnonymityResult {
  const { k } = options;
  const maxShare = options.maxSuppressedShare ?? 0.05;
  if (table.total < k) {
    return {
      ok: false,
      reason: 'too_few',
      k,
      totalRecords: table.total,
      message: `Er zijn ${table.total} records; met k = ${k} kan geen enkel record worden vrijgegeven.`,
    };
  }
  const codes = levelCodesOf(table);
  // One set of grouping buffers serves the search and then local suppression.
  const scratch = new GroupingScratch(table.size);
  const chosen = chooseNode(table, codes, k, maxShare * table.total, options.exhaustiveBudget ?? 2e7, scratch);
  return suppressLocally(table, codes, chosen.levels, chosen.aggregate, k, chosen.search, scratch);
}

/** The lattice node to suppress from; the table grouped on raw values lives only while it is chosen. */
function chooseNode(
  table: CountTable,
  codes: LevelCodes[],
  k: number,
  allowed: number,
  exhaustiveBudget: number,
  scratch: GroupingScratch,
): { levels: number[]; aggregate: Aggregate; search: 'exhaustive' | 'greedy' } {
  const heights = table.hierarchies.map((h) => h.levels.length - 1);
  const nodes = heights.reduce((acc, h) => acc * (h + 1), 1);
  // The table's size bounds the base aggregate's.
  const base = baseAggregate(table, codes, scratch);
  // The work is per row of the base (distinct raw combinations), so a table that holds equal combinations
  // as separate rows (an estimate projecting a wider count) is searched as the export's own table would be.
  if (nodes * base.size <= exhaustiveBudget)
    return { ...searchAll(base, codes, heights, k, allowed, scratch), search: 'exhaustive' };
  return { ...climb(base, codes, heights, k, allowed, scratch), search: 'greedy' };
}

/** The table's rows grouped on raw values; the table's own copy of the rows is let go. */
function baseAggregate(table: CountTable, codes: LevelCodes[], scratch: GroupingScratch): Aggregate {
  const { columns, counts, size } = table.takeRows();
  return rollUp(
    columns,
    counts,
    size,
    columns.map(() => null),
    codes.map((c) => c.values[0]!.length),
    scratch,
  );
}

const lossOf = (levels: readonly number[], heights: readonly number[]) =>
  levels.reduce((acc, level, q) => acc + (heights[q]! === 0 ? 0 : level / heights[q]!), 0);

function atNode(base: Aggregate, codes: LevelCodes[], levels: readonly number[], scratch: GroupingScratch): Aggregate {
  return rollUp(base.columns, base.counts, base.size, ...fromBase(codes, levels), scratch);
}

/** Every lattice node in order of information loss; the first that passes wins (ties: least suppression). */
function searchAll(
  base: Aggregate,
  codes: LevelCodes[],
  heights: number[],
  k: number,
  allowed: number,
  scratch: GroupingScratch,
) {
  let nodes: number[][] = [[]];
  for (const height of heights)
    nodes = nodes.flatMap((node) => Array.from({ length: height + 1 }, (_, l) => [...node, l]));
  nodes.sort((a, b) => lossOf(a, heights) - lossOf(b, heights));
  let best: { levels: number[]; aggregate: Aggregate; below: number; loss: number } | undefined;
  for (const levels of nodes) {
    const loss = lossOf(levels, heights);
    if (best && loss > best.loss + 1e-9) break;
    const aggregate = atNode(base, codes, levels, scratch);
    const below = recordsBelowK(aggregate.counts, k);
    if (below <= allowed && (!best || below < best.below)) best = { levels, aggregate, below, loss };
  }
  if (!best) throw new Error('unreachable: the top node always passes when total >= k');
  return best;
}

/**
 * Greedy climb for large tables: one level up on the quasi-identifier that removes most risk per unit of
 * loss. Every candidate node is counted straight from the base, through each quasi-identifier's map from
 * raw codes to its level: no node is rolled up until the climb ends, so no intermediate tables of a
 * million rows pile up in memory.
 *
 * Candidates are evaluated lazily: a score from an earlier step is taken as a bound on the score now
 * (generalising one quasi-identifier leaves less risk for the others to remove), so candidates are tried
 * from the highest earlier score down, and the step is taken once no earlier score can beat the best fresh
 * one. Where that assumption fails the climb may take a slightly worse step, never an unsafe one: local
 * suppression afterwards guarantees k either way.
 */
function climb(
  base: Aggregate,
  codes: LevelCodes[],
  heights: number[],
  k: number,
  allowed: number,
  scratch: GroupingScratch,
) {
  const levels = heights.map(() => 0);
  let below = recordsBelowK(base.counts, k);
  let classes = base.size;
  const bound = heights.map(() => Number.POSITIVE_INFINITY);
  while (below > allowed) {
    const candidates = [...heights.keys()]
      .filter((q) => levels[q]! < heights[q]!)
      .sort((a, b) => bound[b]! - bound[a]! || a - b);
    let best: { q: number; below: number; classes: number; score: number } | undefined;
    for (const q of candidates) {
      if (best && bound[q]! <= best.score) break;
      const next = levels.map((level, c) => (c === q ? level + 1 : level));
      const after = recordsBelowKAfter(base.columns, base.counts, base.size, ...fromBase(codes, next), k, scratch);
      // Risk removed per unit of information loss; fewer classes breaks ties when nothing is removed yet.
      const score = (below - after.below) * heights[q]! - after.classes / (classes + 1);
      bound[q] = score;
      if (!best || score > best.score) best = { q, ...after, score };
    }
    if (!best) break;
    levels[best.q] = levels[best.q]! + 1;
    bound[best.q] = Number.POSITIVE_INFINITY; // its next level is another step, not yet scored
    below = best.below;
    classes = best.classes;
  }
  return { levels, aggregate: atNode(base, codes, levels, scratch) };
}

/** The maps from raw codes to the codes of `levels`, and how many codes each level has. */
function fromBase(codes: LevelCodes[], levels: readonly number[]): [Int32Array[], number[]] {
  return [
    levels.map((level, q) => codes[q]!.fromRaw[level]!),
    levels.map((level, q) => codes[q]!.values[level]!.length),
  ];
}

function suppressLocally(
  table: CountTable,
  codes: LevelCodes[],
  levels: number[],
  aggregate: Aggregate,
  k: number,
  search: 'exhaustive' | 'greedy',
  scratch: GroupingScratch,
): KAnonymityResult {
  const values = aggregate.columns.map((column, q) => {
    const names = codes[q]!.values[levels[q]!]!;
    return Int32Array.from(column, (code) => (names[code] === SUPPRESSED ? NO_VALUE : code));
  });
  // Codes shift up by one (offset) so that NO_VALUE (-1) becomes code 0.
  const radices = aggregate.radices.map((r) => r + 1);
  const classSizes = new Float64Array(aggregate.size);
  /** The size of each row's class; valid until the next call. */
  const groupSizes = () => {
    const grouping = groupRows(aggregate.size, { columns: values, radices, offset: 1 }, scratch);
    const totals = groupTotals(grouping, aggregate.counts);
    for (let row = 0; row < aggregate.size; row += 1) classSizes[row] = totals[grouping.groupOf[row]!]!;
    return classSizes;
  };
  // The most detailed quasi-identifier goes first: it splits classes the most.
  const order = [...levels.keys()].sort(
    (a, b) => codes[b]!.values[levels[b]!]!.length - codes[a]!.values[levels[a]!]!.length,
  );
  const touched = new Uint8Array(aggregate.size);
  for (const q of order) {
    const sizes = groupSizes();
    for (let row = 0; row < aggregate.size; row += 1) {
      if (sizes[row]! >= k || values[q]![row] === NO_VALUE) continue;
      values[q]![row] = NO_VALUE;
      touched[row] = 1;
    }
  }
  const sizes = groupSizes();
  const dropped = new Uint8Array(aggregate.size);
  let droppedRecords = 0;
  let suppressedRecords = 0;
  let minGroupSize = Number.POSITIVE_INFINITY;
  const starredRecords = levels.map(() => 0);
  let recordsWithStar = 0;
  for (let row = 0; row < aggregate.size; row += 1) {
    const count = aggregate.counts[row]!;
    if (sizes[row]! < k) {
      dropped[row] = 1;
      droppedRecords += count;
      continue;
    }
    if (touched[row]) suppressedRecords += count;
    minGroupSize = Math.min(minGroupSize, sizes[row]!);
    let starred = false;
    for (let q = 0; q < values.length; q += 1) {
      if (values[q]![row] !== NO_VALUE) continue;
      starredRecords[q]! += count;
      starred = true;
    }
    if (starred) recordsWithStar += count;
  }
  const suppressedValues = countSuppressedValues(aggregate, values, codes, levels, dropped);
  const releasedRecords = table.total - droppedRecords;
  // Its own lookup, sized to the chosen aggregate: the export holds it until the last row is written.
  const { find } = groupRows(aggregate.size, { columns: aggregate.columns, radices: aggregate.radices });
  const release = releaser(table.dictionaries, codes, levels, find, dropped, values);
  return {
    ok: true,
    k,
    search,
    valueCounts: levels.map((level, q) => codes[q]!.values[level]!.length + 1),
    generalisation: levels.map((level, q) => ({
      quasiIdentifier: table.hierarchies[q]!.name,
      level,
      levelName: table.hierarchies[q]!.levels[level]!,
    })),
    totalRecords: table.total,
    releasedRecords,
    suppressedRecords,
    suppressedValues,
    droppedRecords,
    starredRecords,
    recordsWithStar,
    minGroupSize: releasedRecords === 0 ? 0 : minGroupSize,
    release,
  };
}

/**
 * The release function, made apart from suppressLocally so that it keeps alive only what it reads: not
 * the count table's columns nor the aggregate's (tens of megabytes each at national scale).
 */
function releaser(
  dictionaries: CountTable['dictionaries'],
  codes: LevelCodes[],
  levels: readonly number[],
  find: Grouping['find'],
  dropped: Uint8Array,
  values: Int32Array[],
): (raw: readonly string[]) => string[] | null {
  return (raw) => {
    const levelCodes: number[] = [];
    for (let q = 0; q < levels.length; q += 1) {
      const rawCode = dictionaries[q]?.index.get(raw[q] ?? '');
      if (rawCode === undefined) return null; // not in the counted snapshot: never released unchecked
      levelCodes.push(codes[q]!.fromRaw[levels[q]!]![rawCode]!);
    }
    const row = find((q) => levelCodes[q]!);
    if (row === -1 || dropped[row]) return null;
    return levelCodes.map((_, q) => {
      const code = values[q]![row]!;
      return code === NO_VALUE ? SUPPRESSED : codes[q]!.values[levels[q]!]![code]!;
    });
  };
}

/** Values that local suppression replaced by '*' in released records (not '*' from generalisation). */
function countSuppressedValues(
  aggregate: Aggregate,
  values: Int32Array[],
  codes: LevelCodes[],
  levels: number[],
  dropped: Uint8Array,
): number {
  let total = 0;
  for (let row = 0; row < aggregate.size; row += 1) {
    if (dropped[row]) continue;
    for (let q = 0; q < values.length; q += 1) {
      const before = codes[q]!.values[levels[q]!]![aggregate.columns[q]![row]!];
      if (values[q]![row] === NO_VALUE && before !== SUPPRESSED) total += aggregate.counts[row]!;
    }
  }
  return total;
}
