import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { openReceipt, sealReceipt } from './receipt-seal.ts';

// A send retried after a lost connection carries the submission id of the first try (migration 13).
// The database keeps its hash (unique) and the codes given, sealed with the id itself.

export interface SentCodes {
  receiptCode: string;
  resumeCode?: string;
}

const hashOf = (submissionId: string) =>
  createHash('sha256').update(`klankbord-submission:${submissionId}`).digest('hex');

/** The columns that make this send idempotent; none for a client that sends no id. */
export function submissionColumns(submissionId: string | undefined, codes: SentCodes) {
  if (submissionId === undefined) return {};
  return {
    submission_hash: hashOf(submissionId),
    submission_sealed: sealReceipt(JSON.stringify(codes), submissionId),
  };
}

/** The codes a send with this id was given before, or null when it has not been stored. */
export async function earlierSend(db: Kysely<Database>, submissionId: string): Promise<SentCodes | null> {
  const row = await db
    .selectFrom('responses')
    .select('submission_sealed')
    .where('submission_hash', '=', hashOf(submissionId))
    .executeTakeFirst();
  const opened = row?.submission_sealed ? openReceipt(row.submission_sealed, submissionId) : null;
  return opened ? (JSON.parse(opened) as SentCodes) : null;
}
