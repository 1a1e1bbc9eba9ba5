import { SUPPRESSED } from '@klankbord/analysis/disclosure';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { type ExportPlan, responseSelection } from './run-export.ts';
import { combinationCounts, decideDisclosure } from './write-responses.ts';

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

/**
 * What an export with this plan would suppress, decided by the export's own pass 1 (decideDisclosure) in a
 * snapshot, and counted by applying that decision's release to every combination of the data.
 */
export async function estimateSuppression(db: Kysely<Database>, plan: ExportPlan): Promise<SuppressionEstimate> {
  const { maxSuppressedShare, qiColumns, responseScope } = await responseSelection(db, plan);
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (tx) => {
      const decision = await decideDisclosure(tx, responseScope, qiColumns, { k: plan.k, maxSuppressedShare });
      if (!decision.ok) {
        return {
          k: plan.k,
          records: decision.totalRecords,
          rowsWithSuppression: 0,
          droppedRows: decision.totalRecords,
          columns: qiColumns.map((c) => ({ quasiIdentifier: c.name, level: 0, levelName: '', suppressedShare: 1 })),
          suppressedColumns: qiColumns.map((c) => c.name),
        };
      }
      const stars = qiColumns.map(() => 0);
      let withStar = 0;
      let released = 0;
      for await (const rows of combinationCounts(tx, responseScope, qiColumns)) {
        for (const { raw, n } of rows) {
          const values = decision.release(raw);
          if (values === null) continue;
          released += n;
          let any = false;
          values.forEach((value, q) => {
            if (value !== SUPPRESSED) return;
            stars[q]! += n;
            any = true;
          });
          if (any) withStar += n;
        }
      }
      const share = (count: number) => (released === 0 ? 0 : count / released);
      return {
        k: plan.k,
        records: decision.totalRecords,
        rowsWithSuppression: withStar,
        droppedRows: decision.droppedRecords,
        columns: decision.generalisation.map((g, q) => ({
          quasiIdentifier: g.quasiIdentifier,
          level: g.level,
          levelName: g.levelName,
          suppressedShare: share(stars[q]!),
        })),
        suppressedColumns: decision.generalisation
          .filter((g) => g.levelName === SUPPRESSED)
          .map((g) => g.quasiIdentifier),
      };
    });
}

/** School is kept when it is released as the school itself and at most this share of its values is '*'. */
const keepsSchool = (estimate: SuppressionEstimate, maxShare: number) => {
  const school = estimate.columns.find((c) => c.quasiIdentifier === 'school');
  return !!school && school.level === 0 && school.suppressedShare <= maxShare;
};

/**
 * A set of quasi-identifiers that keeps school where k allows: starting from `plan`'s set with school,
 * the column most often '*' (other than school) is left out, one at a time, until school itself stays;
 * then each column left out is tried again and kept when school still stays and the column is not all '*'
 * (sector, say, adds nothing school does not tell). Every step is the export's own estimate: about two runs
 * per quasi-identifier.
 * When not even school alone stays, the chosen set is proposed as it is.
 */
export async function proposeQuasiIdentifiers(
  db: Kysely<Database>,
  plan: ExportPlan,
  available: readonly string[],
): Promise<{ quasiIdentifiers: string[]; estimate: SuppressionEstimate }> {
  const maxShare = plan.maxSuppressedShare ?? 0.05;
  const estimate = (names: string[]) => estimateSuppression(db, { ...plan, quasiIdentifiers: names });
  const start = available.includes('school')
    ? [...new Set(['school', ...plan.quasiIdentifiers])]
    : plan.quasiIdentifiers;
  let chosen = start;
  let current = await estimate(chosen);
  const left: string[] = [];
  while (!keepsSchool(current, maxShare) && chosen.length > 1) {
    const worst = current.columns
      .filter((c) => c.quasiIdentifier !== 'school')
      .sort((a, b) => b.suppressedShare - a.suppressedShare || b.level - a.level)[0];
    if (!worst) break;
    chosen = chosen.filter((name) => name !== worst.quasiIdentifier);
    left.push(worst.quasiIdentifier);
    current = await estimate(chosen);
  }
  if (!keepsSchool(current, maxShare)) {
    return { quasiIdentifiers: plan.quasiIdentifiers, estimate: await estimate(plan.quasiIdentifiers) };
  }
  // A column that is '*' in every row tells nothing: it is left out, like a background question not chosen.
  if (current.suppressedColumns.length > 0) {
    left.push(...current.suppressedColumns);
    chosen = chosen.filter((name) => !current.suppressedColumns.includes(name));
    current = await estimate(chosen);
  }
  // Each column left out may come back when school still stays and the column itself is not all '*'.
  for (const name of [...left].reverse()) {
    if (chosen.includes(name)) continue;
    const tried = start.filter((q) => chosen.includes(q) || q === name);
    const withIt = await estimate(tried);
    if (keepsSchool(withIt, maxShare) && withIt.suppressedColumns.length === 0) [chosen, current] = [tried, withIt];
  }
  return { quasiIdentifiers: chosen, estimate: current };
}
