import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, StaffRole } from '../db/database.ts';

// A session ends after two idle hours or twelve hours in all, whichever comes first.
export const sessionIdleMs = 2 * 60 * 60 * 1000;
export const sessionAbsoluteMs = 12 * 60 * 60 * 1000;
// last_seen_at is written at most once a minute, so reading a page is not a write each time.
const touchEveryMs = 60 * 1000;

export interface Membership {
  organisationId: number;
  schoolId: number | null;
  role: StaffRole;
}

export interface SessionUser {
  id: number;
  email: string;
  name: string;
  mustChangePassword: boolean;
  memberships: Membership[];
}

function sessionId(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Starts a session; returns the token for the cookie (only its hash is stored). */
export async function createSession(db: Kysely<Database>, userId: number, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db
    .insertInto('sessions')
    .values({
      id: sessionId(token),
      user_id: userId,
      last_seen_at: now,
      expires_at: new Date(now.getTime() + sessionAbsoluteMs),
    })
    .execute();
  return token;
}

/** The user behind a session token, or null when it is unknown, revoked, idle too long or expired. */
export async function findSessionUser(
  db: Kysely<Database>,
  token: string,
  now = new Date(),
): Promise<SessionUser | null> {
  const id = sessionId(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'users.id',
      'users.email',
      'users.name',
      'users.must_change_password',
      'users.disabled_at',
      'sessions.last_seen_at',
      'sessions.expires_at',
      'sessions.revoked_at',
    ])
    .where('sessions.id', '=', id)
    .executeTakeFirst();
  if (!row || row.revoked_at || row.disabled_at) return null;
  if (row.expires_at.getTime() <= now.getTime() || now.getTime() - row.last_seen_at.getTime() > sessionIdleMs)
    return null;
  if (now.getTime() - row.last_seen_at.getTime() > touchEveryMs) {
    await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', id).execute();
  }
  const memberships = await db
    .selectFrom('memberships')
    .select(['organisation_id', 'school_id', 'role'])
    .where('user_id', '=', row.id)
    .execute();
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    mustChangePassword: row.must_change_password,
    memberships: memberships.map((m) => ({ organisationId: m.organisation_id, schoolId: m.school_id, role: m.role })),
  };
}

export async function revokeSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: new Date() }).where('id', '=', sessionId(token)).execute();
}

export async function revokeUserSessions(db: Kysely<Database>, userId: number): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: new Date() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}
