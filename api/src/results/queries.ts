import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { ResultsSnapshot } from './results-snapshot.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** Every version published for an organisation and year, newest first, with who published it. */
export async function publicationsOf(db: Db, organisationId: number, year: number) {
  return db
    .selectFrom('results_publications as p')
    .leftJoin('users as u', 'u.id', 'p.published_by')
    .select([
      'p.version',
      'p.published_at as publishedAt',
      'u.name as publishedBy',
      'p.unpublished_at as unpublishedAt',
    ])
    .where('p.organisation_id', '=', organisationId)
    .where('p.year', '=', year)
    .orderBy('p.version', 'desc')
    .execute();
}

/** The live (latest, not withdrawn) publication of a year, or of the newest year when none is given. */
export async function livePublication(db: Db, organisationId: number, year?: number) {
  let query = db
    .selectFrom('results_publications')
    .select(['year', 'version', 'published_at as publishedAt', 'snapshot'])
    .where('organisation_id', '=', organisationId)
    .where('unpublished_at', 'is', null);
  if (year !== undefined) query = query.where('year', '=', year);
  const row = await query.orderBy('year', 'desc').orderBy('version', 'desc').executeTakeFirst();
  return row && { ...row, snapshot: row.snapshot as unknown as ResultsSnapshot };
}

export async function insertPublication(
  tx: Transaction<Database>,
  input: { organisationId: number; year: number; userId: number; snapshot: ResultsSnapshot },
) {
  const last = await tx
    .selectFrom('results_publications')
    .select((eb) => eb.fn.max('version').as('version'))
    .where('organisation_id', '=', input.organisationId)
    .where('year', '=', input.year)
    .executeTakeFirst();
  return tx
    .insertInto('results_publications')
    .values({
      organisation_id: input.organisationId,
      year: input.year,
      version: Number(last?.version ?? 0) + 1,
      published_by: input.userId > 0 ? input.userId : null,
      snapshot: JSON.stringify(input.snapshot),
    })
    .returning(['version', 'published_at as publishedAt'])
    .executeTakeFirstOrThrow();
}

/** Withdraws every live version of the year; returns how many there were. */
export async function withdrawPublications(
  tx: Transaction<Database>,
  input: { organisationId: number; year: number; userId: number },
) {
  const rows = await tx
    .updateTable('results_publications')
    .set({ unpublished_at: sql<Date>`now()`, unpublished_by: input.userId })
    .where('organisation_id', '=', input.organisationId)
    .where('year', '=', input.year)
    .where('unpublished_at', 'is', null)
    .returning('version')
    .execute();
  return rows.length;
}
