import type { Kysely } from 'kysely';
import { writeAudit } from '../audit/queries.ts';
import type { SessionUser } from '../auth/sessions.ts';
import type { Database, StaffRole } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { organisationBySlug, schoolIsUnder, schoolsUnder } from '../organisations/hierarchy.ts';
import { organisationInScope } from '../organisations/scope.ts';
import { buildReportModel } from '../report/report-model.ts';
import { insertPublication, livePublication, publicationsOf, withdrawPublications } from './queries.ts';
import { resultsSnapshot, type ResultsSnapshot, schoolKey } from './results-snapshot.ts';

/** The board publishes its page; an admin of the organisation may too. */
export const publishRoles: readonly StaffRole[] = ['board', 'admin'];

export interface ResultsRequest {
  organisation: string;
  year: number;
  minimum: number;
}

async function draftOf(db: Kysely<Database>, user: SessionUser, request: ResultsRequest) {
  const organisation = await organisationInScope(db, user, request.organisation, publishRoles);
  const model = await buildReportModel(db, user, request);
  return { organisation, snapshot: resultsSnapshot(model, await schoolsUnder(db, organisation.id)) };
}

/** What the page would show if published now (the draft), and every version published before. */
export async function resultsDraft(db: Kysely<Database>, user: SessionUser, request: ResultsRequest) {
  const { organisation, snapshot } = await draftOf(db, user, request);
  const publications = await publicationsOf(db, organisation.id, request.year);
  const live = publications.find((p) => p.unpublishedAt === null) ?? null;
  return { draft: snapshot, live: live && { version: live.version, publishedAt: live.publishedAt }, publications };
}

/** Freezes the draft as a new dated version (the page shows the newest); one transaction with its audit entry. */
export async function publishResults(db: Kysely<Database>, user: SessionUser, request: ResultsRequest) {
  const { organisation, snapshot } = await draftOf(db, user, request);
  return db.transaction().execute(async (tx) => {
    // One publisher at a time per organisation, so two clicks never claim the same version number.
    await tx.selectFrom('organisations').select('id').where('id', '=', organisation.id).forUpdate().execute();
    const published = await insertPublication(tx, {
      organisationId: organisation.id,
      year: request.year,
      userId: user.id,
      snapshot,
    });
    await writeAudit(tx, {
      action: 'results.publish',
      userId: user.id > 0 ? user.id : null,
      organisationId: organisation.id,
      details: { year: request.year, version: published.version },
    });
    return published;
  });
}

/** Takes the page offline (every live version of the year); the snapshots stay for the audit trail. */
export async function unpublishResults(
  db: Kysely<Database>,
  user: SessionUser,
  request: { organisation: string; year: number },
) {
  const organisation = await organisationInScope(db, user, request.organisation, publishRoles);
  await db.transaction().execute(async (tx) => {
    const withdrawn = await withdrawPublications(tx, {
      organisationId: organisation.id,
      year: request.year,
      userId: user.id,
    });
    if (withdrawn === 0)
      throw new AppError(
        'results_nothing_to_withdraw',
        { year: request.year },
        `De resultaten van ${request.year} zijn niet gepubliceerd.`,
      );
    await writeAudit(tx, {
      action: 'results.unpublish',
      userId: user.id,
      organisationId: organisation.id,
      details: { year: request.year },
    });
  });
}

const notPublished = () =>
  new AppError(
    'results_not_published',
    {},
    'Voor deze organisatie en dit jaar zijn (nog) geen resultaten gepubliceerd.',
  );

/** The published page for everyone: the newest live snapshot, optionally with one school's figures. */
export async function publishedResults(
  db: Kysely<Database>,
  request: { organisation: string; year: number; school?: string | undefined },
): Promise<{
  version: number;
  publishedAt: Date;
  results: ResultsSnapshot;
  school: ResultsSnapshot['schools'][number] | null;
}> {
  const organisation = await organisationBySlug(db, request.organisation);
  if (!organisation) throw notPublished();
  const live = await livePublication(db, organisation.id, request.year);
  if (!live) throw notPublished();
  let school = null;
  if (request.school !== undefined) {
    // "91AA" is read as its main vestiging "91AA00".
    const key = request.school.length === 4 ? `${request.school}00` : request.school;
    school = live.snapshot.schools.find((s) => s.key === key.toUpperCase()) ?? null;
    if (!school)
      throw new AppError('results_school_not_found', {}, 'Deze school staat niet in de gepubliceerde resultaten.');
  }
  return { version: live.version, publishedAt: live.publishedAt, results: live.snapshot, school };
}

/**
 * The newest published page for the thank-you page: the link's organisation's, else the page of the
 * school's own board; with the school's part when the page has it.
 */
export async function latestResultsLink(
  db: Kysely<Database>,
  request: { organisation: string; schoolId?: number | undefined },
): Promise<{ year: number; href: string }> {
  const organisation = await organisationBySlug(db, request.organisation);
  if (!organisation) throw notPublished();
  const school =
    request.schoolId === undefined ? undefined : await schoolIsUnder(db, request.schoolId, organisation.id);
  for (const owner of [organisation.id, ...(school ? [school.organisation_id] : [])]) {
    const live = await livePublication(db, owner);
    if (!live) continue;
    const base = `/resultaten/${encodeURIComponent(live.snapshot.organisation.slug)}/${live.year}`;
    const key = school && schoolKey(school);
    const shown = key !== undefined && live.snapshot.schools.some((s) => s.key === key);
    return { year: live.year, href: shown ? `${base}/${key}` : base };
  }
  throw notPublished();
}
