import { CountTable } from './count-table.ts';
import { SUPPRESSED } from './hierarchies.ts';
import { kAnonymise } from './k-anonymity.ts';

export interface ColumnEstimate {
  quasiIdentifier: string;
  /** The generalisation level the export will use: 0 is the value itself, the last '*' (the whole column). */
  level: number;
  levelName: string;
  /** Share of the released rows whose value in this column becomes '*'. */
  suppressedShare: number;
}

export interface SuppressionEstimate {
  k: number;
  records: number;
  /** Rows released with at least one '*'. */
  rowsWithSuppression: number;
  /** Rows left out altogether: even with every value '*' their group stayed below k. */
  droppedRows: number;
  columns: ColumnEstimate[];
  /** Columns that are '*' in every row (generalised away). */
  suppressedColumns: string[];
}

export interface ProposalOptions {
  k: number;
  /** Largest share of records local suppression may touch (default 0.05); also the most '*' school may get. */
  maxSuppressedShare?: number;
}

/**
 * What an export on `names` (a subset of the counted quasi-identifiers) would suppress: the export's own
 * decision (kAnonymise) on the combinations of those columns.
 * `counted` is left as it was: the columns are projected out of it, so one count serves every set tried.
 * @example
 * estimateSuppression(counted, ['school', 'role'], { k: 5 }).columns[0]; // { quasiIdentifier: 'school', level: 0, … }
 */
export function estimateSuppression(
  counted: CountTable,
  names: readonly string[],
  options: ProposalOptions,
): SuppressionEstimate {
  const at = names.map((name) => {
    const index = counted.hierarchies.findIndex((h) => h.name === name);
    if (index === -1) throw new Error(`quasi-identifier ${name} was not counted`);
    return index;
  });
  const decision = kAnonymise(counted.project(at), {
    k: options.k,
    maxSuppressedShare: options.maxSuppressedShare ?? 0.05,
  });
  if (!decision.ok)
    return {
      k: options.k,
      records: decision.totalRecords,
      rowsWithSuppression: 0,
      droppedRows: decision.totalRecords,
      columns: names.map((name) => ({ quasiIdentifier: name, level: 0, levelName: '', suppressedShare: 1 })),
      suppressedColumns: [...names],
    };
  const released = decision.releasedRecords;
  const share = (count: number) => (released === 0 ? 0 : count / released);
  return {
    k: options.k,
    records: decision.totalRecords,
    rowsWithSuppression: decision.recordsWithStar,
    droppedRows: decision.droppedRecords,
    columns: decision.generalisation.map((g, q) => ({
      quasiIdentifier: g.quasiIdentifier,
      level: g.level,
      levelName: g.levelName,
      suppressedShare: share(decision.starredRecords[q]!),
    })),
    suppressedColumns: decision.generalisation.filter((g) => g.levelName === SUPPRESSED).map((g) => g.quasiIdentifier),
  };
}

/** School is kept when it is released as the school itself and at most this share of its values is '*'. */
const keepsSchool = (estimate: SuppressionEstimate, maxShare: number) => {
  const school = estimate.columns.find((c) => c.quasiIdentifier === 'school');
  return !!school && school.level === 0 && school.suppressedShare <= maxShare;
};

/**
 * The one rule for which quasi-identifiers an export takes when nobody chose (web, API and CLI alike), and
 * for the proposal beside a researcher's own choice: a set that keeps school where k allows. Starting from
 * `chosen` with school (when counted), the column most often '*' (other than school) is left out, one at a
 * time, until school itself stays; then each column left out is tried again and kept when school still
 * stays and the column is not all '*' (sector, say, adds nothing school does not tell). When not even
 * school alone stays, `chosen` is proposed as it is. `counted` must count every name of `chosen`, and
 * school when the export may have it.
 * @example
 * proposeQuasiIdentifiers(counted, ['school', 'sector', 'locale'], { k: 5 }).quasiIdentifiers; // e.g. ['school', 'sector']
 */
export function proposeQuasiIdentifiers(
  counted: CountTable,
  chosen: readonly string[],
  options: ProposalOptions,
): { quasiIdentifiers: string[]; estimate: SuppressionEstimate } {
  const maxShare = options.maxSuppressedShare ?? 0.05;
  // The same set may be tried twice (a column left out, then tried again): decided once.
  const decided = new Map<string, SuppressionEstimate>();
  const estimate = (names: readonly string[]) => {
    const key = names.join('\u0001');
    let found = decided.get(key);
    if (!found) decided.set(key, (found = estimateSuppression(counted, names, options)));
    return found;
  };
  const start = counted.hierarchies.some((h) => h.name === 'school')
    ? [...new Set(['school', ...chosen])]
    : [...chosen];
  let kept = start;
  let current = estimate(kept);
  const left: string[] = [];
  while (!keepsSchool(current, maxShare) && kept.length > 1) {
    const worst = current.columns
      .filter((c) => c.quasiIdentifier !== 'school')
      .sort((a, b) => b.suppressedShare - a.suppressedShare || b.level - a.level)[0];
    if (!worst) break;
    kept = kept.filter((name) => name !== worst.quasiIdentifier);
    left.push(worst.quasiIdentifier);
    current = estimate(kept);
  }
  if (!keepsSchool(current, maxShare)) return { quasiIdentifiers: [...chosen], estimate: estimate(chosen) };
  // A column that is '*' in every row tells nothing: it is left out, like a background question not chosen.
  if (current.suppressedColumns.length > 0) {
    const blank = current.suppressedColumns;
    left.push(...blank);
    kept = kept.filter((name) => !blank.includes(name));
    current = estimate(kept);
  }
  // Each column left out may come back when school still stays and the column itself is not all '*'.
  for (const name of [...left].reverse()) {
    if (kept.includes(name)) continue;
    const tried = start.filter((q) => kept.includes(q) || q === name);
    const withIt = estimate(tried);
    if (keepsSchool(withIt, maxShare) && withIt.suppressedColumns.length === 0) [kept, current] = [tried, withIt];
  }
  return { quasiIdentifiers: kept, estimate: current };
}
