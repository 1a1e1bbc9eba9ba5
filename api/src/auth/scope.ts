import type { Kysely } from 'kysely';
import type { Database, StaffRole } from '../db/database.ts';
import { AppError } from '../errors.ts';
import type { SessionUser } from './sessions.ts';

export interface Scope {
  /** Organisations covered as a whole: an SWV membership covers the SWV and its boards. */
  organisationIds: Set<number>;
  /** Schools covered one by one (school memberships). */
  schoolIds: Set<number>;
}

/** What the user's memberships with one of `roles` cover. */
export async function scopeOf(db: Kysely<Database>, user: SessionUser, roles: readonly StaffRole[]): Promise<Scope> {
  const relevant = user.memberships.filter((m) => roles.includes(m.role));
  const orgIds = relevant.filter((m) => m.schoolId === null).map((m) => m.organisationId);
  const children = orgIds.length
    ? await db.selectFrom('organisations').select('id').where('parent_id', 'in', orgIds).execute()
    : [];
  return {
    organisationIds: new Set([...orgIds, ...children.map((c) => c.id)]),
    schoolIds: new Set(relevant.flatMap((m) => (m.schoolId === null ? [] : [m.schoolId]))),
  };
}

export interface OrganisationRow {
  id: number;
  slug: string;
  name: string;
  kind: 'swv' | 'bestuur';
  parent_id: number | null;
}

/**
 * The organisation with this slug when the user's roles cover it as a whole; 404 when no such
 * organisation exists, 403 when it exists but lies outside the user's scope.
 */
export async function organisationInScope(
  db: Kysely<Database>,
  user: SessionUser,
  slug: string,
  roles: readonly StaffRole[],
): Promise<OrganisationRow> {
  const organisation = await db
    .selectFrom('organisations')
    .select(['id', 'slug', 'name', 'kind', 'parent_id'])
    .where('slug', '=', slug)
    .executeTakeFirst();
  if (!organisation) throw new AppError('not_found', `No organisation "${slug}".`);
  const scope = await scopeOf(db, user, roles);
  if (!scope.organisationIds.has(organisation.id))
    throw new AppError('forbidden', 'This organisation lies outside your access.');
  return organisation;
}
