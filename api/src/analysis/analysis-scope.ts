import type { Kysely } from 'kysely';
import { firstSchoolAmong, organisationAndChildren, organisationBySlug } from '../organisations/hierarchy.ts';
import { scopeOf } from '../organisations/scope.ts';
import type { SessionUser } from '../auth/sessions.ts';
import type { Database, RespondentRole } from '../db/database.ts';
import { AppError } from '../errors.ts';

/** Which responses and stories a view reads, and how much of them the reader may see. */
export interface AnalysisScope {
  organisation: { id: number; slug: string; name: string; kind: 'swv' | 'bestuur' } | null;
  wave: { id: number | null; name: string; year: number; audience: RespondentRole; surveyVersionId: number };
  /** The waves read (one for an organisation, every wave of the year and audience for the country). */
  waveIds: number[];
  previous: { year: number; waveIds: number[] } | null;
  /** Organisations whose schools are in view; null for the whole country. */
  organisationIds: number[] | null;
  /** Responses without a school count only in an SWV-wide view (an open link where no school was picked). */
  includeUnknownSchool: boolean;
  /** School role: every figure shown is about this one school (plus the organisation average in /questions). */
  ownSchoolId: number | null;
  /** Researchers see hidden values beside their marks. */
  reveal: boolean;
}

const fullRoles = ['researcher', 'board', 'admin'] as const;

async function previousWaves(
  db: Kysely<Database>,
  organisationId: number | null,
  audience: RespondentRole,
  year: number,
): Promise<AnalysisScope['previous']> {
  let query = db.selectFrom('waves').select(['id', 'year']).where('audience', '=', audience).where('year', '<', year);
  if (organisationId !== null) query = query.where('organisation_id', '=', organisationId);
  const rows = await query.orderBy('year', 'desc').execute();
  const top = rows[0]?.year;
  if (top === undefined) return null;
  return { year: top, waveIds: rows.filter((r) => r.year === top).map((r) => r.id) };
}

export interface AnalysisAccess {
  organisation: { id: number; slug: string; name: string; kind: 'swv' | 'bestuur'; parent_id: number | null };
  organisationIds: number[];
  ownSchoolId: number | null;
  reveal: boolean;
}

/**
 * Who may read an organisation's analyses: researcher, board and admin memberships covering it see it
 * whole; a school contact sees its own school inside it. 404 for an unknown slug, 403 otherwise.
 */
export async function analysisAccess(
  db: Kysely<Database>,
  user: SessionUser,
  organisationSlug: string,
): Promise<AnalysisAccess> {
  const organisation = await organisationBySlug(db, organisationSlug);
  if (!organisation)
    throw new AppError('organisation_not_found', { slug: organisationSlug }, `No organisation "${organisationSlug}".`);
  const organisationIds = await organisationAndChildren(db, organisation.id);
  const full = await scopeOf(db, user, fullRoles);
  let ownSchoolId: number | null = null;
  if (!full.organisationIds.has(organisation.id)) {
    const schools = await scopeOf(db, user, ['school']);
    const own = await firstSchoolAmong(db, [...schools.schoolIds], organisationIds);
    if (own === undefined)
      throw new AppError('organisation_outside_access', {}, 'This organisation lies outside your access.');
    ownSchoolId = own;
  }
  const researcher = await scopeOf(db, user, ['researcher']);
  return {
    organisation,
    organisationIds,
    ownSchoolId,
    reveal: ownSchoolId === null && researcher.organisationIds.has(organisation.id),
  };
}

/**
 * Resolves `organisation` and `wave` for the signed-in user: 404 for an unknown organisation, 403
 * outside the user's access, 404 for a wave that is not the organisation's (or its SWV's).
 */
export async function resolveAnalysisScope(
  db: Kysely<Database>,
  user: SessionUser,
  organisationSlug: string,
  waveId: number,
): Promise<AnalysisScope> {
  const access = await analysisAccess(db, user, organisationSlug);
  const { organisation } = access;
  const wave = await db
    .selectFrom('waves')
    .select(['id', 'name', 'year', 'audience', 'organisation_id', 'survey_version_id'])
    .where('id', '=', waveId)
    .executeTakeFirst();
  if (!wave || (wave.organisation_id !== organisation.id && wave.organisation_id !== organisation.parent_id))
    throw new AppError('wave_not_found', { id: waveId }, `No wave ${waveId} for organisation "${organisationSlug}".`);
  return {
    organisation: { id: organisation.id, slug: organisation.slug, name: organisation.name, kind: organisation.kind },
    wave: {
      id: wave.id,
      name: wave.name,
      year: wave.year,
      audience: wave.audience,
      surveyVersionId: wave.survey_version_id,
    },
    waveIds: [wave.id],
    previous: await previousWaves(db, wave.organisation_id, wave.audience, wave.year),
    organisationIds: access.organisationIds,
    includeUnknownSchool: organisation.kind === 'swv',
    ownSchoolId: access.ownSchoolId,
    reveal: access.reveal,
  };
}

/** The whole country for one year and audience: every wave of it. Only the benchmark calls this. */
export async function nationalScope(
  db: Kysely<Database>,
  year: number,
  audience: RespondentRole,
): Promise<AnalysisScope> {
  const waves = await db
    .selectFrom('waves')
    .select(['id', 'survey_version_id'])
    .where('year', '=', year)
    .where('audience', '=', audience)
    .orderBy('id')
    .execute();
  const first = waves[0];
  if (!first)
    throw new AppError('national_waves_not_found', { audience, year }, `No waves for ${audience} in ${year}.`);
  return {
    organisation: null,
    wave: { id: null, name: `Landelijk ${audience} ${year}`, year, audience, surveyVersionId: first.survey_version_id },
    waveIds: waves.map((w) => w.id),
    previous: await previousWaves(db, null, audience, year),
    organisationIds: null,
    includeUnknownSchool: true,
    ownSchoolId: null,
    reveal: false,
  };
}
