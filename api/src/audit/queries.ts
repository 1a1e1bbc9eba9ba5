import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';

export interface AuditEntry {
  action: string;
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
