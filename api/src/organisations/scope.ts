import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.ts';
import type { Database, StaffRole } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { childrenOf, type OrganisationRow, organisationBySlug } from './hierarchy.ts';

export type { OrganisationRow } from './hierarchy.ts';

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
  return {
    organisationIds: new Set([...orgIds, ...(await childrenOf(db, orgIds))]),
    schoolIds: new Set(relevant.flatMap((m) => (m.schoolId === null ? [] : [m.schoolId]))),
  };
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
  const organisation = await organisationBySlug(db, slug);
  if (!organisation) throw new AppError('organisation_not_found', { slug }, `No organisation "${slug}".`);
  const scope = await scopeOf(db, user, roles);
  if (!scope.organisationIds.has(organisation.id))
    throw new AppError('organisation_outside_access', {}, 'This organisation lies outside your access.');
  return organisation;
}
