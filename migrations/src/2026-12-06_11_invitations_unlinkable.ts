import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

// Invitations keep whether they were used, not when (issue 15): a day of use matched the response's
// submitted_on whenever one invitation and one response fell on the same day. Rewriting every row here
// also gives the existing rows one transaction id, so nothing of the old redemption order survives in
// xmin (older row versions are gone after the next vacuum).
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `alter table invitations add column used boolean not null default false`,
    `update invitations set used = (used_on is not null)`,
    `alter table invitations drop column used_on`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `alter table invitations add column used_on date`,
    // The day of use is not known any more; the day of the migration stands in for it.
    `update invitations set used_on = current_date where used`,
    `alter table invitations drop column used`,
  ]);
}
