import type { CountTable } from '@klankbord/analysis/disclosure';
import type { Kysely } from 'kysely';
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { writeAudit } from '../audit/queries.ts';
import type { SessionUser } from '../auth/sessions.ts';
import { organisationAndChildren } from '../organisations/hierarchy.ts';
import { organisationInScope, type OrganisationRow } from '../organisations/scope.ts';
import type { Database } from '../db/database.ts';
import type { AppDeps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { log } from '../log.ts';
import { describeDisclosure, type DisclosureReport, disclosureReportJson } from './disclosure-report.ts';
import { zipSink } from './export-sink.ts';
import { exportQuestions, quasiIdentifierChoices, quasiIdentifierNames } from './export-variables.ts';
import { wavesForOrganisation } from './queries.ts';
import { countForProposal, estimateAndPropose, proposeQuasiIdentifiers } from './estimate.ts';
import { type ExportPlan, writeExportFiles } from './run-export.ts';

export interface ExportRequest {
  organisation: string;
  waves?: number[];
  k: number;
  quasiIdentifiers?: string[];
  includeStories: boolean;
  refiQda?: boolean;
}

const exportRoles = ['researcher'] as const;
export const exportsDirOf = (deps: AppDeps) => deps.exportsDir ?? join(tmpdir(), 'klankbord-exports');

/**
 * A plan with what planning it found out, so an estimate of the same plan does not work it out again: the
 * quasi-identifiers its waves offer, and the count the proposal was made from when nobody chose (null when
 * somebody did: then nothing was counted).
 */
export interface PlannedExport {
  plan: ExportPlan;
  available: string[];
  counted: CountTable | null;
}

/** Resolves organisation, waves and quasi-identifiers into a plan; 403/404/400 for what is not allowed. */
export async function planExport(
  db: Kysely<Database>,
  organisation: OrganisationRow,
  request: Omit<ExportRequest, 'organisation'>,
): Promise<PlannedExport> {
  // An empty list is a mistake (every box unticked), not a wish: "all waves" is saying none.
  if (request.waves?.length === 0)
    throw new AppError('export_waves_empty', {}, 'Choose at least one wave, or leave waves out for all of them.', {
      waves: ['Choose at least one wave.'],
    });
  if (request.quasiIdentifiers?.length === 0)
    throw new AppError(
      'export_quasi_identifiers_empty',
      {},
      'Choose at least one quasi-identifier: without any, nothing is k-anonymous.',
      {
        quasiIdentifiers: ['Choose at least one quasi-identifier.'],
      },
    );
  const all = await wavesForOrganisation(db, organisation);
  const unknownWaves = (request.waves ?? []).filter((id) => !all.some((w) => w.id === id));
  if (unknownWaves.length)
    throw new AppError(
      'export_waves_outside',
      { waves: unknownWaves.map(String), slug: organisation.slug },
      `Wave(s) ${unknownWaves.join(', ')} do not belong to ${organisation.slug}.`,
    );
  const waves = request.waves?.length ? all.filter((w) => request.waves!.includes(w.id)) : all;
  const { available, candidates } = quasiIdentifierChoices(
    exportQuestions(waves.map((w) => w.definition)),
    waves.length,
  );
  const quasiIdentifiers = request.quasiIdentifiers ?? candidates;
  const unknown = quasiIdentifiers.filter((name) => !available.includes(name));
  if (unknown.length)
    throw new AppError(
      'export_quasi_identifiers_unknown',
      { names: unknown },
      `Unknown quasi-identifier(s): ${unknown.join(', ')}.`,
      {
        quasiIdentifiers: unknown.map((name) => `Unknown quasi-identifier "${name}".`),
        available,
      },
    );
  if (
    request.refiQda &&
    !(await db.selectFrom('codebooks').select('id').where('is_active', '=', true).executeTakeFirst())
  )
    throw new AppError('export_needs_codebook', {}, 'REFI-QDA files need an active codebook, and there is none.');
  const plan: ExportPlan = {
    organisationIds: await organisationAndChildren(db, organisation.id),
    boardId: organisation.kind === 'bestuur' ? organisation.id : null,
    waves,
    allWaves: !request.waves?.length,
    k: request.k,
    quasiIdentifiers: [...new Set(quasiIdentifiers)],
    includeStories: request.includeStories,
    refiQda: request.refiQda ?? false,
  };
  if (request.quasiIdentifiers !== undefined) return { plan, available, counted: null };
  // Nobody chose: the proposal the export page ticks, from the candidates, for the API and CLI alike. The
  // count covers the candidates and school, so it also counts every set proposed from them.
  const counted = await countForProposal(db, plan, available);
  plan.quasiIdentifiers = proposeQuasiIdentifiers(counted, plan).quasiIdentifiers;
  return { plan, available, counted };
}

/** The k the export screen starts with. */
export const defaultK = 5;

/**
 * The choices the export screen offers for an organisation. The ticked quasi-identifiers are what an export
 * of every wave at the default k takes when nobody chooses (planExport): the candidates less those that
 * would blank out school, so a researcher gets school-level data where it is safe.
 */
export async function exportOptions(deps: AppDeps, user: SessionUser, slug: string) {
  const organisation = await organisationInScope(deps.db, user, slug, exportRoles);
  const waves = await wavesForOrganisation(deps.db, organisation);
  const questions = exportQuestions(waves.map((w) => w.definition));
  const choices = quasiIdentifierChoices(questions, waves.length);
  const plan = waves.length
    ? (await planExport(deps.db, organisation, { k: defaultK, includeStories: false })).plan
    : null;
  // Any variable name to its words (a question's name or a fixed characteristic): the screen looks names up.
  const labels: Record<string, string> = {
    ...quasiIdentifierNames,
    ...Object.fromEntries(questions.map((q) => [q.name, q.title])),
  };
  return {
    waves: waves.map((w) => ({ id: w.id, name: w.name, year: w.year, audience: w.audience })),
    k: defaultK,
    // The question's own words beside its variable name, so the choice is not made on names alone.
    quasiIdentifiers: {
      available: choices.available,
      defaults: plan?.quasiIdentifiers ?? choices.candidates,
      labels,
    },
  };
}

/**
 * Before an export runs: what the chosen quasi-identifiers and k would suppress, by the export's own
 * decision on the same data, and a set that keeps school where k allows.
 */
export async function exportEstimate(
  deps: AppDeps,
  user: SessionUser,
  request: Pick<ExportRequest, 'organisation' | 'waves' | 'k' | 'quasiIdentifiers'>,
) {
  const organisation = await organisationInScope(deps.db, user, request.organisation, exportRoles);
  const { plan, available, counted } = await planExport(deps.db, organisation, { ...request, includeStories: false });
  return estimateAndPropose(counted ?? (await countForProposal(deps.db, plan, available)), plan);
}

/** The organisation's exports, newest first, so an earlier one is found again after a reload. */
export async function listExports(deps: AppDeps, user: SessionUser, slug: string) {
  const organisation = await organisationInScope(deps.db, user, slug, exportRoles);
  const rows = await deps.db
    .selectFrom('exports')
    .leftJoin('users', 'users.id', 'exports.requested_by')
    .select([
      'exports.id',
      'exports.status',
      'exports.parameters',
      'exports.row_counts',
      'exports.error',
      'exports.created_at',
      'exports.finished_at',
      'users.email',
    ])
    .where('exports.organisation_id', '=', organisation.id)
    .orderBy('exports.id', 'desc')
    .limit(50)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
    requestedBy: row.email,
    // The parameters as startExport stored them; a row from before a field existed lacks it.
    k: Number(row.parameters.k),
    waves: Array.isArray(row.parameters.waves) ? row.parameters.waves.length : 0,
    includeStories: row.parameters.includeStories === true,
    quasiIdentifiers: Array.isArray(row.parameters.quasiIdentifiers)
      ? row.parameters.quasiIdentifiers.filter((q): q is string => typeof q === 'string')
      : [],
    rowCounts: row.row_counts,
    error: row.status === 'failed' ? row.error : null,
  }));
}

