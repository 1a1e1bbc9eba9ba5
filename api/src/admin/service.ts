import type { Kysely } from 'kysely';
import { writeAudit } from '../audit/queries.ts';
import { generatePassword, hashPassword } from '../auth/password.ts';
import { schoolIsUnder } from '../organisations/hierarchy.ts';
import { type Scope, scopeOf } from '../organisations/scope.ts';
import { revokeUserSessions, type SessionUser } from '../auth/sessions.ts';
import type { Database, StaffRole } from '../db/database.ts';
import { AppError } from '../errors.ts';

export interface MembershipInput {
  role: StaffRole;
  organisation: string;
  schoolId?: number | undefined;
}

const outside = () => new AppError('account_outside_access', {}, 'This account lies outside your access.');

export async function adminScope(db: Kysely<Database>, admin: SessionUser): Promise<Scope> {
  return scopeOf(db, admin, ['admin']);
}

/** Resolves a membership an admin asks for, checking it falls inside the admin's organisations. */
async function resolveMembership(db: Kysely<Database>, scope: Scope, input: MembershipInput) {
  const organisation = await db
    .selectFrom('organisations')
    .select(['id'])
    .where('slug', '=', input.organisation)
    .executeTakeFirst();
  if (!organisation)
    throw new AppError(
      'organisation_unknown',
      { slug: input.organisation },
      `No organisation "${input.organisation}".`,
      {
        organisation: ['Unknown organisation.'],
      },
    );
  if (!scope.organisationIds.has(organisation.id))
    throw new AppError('organisation_outside_access', {}, 'That organisation lies outside your access.');
  if ((input.role === 'school') !== (input.schoolId !== undefined)) {
    throw new AppError('school_role_needs_school', {}, 'The school role needs a school, and only that role.', {
      schoolId: ['Give a school for the school role, and only for it.'],
    });
  }
  if (input.schoolId !== undefined) {
    const school = await schoolIsUnder(db, input.schoolId, organisation.id);
    if (!school) {
      throw new AppError('school_not_in_organisation', {}, 'That school is not part of the organisation.', {
        schoolId: ['Not a school of this organisation.'],
      });
    }
    // A school membership hangs on the school's own board.
    return { organisation_id: school.organisation_id, school_id: school.id, role: input.role };
  }
  return { organisation_id: organisation.id, school_id: null, role: input.role };
}

/** Users with at least one membership inside the admin's scope. */
async function userIdsInScope(db: Kysely<Database>, scope: Scope): Promise<number[]> {
  const orgIds = [...scope.organisationIds];
  if (orgIds.length === 0) return [];
  const rows = await db
    .selectFrom('memberships')
    .select('user_id')
    .distinct()
    .where('organisation_id', 'in', orgIds)
    .execute();
  return rows.map((r) => r.user_id);
}

/**
 * An admin may act on an account (reset, disable, memberships) only when every one of its memberships
 * lies inside the admin's scope: an account shared with another organisation belongs to both admins,
 * and either could otherwise take it over and read the other's data.
 */
export async function assertAccountWithinScope(db: Kysely<Database>, scope: Scope, userId: number): Promise<void> {
  const memberships = await db
    .selectFrom('memberships')
    .select('organisation_id')
    .where('user_id', '=', userId)
    .execute();
  if (memberships.length === 0 || memberships.some((m) => !scope.organisationIds.has(m.organisation_id)))
    throw outside();
}

/** Accounts whose memberships all lie inside the scope (see assertAccountWithinScope). */
async function userIdsWithinScope(db: Kysely<Database>, scope: Scope, candidates: number[]): Promise<number[]> {
  if (candidates.length === 0) return [];
  const rows = await db
    .selectFrom('memberships')
    .select(['user_id', 'organisation_id'])
    .where('user_id', 'in', candidates)
    .execute();
  const outsideIds = new Set(rows.filter((r) => !scope.organisationIds.has(r.organisation_id)).map((r) => r.user_id));
  return candidates.filter((id) => !outsideIds.has(id));
}

export async function listUsers(db: Kysely<Database>, scope: Scope) {
  const ids = await userIdsInScope(db, scope);
  if (ids.length === 0) return [];
  const manageable = new Set(await userIdsWithinScope(db, scope, ids));
  const users = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'disabled_at', 'must_change_password'])
    .where('id', 'in', ids)
    .orderBy('email')
    .execute();
  const memberships = await db
    .selectFrom('memberships')
    .innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
    .leftJoin('schools', 'schools.id', 'memberships.school_id')
    .select([
      'memberships.id',
      'memberships.user_id',
      'memberships.role',
      'organisations.slug',
      'organisations.name as organisation_name',
      'schools.id as school_id',
      'schools.name as school_name',
    ])
    .where('memberships.user_id', 'in', ids)
    .where('memberships.organisation_id', 'in', [...scope.organisationIds])
    .orderBy('memberships.id')
    .execute();
  return users.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    disabled: u.disabled_at !== null,
    mustChangePassword: u.must_change_password,
    // False for an account shared with an organisation outside this admin's: only its membership here can go.
    manageable: manageable.has(u.id),
    memberships: memberships
      .filter((m) => m.user_id === u.id)
      .map((m) => ({
        id: m.id,
        role: m.role,
        organisation: { slug: m.slug, name: m.organisation_name },
        school: m.school_id ? { id: m.school_id, name: m.school_name ?? '' } : null,
      })),
  }));
}

