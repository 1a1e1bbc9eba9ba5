import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.ts';
import { organisationInScope, scopeOf } from '../organisations/scope.ts';
import type { Database, RespondentRole } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { keptReportMark, markChoices } from './report-mark.ts';
import { surveyLocales } from './survey-questions.ts';
import { validateDefinitionOffThread } from './validate-off-thread.ts';

export const surveyRoles = ['researcher', 'admin'] as const;

/** The definition as an object, or 400 listing every problem survey-core would have with it. */
export async function runnableDefinition(input: unknown): Promise<Record<string, unknown>> {
  const result = await validateDefinitionOffThread(input);
  if (!result.ok) {
    throw new AppError(
      'definition_invalid',
      { count: result.problems.length },
      `The definition has ${result.problems.length} problem(s).`,
      {
        problems: result.problems,
      },
    );
  }
  return result.definition;
}

/** The survey when the user's researcher/admin scope covers its organisation; 404 / 403 otherwise. */
export async function surveyInScope(db: Kysely<Database>, user: SessionUser, surveyId: number) {
  const survey = await db
    .selectFrom('surveys')
    .innerJoin('organisations', 'organisations.id', 'surveys.organisation_id')
    .select([
      'surveys.id',
      'surveys.slug',
      'surveys.title',
      'surveys.audience',
      'surveys.organisation_id',
      'organisations.slug as organisation',
    ])
    .where('surveys.id', '=', surveyId)
    .executeTakeFirst();
  if (!survey) throw new AppError('survey_not_found', { id: surveyId }, `No survey ${surveyId}.`);
  const scope = await scopeOf(db, user, surveyRoles);
  if (!scope.organisationIds.has(survey.organisation_id))
    throw new AppError('survey_outside_access', {}, 'This survey lies outside your access.');
  return survey;
}

export async function versionInScope(db: Kysely<Database>, user: SessionUser, versionId: number) {
  const version = await db
    .selectFrom('survey_versions')
    .select(['id', 'survey_id', 'version', 'status'])
    .where('id', '=', versionId)
    .executeTakeFirst();
  if (!version) throw new AppError('survey_version_not_found', { id: versionId }, `No survey version ${versionId}.`);
  await surveyInScope(db, user, version.survey_id);
  return version;
}

export async function surveyWithVersions(db: Kysely<Database>, user: SessionUser, surveyId: number) {
  const survey = await surveyInScope(db, user, surveyId);
  const versions = await db
    .selectFrom('survey_versions')
    .select([
      'id',
      'version',
      'status',
      'locales',
      'definition',
      'published_at as publishedAt',
      'created_at as createdAt',
      'report_mark as reportMark',
    ])
    .where('survey_id', '=', surveyId)
    .orderBy('version', 'desc')
    .execute();
  const { organisation_id: _org, ...rest } = survey;
  // The editor offers these as the report mark; the PUT route checks a choice against the same list.
  return { ...rest, versions: versions.map((v) => ({ ...v, reportMarkChoices: markChoices(v.definition) })) };
}

export interface NewSurvey {
  organisation: string;
  slug: string;
  title: string;
  audience: RespondentRole;
  definition: unknown;
}

export async function createSurvey(db: Kysely<Database>, user: SessionUser, input: NewSurvey) {
  const organisation = await organisationInScope(db, user, input.organisation, surveyRoles);
  const definition = await runnableDefinition(input.definition);
  const taken = await db
    .selectFrom('surveys')
    .select('id')
    .where('organisation_id', '=', organisation.id)
    .where('slug', '=', input.slug)
    .executeTakeFirst();
  if (taken)
    throw new AppError(
      'survey_slug_taken',
      { slug: input.slug, organisation: organisation.slug },
      `A survey "${input.slug}" already exists in ${organisation.slug}.`,
    );
  const id = await db.transaction().execute(async (tx) => {
    const survey = await tx
      .insertInto('surveys')
      .values({ organisation_id: organisation.id, slug: input.slug, title: input.title, audience: input.audience })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('survey_versions')
      .values({
        survey_id: survey.id,
        version: 1,
        definition: JSON.stringify(definition),
        locales: surveyLocales(definition),
      })
      .execute();
    return survey.id;
  });
  return surveyWithVersions(db, user, id);
}

