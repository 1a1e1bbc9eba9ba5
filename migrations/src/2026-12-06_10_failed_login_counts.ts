import type { Kysely } from 'kysely';
import { runStatements } from './run-statements.ts';

// A login flood wrote one audit row per attempt (issue 15). Failed logins are now one row per account
// (or per unknown account) and hour, whose details count the attempts; existing rows are merged first.
const bucket = `coalesce(user_id, 0), date_trunc('hour', at at time zone 'UTC')`;

export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `update audit_log a set details = jsonb_build_object('attempts', g.n)
      from (select min(id) as id, count(*) as n from audit_log where action = 'auth.login_failed' group by ${bucket}) g
      where a.id = g.id`,
    `delete from audit_log where action = 'auth.login_failed' and id not in
      (select min(id) from audit_log where action = 'auth.login_failed' group by ${bucket})`,
    `create unique index audit_log_failed_login_hour_idx on audit_log (${bucket})
      where action = 'auth.login_failed'`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, [`drop index audit_log_failed_login_hour_idx`]);
}
