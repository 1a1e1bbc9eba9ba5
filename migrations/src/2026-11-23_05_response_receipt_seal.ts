import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

// A partial response keeps its receipt code sealed with the resume code (AES-GCM, key derived from the
// resume code, which is itself stored only as a hash), so whoever continues on another device gets the
// same receipt code back, while a copy of the database alone reveals no receipt code. Cleared on completion.
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `alter table responses add column receipt_sealed text`,
    `alter table responses add constraint responses_receipt_sealed_partial_check check (receipt_sealed is null or status = 'partial')`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `alter table responses drop constraint responses_receipt_sealed_partial_check`,
    `alter table responses drop column receipt_sealed`,
  ]);
}
