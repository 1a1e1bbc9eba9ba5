import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { writeAudit } from '../audit/queries.ts';
import type { SessionUser } from '../auth/sessions.ts';
import { organisationInScope, scopeOf } from '../organisations/scope.ts';
import type { Database, StaffRole } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { activeThemes } from '../signals/queries.ts';
import { type ActionStatus, findAction, listActions } from './queries.ts';

export const actionStatuses = ['gepland', 'bezig', 'klaar', 'gestopt'] as const satisfies readonly ActionStatus[];
const writeRoles: readonly StaffRole[] = ['board', 'researcher'];
const readRoles: readonly StaffRole[] = ['board', 'researcher', 'admin'];

export interface NewAction {
  organisation: string;
  theme: string;
  year: number;
  title: string;
  owner?: string | undefined;
  status?: ActionStatus | undefined;
  dueOn?: string | null | undefined;
  evaluation?: string | undefined;
}

export interface ActionChanges {
  title?: string | undefined;
  owner?: string | undefined;
  status?: ActionStatus | undefined;
  dueOn?: string | null | undefined;
  evaluation?: string | undefined;
}

export async function actionsOf(
  db: Kysely<Database>,
  user: SessionUser,
  query: { organisation: string; year?: number | undefined },
) {
  const organisation = await organisationInScope(db, user, query.organisation, readRoles);
  return { actions: await listActions(db, organisation.id, query.year) };
}

/** Records a quality-cycle action for a theme of the active codebook; the creation is audit-logged in the same transaction. */
export async function createAction(db: Kysely<Database>, user: SessionUser, input: NewAction) {
  const organisation = await organisationInScope(db, user, input.organisation, writeRoles);
  if (!(await activeThemes(db)).some((t) => t.code === input.theme))
    throw new AppError('form_incomplete', {}, 'Niet alles is goed ingevuld.', {
      theme: [`Het thema "${input.theme}" bestaat niet in het actieve codeboek.`],
    });
  const id = await db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('actions')
      .values({
        organisation_id: organisation.id,
        theme_code: input.theme,
        year: input.year,
        title: input.title,
        owner: input.owner ?? '',
        status: input.status ?? 'gepland',
        due_on: input.dueOn ?? null,
        evaluation: input.evaluation ?? '',
        created_by: user.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(tx, {
      action: 'action.create',
      userId: user.id,
      organisationId: organisation.id,
      details: { actionId: row.id, theme: input.theme, year: input.year, status: input.status ?? 'gepland' },
    });
    return row.id;
  });
  return (await findActionFor(db, user, id, readRoles)).action;
}

async function findActionFor(db: Kysely<Database>, user: SessionUser, id: number, roles: readonly StaffRole[]) {
  const found = await findAction(db, id);
  if (!found) throw new AppError('action_not_found', { id }, `Actie ${id} bestaat niet.`);
  const scope = await scopeOf(db, user, roles);
  if (!scope.organisationIds.has(found.organisationId))
    throw new AppError('action_outside_access', {}, 'Deze actie hoort bij een organisatie buiten jouw toegang.');
  const { organisationId, ...action } = found;
  return { organisationId, action };
}

/** Changes status, evaluation, owner, due date or title; the audit log keeps which fields changed and the status change. */
export async function updateAction(db: Kysely<Database>, user: SessionUser, id: number, changes: ActionChanges) {
  const { organisationId, action: before } = await findActionFor(db, user, id, writeRoles);
  const values = {
    ...(changes.title !== undefined && { title: changes.title }),
    ...(changes.owner !== undefined && { owner: changes.owner }),
    ...(changes.status !== undefined && { status: changes.status }),
    ...(changes.dueOn !== undefined && { due_on: changes.dueOn }),
    ...(changes.evaluation !== undefined && { evaluation: changes.evaluation }),
  };
  await db.transaction().execute(async (tx) => {
    await tx
      .updateTable('actions')
      .set({ ...values, updated_at: sql<Date>`now()` })
      .where('id', '=', id)
      .execute();
    await writeAudit(tx, {
      action: 'action.update',
      userId: user.id,
      organisationId,
      // Field names and the status only: owner and evaluation texts stay in the actions table.
      details: {
        actionId: id,
        fields: Object.keys(changes)
          .filter((k) => changes[k as keyof ActionChanges] !== undefined)
          .sort(),
        ...(changes.status !== undefined &&
          changes.status !== before.status && { status: { from: before.status, to: changes.status } }),
      },
    });
  });
  return (await findActionFor(db, user, id, readRoles)).action;
}
