import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { AuditAction } from './audit-actions.ts';

export interface AuditEntry {
  action: AuditAction;
  userId: number | null;
  organisationId?: number | null;
  /** Parameters of what was done (scope, counts); never respondents' words or personal data. */
  details?: Record<string, unknown>;
}

export async function writeAudit(db: Kysely<Database>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      action: entry.action,
      user_id: entry.userId,
      organisation_id: entry.organisationId ?? null,
      details: JSON.stringify(entry.details ?? {}),
    })
    .execute();
}

/**
 * One row per account (unknown accounts share one) and hour, counting the attempts: a login flood
 * adds to a count instead of filling the log.
 */
export async function recordFailedLogin(db: Kysely<Database>, userId: number | null): Promise<void> {
  await sql`
    insert into audit_log (action, user_id, details)
    values ('auth.login_failed', ${userId}, '{"attempts": 1}'::jsonb)
    on conflict (coalesce(user_id, 0), date_trunc('hour', at at time zone 'UTC'))
      where action = 'auth.login_failed'
    do update set details = jsonb_build_object('attempts', (audit_log.details ->> 'attempts')::int + 1)
  `.execute(db);
}
