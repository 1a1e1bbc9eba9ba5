import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.ts';

type Db = Kysely<Database> | Transaction<Database>;

export type ActionStatus = 'gepland' | 'bezig' | 'klaar' | 'gestopt';

const actionColumns = [
  'actions.id',
  'organisations.slug as organisation',
  'actions.theme_code as theme',
  'actions.year',
  'actions.title',
  'actions.owner',
  'actions.status',
  'actions.due_on as dueOn',
  'actions.evaluation',
  'actions.updated_at as updatedAt',
] as const;

function actionsWithOrganisation(db: Db) {
  return db.selectFrom('actions').innerJoin('organisations', 'organisations.id', 'actions.organisation_id');
}

/** Actions of one organisation, by year (newest first), then theme and entry order. */
export async function listActions(db: Db, organisationId: number, year?: number) {
  let query = actionsWithOrganisation(db).select(actionColumns).where('actions.organisation_id', '=', organisationId);
  if (year !== undefined) query = query.where('actions.year', '=', year);
  return query.orderBy('actions.year', 'desc').orderBy('actions.theme_code').orderBy('actions.id').execute();
}

export async function findAction(db: Db, id: number) {
  return actionsWithOrganisation(db)
    .select([...actionColumns, 'actions.organisation_id as organisationId'])
    .where('actions.id', '=', id)
    .executeTakeFirst();
}
