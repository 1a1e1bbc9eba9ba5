import { type Kysely, sql } from 'kysely';
import { writeAudit } from '../audit/queries.ts';
import type { Database, Sector } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { todayInAmsterdam } from '../respondents/dates.ts';
import { type OrganisationRow, schoolIdsUnderSql, schoolIsUnder } from './hierarchy.ts';

/** The admin's view of an organisation: its boards, its schools with their open links. */
export async function organisationRegistry(db: Kysely<Database>, organisation: OrganisationRow) {
  const boards = await db
    .selectFrom('organisations')
    .select(['id', 'slug', 'name', 'duo_number as duoNumber'])
    .where('parent_id', '=', organisation.id)
    .orderBy('name')
    .execute();
  const schools = await db
    .selectFrom('schools')
    .select([
      'id',
      'name',
      'brin',
      'vestiging',
      'sector',
      'municipality',
      'pupil_count as pupils',
      'closed',
      'organisation_id as boardId',
    ])
    .where(sql<boolean>`id in ${schoolIdsUnderSql(organisation.id)}`)
    .orderBy('name')
    .execute();
  // Links of waves open today, so the admin sees which schools are taking part now.
  const today = todayInAmsterdam();
  const links = schools.length
    ? await db
        .selectFrom('open_links')
        .innerJoin('waves', 'waves.id', 'open_links.wave_id')
        .select(['open_links.school_id', 'open_links.code', 'waves.name as wave'])
        .where(
          'open_links.school_id',
          'in',
          schools.map((s) => s.id),
        )
        .where('waves.opens_on', '<=', today)
        .where('waves.closes_on', '>=', today)
        .orderBy('open_links.code')
        .execute()
    : [];
  return {
    organisation: { slug: organisation.slug, name: organisation.name, kind: organisation.kind },
    boards,
    schools: schools.map((s) => ({
      ...s,
      openLinks: links.filter((l) => l.school_id === s.id).map((l) => ({ code: l.code, wave: l.wave })),
    })),
  };
}

export interface SchoolPatch {
  name?: string | undefined;
  sector?: Sector | undefined;
  pupils?: number | null | undefined;
  closed?: boolean | undefined;
}

/** Changes a school of the organisation by hand; 404 for a school outside it. Audit-logged with the fields. */
export async function updateSchool(
  db: Kysely<Database>,
  organisation: OrganisationRow,
  schoolId: number,
  patch: SchoolPatch,
  userId: number,
) {
  const school = await schoolIsUnder(db, schoolId, organisation.id);
  if (!school)
    throw new AppError('school_not_found', { id: schoolId }, `No school ${schoolId} in ${organisation.slug}.`);
  const set = {
    ...(patch.name !== undefined && { name: patch.name }),
    ...(patch.sector !== undefined && { sector: patch.sector }),
    ...(patch.pupils !== undefined && { pupil_count: patch.pupils }),
    ...(patch.closed !== undefined && { closed: patch.closed }),
  };
  if (Object.keys(set).length === 0)
    throw new AppError('nothing_to_change', {}, 'Nothing to change.', { '(body)': ['Give at least one field.'] });
  await db.transaction().execute(async (tx) => {
    await tx.updateTable('schools').set(set).where('id', '=', schoolId).execute();
    await writeAudit(tx, {
      action: 'school.update',
      userId,
      organisationId: organisation.id,
      details: { schoolId, fields: Object.keys(patch).filter((k) => patch[k as keyof SchoolPatch] !== undefined) },
    });
  });
}

/** Adds a board (bestuur) under an SWV by hand; 409 when its slug or bevoegd-gezag number is taken. */
export async function addBoard(
  db: Kysely<Database>,
  organisation: OrganisationRow,
  input: { name: string; slug: string; duoNumber?: string | undefined },
  userId: number,
) {
  if (organisation.kind !== 'swv')
    throw new AppError('boards_only_under_swv', {}, 'Only a samenwerkingsverband has boards under it.', {
      organisation: ['not_swv'],
    });
  return db.transaction().execute(async (tx) => {
    const slugTaken = await tx
      .selectFrom('organisations')
      .select('id')
      .where('slug', '=', input.slug)
      .executeTakeFirst();
    if (slugTaken)
      throw new AppError('organisation_slug_taken', { slug: input.slug }, `Slug "${input.slug}" is taken.`, {
        slug: ['slug_taken'],
      });
    if (input.duoNumber) {
      const numberTaken = await tx
        .selectFrom('organisations')
        .select('id')
        .where('parent_id', '=', organisation.id)
        .where('duo_number', '=', input.duoNumber)
        .executeTakeFirst();
      if (numberTaken)
        throw new AppError(
          'board_number_taken',
          { number: input.duoNumber },
          `Bevoegd gezag ${input.duoNumber} is already a board here.`,
          {
            duoNumber: ['number_taken'],
          },
        );
    }
    const { id } = await tx
      .insertInto('organisations')
      .values({
        slug: input.slug,
        name: input.name,
        kind: 'bestuur',
        parent_id: organisation.id,
        duo_number: input.duoNumber ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(tx, {
      action: 'board.create',
      userId,
      organisationId: organisation.id,
      details: { boardId: id, duoNumber: input.duoNumber ?? null },
    });
    return { id, slug: input.slug };
  });
}