/** Creates the export job and starts it in-process; the caller answers 202 with its id. */
export async function startExport(deps: AppDeps, user: SessionUser, request: ExportRequest): Promise<{ id: number }> {
  const organisation = await organisationInScope(deps.db, user, request.organisation, exportRoles);
  const { plan } = await planExport(deps.db, organisation, request);
  const parameters = {
    organisation: organisation.slug,
    waves: plan.waves.map((w) => w.id),
    k: plan.k,
    quasiIdentifiers: plan.quasiIdentifiers,
    includeStories: plan.includeStories,
    refiQda: plan.refiQda ?? false,
  };
  const { id } = await deps.db.transaction().execute(async (tx) => {
    const row = await tx
      .insertInto('exports')
      .values({ organisation_id: organisation.id, requested_by: user.id, parameters: JSON.stringify(parameters) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(tx, {
      action: 'export.requested',
      userId: user.id,
      organisationId: organisation.id,
      details: { exportId: row.id, ...parameters },
    });
    return row;
  });
  void runJob(deps, id, user.id, organisation.id, plan);
  return { id };
}

async function runJob(
  deps: AppDeps,
  id: number,
  userId: number | null,
  organisationId: number,
  plan: ExportPlan,
): Promise<void> {
  const dir = join(exportsDirOf(deps), String(id));
  // PGlite has one connection and the export holds it in its transaction: progress is written at the end.
  const onProgress = async (share: number) => {
    if (deps.engine === 'postgres')
      await deps.db.updateTable('exports').set({ progress: share }).where('id', '=', id).execute();
  };
  try {
    await deps.db
      .updateTable('exports')
      .set({ status: 'running' })
      .where('id', '=', id)
      .where('status', '=', 'queued')
      .execute();
    const zipPath = join(dir, `klankbord-export-${id}.zip`);
    // Only the server's own user may read an export on disk.
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const outcome = await writeExportFiles(deps.db, plan, zipSink(zipPath), { onProgress });
    // A copy of the report stays beside the ZIP for the status route.
    await writeFile(join(dir, 'disclosure-report.json'), disclosureReportJson(outcome.disclosure), { mode: 0o600 });
    await deps.db.transaction().execute(async (tx) => {
      // Only a running export becomes done: one failed meanwhile (a restart's sweep by another process)
      // stays failed, and its files go in the catch below.
      const done = await tx
        .updateTable('exports')
        .set({
          status: 'done',
          progress: 1,
          row_counts: JSON.stringify(outcome.rowCounts),
          file_path: zipPath,
          finished_at: new Date(),
        })
        .where('id', '=', id)
        .where('status', '=', 'running')
        .executeTakeFirst();
      if (Number(done.numUpdatedRows) !== 1) throw new ExportNoLongerRunning(id);
      await writeAudit(tx, {
        action: 'export.completed',
        userId,
        organisationId,
        details: {
          exportId: id,
          k: plan.k,
          rowCounts: outcome.rowCounts,
          minGroupSize: outcome.disclosure.achievedMinGroupSize,
        },
      });
    });
  } catch (error) {
    // The files go before the line that says the job ended, so whoever reads that line finds them gone.
    await rm(dir, { recursive: true, force: true }).catch(() => {});
    log.error('export_failed', { exportId: id, error: error instanceof Error ? error.message : String(error) });
    const reason = failureReason(error, id);
    if (error instanceof ExportNoLongerRunning) return;
    await deps.db
      .transaction()
      .execute(async (tx) => {
        await tx
          .updateTable('exports')
          .set({ status: 'failed', finished_at: new Date(), error: reason })
          .where('id', '=', id)
          .where('status', 'in', ['queued', 'running'])
          .execute();
        await writeAudit(tx, { action: 'export.failed', userId, organisationId, details: { exportId: id, reason } });
      })
      // Nobody awaits the job: a failure to record the failure goes to the log, never into the void.
      .catch((recordError: unknown) =>
        log.error('export_failure_not_recorded', {
          exportId: id,
          error: recordError instanceof Error ? recordError.message : String(recordError),
        }),
      );
  }
}

/** The export's row left 'running' while the job ran (failed by a restart's sweep): the job's files go. */
class ExportNoLongerRunning extends Error {
  constructor(id: number) {
    super(`Export ${id} is no longer running.`);
  }
}

/** What the researcher and the audit log are told: the kind of failure, never paths or data. */
function failureReason(error: unknown, id: number): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOSPC') return 'Export failed: the server has no disk space left for the export file.';
  if (code === 'EACCES' || code === 'EPERM' || code === 'ENOTDIR' || code === 'EEXIST' || code === 'EROFS')
    return 'Export failed: the server cannot write to its exports folder.';
  return `Export failed: an unexpected error; the server log has the details under export ${id}.`;
}

async function exportInScope(deps: AppDeps, user: SessionUser, id: number) {
  const row = await deps.db
    .selectFrom('exports')
    .innerJoin('organisations', 'organisations.id', 'exports.organisation_id')
    .select([
      'exports.id',
      'exports.status',
      'exports.progress',
      'exports.row_counts',
      'exports.file_path',
      'exports.error',
      'exports.organisation_id',
      'organisations.slug',
    ])
    .where('exports.id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('export_not_found', { id }, `No export ${id}.`);
  await organisationInScope(deps.db, user, row.slug, exportRoles);
  return row;
}

/** Status, progress, row counts and the disclosure report (with a Dutch summary) of one export. */
export async function exportStatus(deps: AppDeps, user: SessionUser, id: number) {
  const row = await exportInScope(deps, user, id);
  // A report removed from disk along with its ZIP (by hand, or a lost volume) leaves the status without one.
  const report =
    row.status === 'done' && row.file_path
      ? await readFile(join(dirname(row.file_path), 'disclosure-report.json'), 'utf8').catch(() => null)
      : null;
  // Reports written before withheldQuestions and storyMetadata existed lack them.
  const disclosure =
    report === null
      ? null
      : ({ withheldQuestions: [], storyMetadata: null, ...JSON.parse(report) } as DisclosureReport);
  return {
    id: row.id,
    status: row.status,
    progress: row.progress,
    rowCounts: row.row_counts,
    disclosure: disclosure && { ...disclosure, summary: describeDisclosure(disclosure) },
    error: row.status === 'failed' ? row.error : null,
  };
}

/** The ZIP of a finished export, audit-logged. */
export async function exportDownload(deps: AppDeps, user: SessionUser, id: number): Promise<string> {
  const row = await exportInScope(deps, user, id);
  if (row.status === 'expired')
    throw new AppError('export_expired', {}, 'This export was deleted after its retention period. Start a new export.');
  if (row.status === 'failed')
    throw new AppError(
      'export_failed',
      { reason: row.error ?? '' },
      `${row.error ?? 'Export failed.'} There is nothing to download.`,
    );
  if (row.status !== 'done' || !row.file_path)
    throw new AppError('export_not_ready', {}, 'This export is not ready yet.');
  // Checked before the download is logged: the log must not record a download that never happened.
  if (!(await stat(row.file_path).catch(() => null))?.isFile())
    throw new AppError(
      'export_file_missing',
      {},
      'The file of this export is no longer on the server. Start a new export.',
    );
  await writeAudit(deps.db, {
    action: 'export.downloaded',
    userId: user.id,
    organisationId: row.organisation_id,
    details: { exportId: id },
  });
  return row.file_path;
}