export async function listSurveys(db: Kysely<Database>, user: SessionUser, organisationSlug: string) {
  const organisation = await organisationInScope(db, user, organisationSlug, surveyRoles);
  return db
    .selectFrom('surveys')
    .leftJoin('survey_versions', 'survey_versions.survey_id', 'surveys.id')
    .select((eb) => [
      'surveys.id',
      'surveys.slug',
      'surveys.title',
      'surveys.audience',
      eb.fn.max('survey_versions.version').as('latestVersion'),
      eb.fn.count<number>('survey_versions.published_at').as('publishedVersions'),
    ])
    .where('surveys.organisation_id', '=', organisation.id)
    .groupBy(['surveys.id', 'surveys.slug', 'surveys.title', 'surveys.audience'])
    .orderBy('surveys.title')
    .execute();
}

/** A new draft version from an edited definition (published versions never change). */
export async function addVersion(db: Kysely<Database>, user: SessionUser, surveyId: number, input: unknown) {
  await surveyInScope(db, user, surveyId);
  const definition = await runnableDefinition(input);
  return db.transaction().execute(async (tx) => {
    const last = await tx
      .selectFrom('survey_versions')
      .select(['version', 'report_mark'])
      .where('survey_id', '=', surveyId)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    return tx
      .insertInto('survey_versions')
      .values({
        survey_id: surveyId,
        version: Number(last?.version ?? 0) + 1,
        definition: JSON.stringify(definition),
        locales: surveyLocales(definition),
        report_mark: keptReportMark(last?.report_mark, definition),
      })
      .returning(['id', 'version', 'status', 'locales', 'report_mark as reportMark'])
      .executeTakeFirstOrThrow();
  });
}

/** Replaces a draft's definition; 409 once the version is published. */
export async function editDraft(db: Kysely<Database>, user: SessionUser, versionId: number, input: unknown) {
  const version = await versionInScope(db, user, versionId);
  if (version.status === 'published')
    throw new AppError(
      'survey_version_published',
      {},
      'A published version cannot change; create a new version instead.',
    );
  const definition = await runnableDefinition(input);
  const updated = await db.transaction().execute(async (tx) => {
    // Locked like setReportMark does: a mark chosen meanwhile is weighed against this definition too.
    const current = await tx
      .selectFrom('survey_versions')
      .select('report_mark')
      .where('id', '=', versionId)
      .forUpdate()
      .executeTakeFirst();
    // Gone meanwhile: answered below as before this lock, never as a 500.
    if (!current) return undefined;
    return tx
      .updateTable('survey_versions')
      .set({
        definition: JSON.stringify(definition),
        locales: surveyLocales(definition),
        // An item removed from the draft can no longer be its report mark.
        report_mark: keptReportMark(current.report_mark, definition),
      })
      .where('id', '=', versionId)
      .where('status', '=', 'draft')
      .returning(['id', 'version', 'status', 'locales', 'report_mark as reportMark'])
      .executeTakeFirst();
  });
  if (!updated)
    throw new AppError(
      'survey_version_published',
      {},
      'A published version cannot change; create a new version instead.',
    );
  return updated;
}

export async function publishVersion(db: Kysely<Database>, user: SessionUser, versionId: number) {
  const version = await versionInScope(db, user, versionId);
  if (version.status === 'published')
    throw new AppError('survey_version_published', {}, 'This version is already published and cannot change.');
  const updated = await db
    .updateTable('survey_versions')
    .set({ status: 'published', published_at: new Date() })
    .where('id', '=', versionId)
    .where('status', '=', 'draft')
    .returning(['id', 'version', 'status', 'locales', 'published_at as publishedAt'])
    .executeTakeFirst();
  if (!updated)
    throw new AppError('survey_version_published', {}, 'This version is already published and cannot change.');
  return updated;
}
