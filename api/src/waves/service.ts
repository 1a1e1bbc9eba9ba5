import { type Kysely, sql } from 'kysely';
import { writeAudit } from '../audit/queries.ts';
import type { SessionUser } from '../auth/sessions.ts';
import { organisationInScope, scopeOf } from '../organisations/scope.ts';
import type { Database, RespondentRole } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { hashCode, newCode, randomTail } from '../privacy/codes.ts';
import { schoolIdsUnderSql, schoolIsUnder, schoolsUnder } from '../organisations/hierarchy.ts';
import { surveyInScope, surveyRoles } from '../surveys/service.ts';
import { invitationsCsv } from './invitations-csv.ts';

export interface NewWave {
  surveyVersionId: number;
  organisation: string;
  name: string;
  year: number;
  audience: RespondentRole;
  opensOn: string;
  closesOn: string;
}

function linkCode(brin: string, audience: RespondentRole, year: number): string {
  // 13 random characters (65 bits): the BRIN, audience and year are public, so the tail alone must
  // make a link impossible to find by guessing. Links made earlier with 4 characters keep working.
  const tail = randomTail(13);
  return `${brin.toLowerCase()}-${audience === 'ouder' ? 'ouders' : 'jongeren'}-${year}-${tail}`;
}

async function waveInScope(db: Kysely<Database>, user: SessionUser, waveId: number) {
  const wave = await db
    .selectFrom('waves')
    .innerJoin('organisations', 'organisations.id', 'waves.organisation_id')
    .select([
      'waves.id',
      'waves.name',
      'waves.year',
      'waves.audience',
      'waves.opens_on as opensOn',
      'waves.closes_on as closesOn',
      'waves.survey_version_id as surveyVersionId',
      'waves.organisation_id as organisationId',
      'organisations.slug as organisation',
    ])
    .where('waves.id', '=', waveId)
    .executeTakeFirst();
  if (!wave) throw new AppError('wave_not_found', { id: waveId }, `No wave ${waveId}.`);
  const scope = await scopeOf(db, user, surveyRoles);
  if (!scope.organisationIds.has(wave.organisationId))
    throw new AppError('wave_outside_access', {}, 'This wave lies outside your access.');
  return wave;
}

