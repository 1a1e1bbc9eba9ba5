import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import type { Database, Sector } from '../db/database.ts';

// The one home of the organisation → board → school tree: an SWV has boards (parent_id), a board or an
// SWV has schools. Every "which schools are under X" / "is S under X" question is answered here.

type Db = Kysely<Database> | Transaction<Database>;

export interface OrganisationRow {
  id: number;
  slug: string;
  name: string;
  kind: 'swv' | 'bestuur';
  parent_id: number | null;
}

export async function organisationBySlug(db: Db, slug: string): Promise<OrganisationRow | undefined> {
  return db
    .selectFrom('organisations')
    .select(['id', 'slug', 'name', 'kind', 'parent_id'])
    .where('slug', '=', slug)
    .executeTakeFirst();
}

/** The ids of the organisations directly under any of these (an SWV's boards). */
export async function childrenOf(db: Db, organisationIds: readonly number[]): Promise<number[]> {
  if (organisationIds.length === 0) return [];
  const rows = await db.selectFrom('organisations').select('id').where('parent_id', 'in', organisationIds).execute();
  return rows.map((r) => r.id);
}

/** The organisation and its child organisations (an SWV and its boards): what a view of it covers. */
export async function organisationAndChildren(db: Db, organisationId: number): Promise<number[]> {
  return [organisationId, ...(await childrenOf(db, [organisationId]))];
}

/** The organisation and (for a board) its SWV: whose waves and settings it shares. */
export function organisationAndParent(organisation: { id: number; parent_id: number | null }): number[] {
  return [organisation.id, ...(organisation.parent_id === null ? [] : [organisation.parent_id])];
}

/** The organisations whose waves concern this one: itself, its boards and (for a board) its SWV. */
export async function organisationFamily(db: Db, organisation: { id: number; parent_id: number | null }) {
  return [...(await organisationAndChildren(db, organisation.id)), ...organisationAndParent(organisation).slice(1)];
}

export interface SchoolUnder {
  id: number;
  name: string;
  sector: Sector;
  brin: string;
  vestiging: string;
}

/** The schools of an organisation and of the boards under it. */
export async function schoolsUnder(db: Db, organisationId: number): Promise<SchoolUnder[]> {
  return db
    .selectFrom('schools')
    .innerJoin('organisations', 'organisations.id', 'schools.organisation_id')
    .select(['schools.id', 'schools.name', 'schools.sector', 'schools.brin', 'schools.vestiging'])
    .where((eb) =>
      eb.or([eb('organisations.id', '=', organisationId), eb('organisations.parent_id', '=', organisationId)]),
    )
    .orderBy('schools.name')
    .execute();
}

/** The school when it belongs to the organisation or one of its boards, with the board it hangs on. */
export async function schoolIsUnder(
  db: Db,
  schoolId: number,
  organisationId: number,
): Promise<(SchoolUnder & { organisation_id: number }) | undefined> {
  return db
    .selectFrom('schools')
    .innerJoin('organisations', 'organisations.id', 'schools.organisation_id')
    .select([
      'schools.id',
      'schools.name',
      'schools.sector',
      'schools.brin',
      'schools.vestiging',
      'schools.organisation_id',
    ])
    .where('schools.id', '=', schoolId)
    .where((eb) =>
      eb.or([eb('organisations.id', '=', organisationId), eb('organisations.parent_id', '=', organisationId)]),
    )
    .executeTakeFirst();
}

/** The first (lowest id) of these schools that lies under one of the organisations. */
export async function firstSchoolAmong(
  db: Db,
  schoolIds: readonly number[],
  organisationIds: readonly number[],
): Promise<number | undefined> {
  if (schoolIds.length === 0 || organisationIds.length === 0) return undefined;
  const row = await db
    .selectFrom('schools')
    .select('id')
    .where('id', 'in', schoolIds)
    .where('organisation_id', 'in', organisationIds)
    .orderBy('id')
    .executeTakeFirst();
  return row?.id;
}

/** Names of the schools under the organisation and its boards (redactors know them). */
export async function schoolNamesUnder(db: Db, organisationId: number): Promise<string[]> {
  return (await schoolsUnder(db, organisationId)).map((s) => s.name);
}

/** SQL: the ids of the schools under the organisation and its boards, for `school_id in (…)`. */
export function schoolIdsUnderSql(organisationId: number): RawBuilder<unknown> {
  return sql`(select sch.id from schools sch join organisations org on org.id = sch.organisation_id
    where org.id = ${sql.lit(organisationId)} or org.parent_id = ${sql.lit(organisationId)})`;
}

/** For each of these organisations, the ids of the schools under it and its boards. */
export async function schoolIdsByOrganisation(
  db: Db,
  organisationIds: readonly number[],
): Promise<Map<number, number[]>> {
  const result = new Map<number, number[]>(organisationIds.map((id) => [id, []]));
  if (organisationIds.length === 0) return result;
  const rows = await db
    .selectFrom('organisations as o')
    .innerJoin('organisations as c', (join) =>
      join.on((eb) => eb.or([eb('c.id', '=', eb.ref('o.id')), eb('c.parent_id', '=', eb.ref('o.id'))])),
    )
    .innerJoin('schools as s', 's.organisation_id', 'c.id')
    .select(['o.id as organisation_id', 's.id as school_id'])
    .where('o.id', 'in', organisationIds)
    .orderBy('s.id')
    .execute();
  for (const row of rows) result.get(row.organisation_id)?.push(row.school_id);
  return result;
}

/** The board (or SWV) each school of these organisations hangs on: for figures per board. */
export async function boardsOfSchools(
  db: Db,
  organisationIds: readonly number[],
): Promise<Map<number, { id: number; name: string }>> {
  if (organisationIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('schools')
    .innerJoin('organisations', 'organisations.id', 'schools.organisation_id')
    .select(['schools.id as school_id', 'organisations.id', 'organisations.name'])
    .where('schools.organisation_id', 'in', organisationIds)
    .where('organisations.kind', '=', 'bestuur')
    .execute();
  return new Map(rows.map((r) => [r.school_id, { id: r.id, name: r.name }]));
}