export async function createUserAccount(
  db: Kysely<Database>,
  admin: SessionUser,
  input: { email: string; name: string } & MembershipInput,
) {
  const scope = await adminScope(db, admin);
  const membership = await resolveMembership(db, scope, input);
  const exists = await db.selectFrom('users').select('id').where('email', '=', input.email).executeTakeFirst();
  if (exists)
    throw new AppError('account_exists', { email: input.email }, `An account for ${input.email} exists already.`);
  const oneTimePassword = generatePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  const id = await db.transaction().execute(async (tx) => {
    const { id } = await tx
      .insertInto('users')
      .values({ email: input.email, name: input.name, password_hash: passwordHash, must_change_password: true })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('memberships')
      .values({ user_id: id, ...membership })
      .execute();
    await writeAudit(tx, {
      action: 'user.create',
      userId: admin.id,
      organisationId: membership.organisation_id,
      details: { targetUserId: id, role: input.role },
    });
    return id;
  });
  return { id, oneTimePassword };
}

export async function addMembership(db: Kysely<Database>, admin: SessionUser, userId: number, input: MembershipInput) {
  const scope = await adminScope(db, admin);
  await assertAccountWithinScope(db, scope, userId);
  const membership = await resolveMembership(db, scope, input);
  return db.transaction().execute(async (tx) => {
    const duplicate = await tx
      .selectFrom('memberships')
      .select('id')
      .where('user_id', '=', userId)
      .where('organisation_id', '=', membership.organisation_id)
      .where('role', '=', membership.role)
      .where((eb) =>
        membership.school_id === null ? eb('school_id', 'is', null) : eb('school_id', '=', membership.school_id),
      )
      .executeTakeFirst();
    if (duplicate) throw new AppError('role_exists', {}, 'This account has that role already.');
    const { id } = await tx
      .insertInto('memberships')
      .values({ user_id: userId, ...membership })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(tx, {
      action: 'user.membership_added',
      userId: admin.id,
      organisationId: membership.organisation_id,
      details: { targetUserId: userId, role: input.role },
    });
    return id;
  });
}

export async function removeMembership(db: Kysely<Database>, admin: SessionUser, membershipId: number): Promise<void> {
  const scope = await adminScope(db, admin);
  const membership = await db
    .selectFrom('memberships')
    .select(['id', 'user_id', 'organisation_id', 'role'])
    .where('id', '=', membershipId)
    .executeTakeFirst();
  if (!membership || !scope.organisationIds.has(membership.organisation_id))
    throw new AppError('membership_outside_access', {}, 'This membership lies outside your access.');
  if (membership.user_id === admin.id && membership.role === 'admin')
    throw new AppError('own_admin_role', {}, 'You cannot take away your own admin role.');
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('memberships').where('id', '=', membershipId).execute();
    await revokeUserSessions(tx, membership.user_id);
    await writeAudit(tx, {
      action: 'user.membership_removed',
      userId: admin.id,
      organisationId: membership.organisation_id,
      details: { targetUserId: membership.user_id, role: membership.role },
    });
  });
}

export async function setDisabled(
  db: Kysely<Database>,
  admin: SessionUser,
  userId: number,
  disabled: boolean,
): Promise<void> {
  const scope = await adminScope(db, admin);
  await assertAccountWithinScope(db, scope, userId);
  if (userId === admin.id && disabled)
    throw new AppError('own_account_disable', {}, 'You cannot disable your own account.');
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('users')
      .set({ disabled_at: disabled ? new Date() : null })
      .where('id', '=', userId)
      .execute();
    if (disabled) await revokeUserSessions(tx, userId);
    await writeAudit(tx, {
      action: disabled ? 'user.disabled' : 'user.enabled',
      userId: admin.id,
      details: { targetUserId: userId },
    });
  });
}

export async function resetPassword(db: Kysely<Database>, admin: SessionUser, userId: number) {
  const scope = await adminScope(db, admin);
  await assertAccountWithinScope(db, scope, userId);
  const oneTimePassword = generatePassword();
  const hash = await hashPassword(oneTimePassword);
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('users')
      .set({ password_hash: hash, must_change_password: true })
      .where('id', '=', userId)
      .execute();
    await revokeUserSessions(tx, userId);
    await writeAudit(tx, { action: 'user.password_reset', userId: admin.id, details: { targetUserId: userId } });
  });
  return { oneTimePassword };
}

export async function listAudit(
  db: Kysely<Database>,
  scope: Scope,
  options: { limit: number; before?: number | undefined },
) {
  const orgIds = [...scope.organisationIds];
  if (orgIds.length === 0) return [];
  // Entries of one organisation are shown to its admins only; entries tied to no organisation (logins,
  // password changes) only for accounts wholly inside the scope, never those of a shared account.
  const userIds = await userIdsWithinScope(db, scope, await userIdsInScope(db, scope));
  let query = db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.user_id')
    .leftJoin('organisations', 'organisations.id', 'audit_log.organisation_id')
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.action',
      'audit_log.details',
      'users.email',
      'organisations.slug',
      'organisations.name as organisation_name',
    ])
    .where((eb) =>
      eb.or([
        eb('audit_log.organisation_id', 'in', orgIds),
        ...(userIds.length
          ? [eb.and([eb('audit_log.organisation_id', 'is', null), eb('audit_log.user_id', 'in', userIds)])]
          : []),
      ]),
    )
    .orderBy('audit_log.id', 'desc')
    .limit(options.limit);
  if (options.before !== undefined) query = query.where('audit_log.id', '<', options.before);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    action: r.action,
    user: r.email,
    organisation: r.slug,
    // The name for people to read; the slug stays for programs.
    organisationName: r.organisation_name,
    details: r.details,
  }));
}