export async function createWave(db: Kysely<Database>, user: SessionUser, input: NewWave) {
  const organisation = await organisationInScope(db, user, input.organisation, surveyRoles);
  const version = await db
    .selectFrom('survey_versions')
    .select(['id', 'survey_id', 'status'])
    .where('id', '=', input.surveyVersionId)
    .executeTakeFirst();
  if (!version)
    throw new AppError(
      'survey_version_not_found',
      { id: input.surveyVersionId },
      `No survey version ${input.surveyVersionId}.`,
    );
  const survey = await surveyInScope(db, user, version.survey_id);
  if (version.status !== 'published')
    throw new AppError(
      'survey_version_not_published',
      {},
      'Publish this survey version before starting a wave with it.',
    );
  const fields: Record<string, string[]> = {};
  if (survey.audience !== input.audience) fields.audience = [`The survey is for "${survey.audience}".`];
  if (input.closesOn < input.opensOn) fields.closesOn = ['Must be on or after opensOn.'];
  if (Object.keys(fields).length)
    throw new AppError('wave_invalid', { fields: Object.keys(fields) }, 'The wave has invalid fields.', fields);
  const schools = await db
    .selectFrom('schools')
    .select(['id', 'brin'])
    .where(sql<boolean>`id in ${schoolIdsUnderSql(organisation.id)}`)
    // A closed school gets no link in a new wave; its earlier answers stay.
    .where('closed', '=', false)
    .execute();
  const waveId = await db.transaction().execute(async (tx) => {
    const { id } = await tx
      .insertInto('waves')
      .values({
        survey_version_id: version.id,
        organisation_id: organisation.id,
        name: input.name,
        year: input.year,
        audience: input.audience,
        opens_on: input.opensOn,
        closes_on: input.closesOn,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (schools.length)
      await tx
        .insertInto('open_links')
        .values(
          schools.map((s) => ({ wave_id: id, school_id: s.id, code: linkCode(s.brin, input.audience, input.year) })),
        )
        .execute();
    return id;
  });
  return waveDetails(db, user, waveId);
}

export async function listWaves(db: Kysely<Database>, user: SessionUser, organisationSlug: string) {
  const organisation = await organisationInScope(db, user, organisationSlug, surveyRoles);
  return db
    .selectFrom('waves')
    .select([
      'id',
      'name',
      'year',
      'audience',
      'opens_on as opensOn',
      'closes_on as closesOn',
      'survey_version_id as surveyVersionId',
    ])
    .where('organisation_id', '=', organisation.id)
    .orderBy('year', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** The wave, its links per school and complete/partial counts per school (counts only, never answers). */
export async function waveDetails(db: Kysely<Database>, user: SessionUser, waveId: number) {
  const wave = await waveInScope(db, user, waveId);
  const [schools, links, counts, invitations] = await Promise.all([
    schoolsUnder(db, wave.organisationId),
    db.selectFrom('open_links').select(['code', 'school_id']).where('wave_id', '=', waveId).execute(),
    db
      .selectFrom('responses')
      .select((eb) => ['school_id', 'status', eb.fn.countAll<number>().as('n')])
      .where('wave_id', '=', waveId)
      .groupBy(['school_id', 'status'])
      .execute(),
    db
      .selectFrom('invitations')
      .select((eb) => [
        'school_id',
        eb.fn.countAll<number>().as('issued'),
        eb.fn.countAll<number>().filterWhere('used', '=', true).as('used'),
      ])
      .where('wave_id', '=', waveId)
      .groupBy('school_id')
      .execute(),
  ]);
  const count = (schoolId: number | null, status: 'complete' | 'partial') =>
    Number(counts.find((r) => r.school_id === schoolId && r.status === status)?.n ?? 0);
  const { organisationId: _id, ...rest } = wave;
  return {
    ...rest,
    openLinks: links.filter((l) => l.school_id === null).map((l) => l.code),
    schools: schools.map((school) => {
      const issued = invitations.find((i) => i.school_id === school.id);
      return {
        ...school,
        linkCode: links.find((l) => l.school_id === school.id)?.code ?? null,
        complete: count(school.id, 'complete'),
        partial: count(school.id, 'partial'),
        invitations: { issued: Number(issued?.issued ?? 0), used: Number(issued?.used ?? 0) },
      };
    }),
  };
}

/** Fresh single-use tokens for one school as mail-merge CSV; only their hashes are stored; audited. */
export async function generateInvitations(
  db: Kysely<Database>,
  user: SessionUser,
  waveId: number,
  input: { schoolId: number; count: number; origin: string },
) {
  const wave = await waveInScope(db, user, waveId);
  const school = await schoolIsUnder(db, input.schoolId, wave.organisationId);
  if (!school)
    throw new AppError('wave_school_unknown', {}, 'The school is not part of this wave.', {
      schoolId: ['Not a school of this wave’s organisation.'],
    });
  const { brin } = await db.selectFrom('schools').select('brin').where('id', '=', school.id).executeTakeFirstOrThrow();
  const link = await db
    .selectFrom('open_links')
    .select('code')
    .where('wave_id', '=', waveId)
    .where('school_id', '=', school.id)
    .executeTakeFirst();
  const tokens = Array.from({ length: input.count }, () => newCode());
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('invitations')
      .values(tokens.map((token) => ({ wave_id: waveId, school_id: school.id, token_hash: hashCode(token) })))
      .execute();
    await writeAudit(tx, {
      action: 'invitations.generate',
      userId: user.id,
      organisationId: wave.organisationId,
      details: { waveId, schoolId: school.id, count: input.count },
    });
  });
  // The respondent page takes the token from ?uitnodiging= (see respondents/CONTRACT.md).
  const base = `${input.origin}/s/${encodeURIComponent(link?.code ?? 'uitnodiging')}`;
  return invitationsCsv(
    tokens.map((token) => ({
      school: school.name,
      brin,
      token,
      link: `${base}?uitnodiging=${encodeURIComponent(token)}`,
    })),
  );
}
