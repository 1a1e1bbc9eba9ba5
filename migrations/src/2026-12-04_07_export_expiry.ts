import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

// Export files are kept for a while, not for ever (issue 7): an export whose ZIP was deleted by the
// retention sweep is 'expired', so its row and audit trail stay while the data is gone.
export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `alter table exports drop constraint exports_status_check`,
    `alter table exports add constraint exports_status_check
      check (status in ('queued', 'running', 'done', 'failed', 'expired'))`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `update exports set status = 'failed', error = 'Expired.' where status = 'expired'`,
    `alter table exports drop constraint exports_status_check`,
    `alter table exports add constraint exports_status_check
      check (status in ('queued', 'running', 'done', 'failed'))`,
  ]);
}
