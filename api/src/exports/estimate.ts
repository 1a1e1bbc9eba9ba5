import {
  type CountTable,
  estimateSuppression,
  proposeQuasiIdentifiers as proposeFrom,
  type SuppressionEstimate,
} from '@klankbord/analysis/disclosure';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import { type ExportPlan, responseSelection } from './run-export.ts';
import { countCombinations } from './write-responses.ts';

/**
 * The plan's quasi-identifier combinations with their counts, by the export's own GROUP BY (pass 1) in one
 * snapshot. Counted once for the widest set, every narrower set is estimated from it in memory: the export
 * page tries a dozen sets, and a pass over 50,000 responses per set took seconds each.
 */
async function countedFor(db: Kysely<Database>, plan: ExportPlan): Promise<CountTable> {
  const { qiColumns, responseScope } = await responseSelection(db, plan);
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (tx) => {
      // The widest set groups on a dozen columns: at 50,000 responses the default 4 MB sorted on disk
      // (0.85 s); in memory the same GROUP BY hashes in about half the time. Only for this transaction.
      await sql`set local work_mem = '64MB'`.execute(tx);
      return countCombinations(tx, responseScope, qiColumns);
    });
}

const optionsOf = (plan: ExportPlan) => ({ k: plan.k, maxSuppressedShare: plan.maxSuppressedShare ?? 0.05 });

/** The set the proposal starts from: the plan's, with school first when the export can have it. */
const proposalStart = (plan: ExportPlan, available: readonly string[]) =>
  available.includes('school') ? [...new Set(['school', ...plan.quasiIdentifiers])] : plan.quasiIdentifiers;

/**
 * One count of the responses for a plan: its quasi-identifiers with school where the export can have it
 * (`available`), so the plan's estimate and the proposal beside it are both made from it in memory.
 */
export const countForProposal = (db: Kysely<Database>, plan: ExportPlan, available: readonly string[]) =>
  countedFor(db, { ...plan, quasiIdentifiers: proposalStart(plan, available) });

/** The plan's own estimate and the proposal beside it (a set that keeps school where k allows). */
export const estimateAndPropose = (counted: CountTable, plan: ExportPlan) => ({
  estimate: estimateSuppression(counted, plan.quasiIdentifiers, optionsOf(plan)),
  proposal: proposeFrom(counted, plan.quasiIdentifiers, optionsOf(plan)),
});

/**
 * The proposal for a plan: what an export takes when nobody named quasi-identifiers (web, API, CLI).
 * `counted` must count the plan's quasi-identifiers and school when the export may have it (countForProposal).
 */
export const proposeQuasiIdentifiers = (
  counted: CountTable,
  plan: ExportPlan,
): { quasiIdentifiers: string[]; estimate: SuppressionEstimate } =>
  proposeFrom(counted, plan.quasiIdentifiers, optionsOf(plan));
