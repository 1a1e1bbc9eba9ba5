import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

// A questionnaire sent offline or cut off is sent again with the same submission id (issue 14): its hash
// is unique, so the response is stored once however often it arrives, and the codes given the first time
// come back sealed with that id (only its sender can open them).
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `alter table responses add column submission_hash text`,
    `alter table responses add column submission_sealed text`,
    `alter table responses add constraint responses_submission_hash_key unique (submission_hash)`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `alter table responses drop column submission_sealed`,
    `alter table responses drop column submission_hash`,
  ]);
}
