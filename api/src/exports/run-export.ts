import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import { disclosureReport, type DisclosureReport } from './disclosure-report.ts';
import { copyIntoSink, type ExportSink } from './export-sink.ts';
import { answerColumns, exportQuestions } from './export-variables.ts';
import { responseVariables, writeMetadataFiles } from './metadata-files.ts';
import { createPseudonymiser } from './pseudonyms.ts';
import { type ExportWave, schoolPlaces } from './queries.ts';
import { quasiIdentifierColumns } from './quasi-identifiers.ts';
import { decideDisclosure, writeResponses } from './write-responses.ts';
import { type StoriesInWorker, writeStoriesInWorker } from './stories-in-worker.ts';
import { countStories, storyRedactionOf, writeStoriesAndCodings } from './write-stories.ts';

export interface ExportPlan {
  /** The organisation and its boards (for stories). */
  organisationIds: number[];
  /** Set when the export is of one board: only its schools. */
  boardId: number | null;
  waves: ExportWave[];
  allWaves: boolean;
  k: number;
  quasiIdentifiers: string[];
  includeStories: boolean;
  maxSuppressedShare?: number;
}

export interface ExportOutcome {
  rowCounts: { responses: number; stories: number; codings: number };
  disclosure: DisclosureReport;
  files: string[];
}

export interface ExportOptions {
  onProgress?: (share: number) => Promise<void>;
  /**
   * PostgreSQL's URL: stories are then redacted in a worker thread on a connection of its own, in the
   * same snapshot, while responses are written. Without it (PGlite) everything runs on this thread.
   */
  databaseUrl?: string | null;
}

/**
 * Writes the export's files into `sink`, or on failure aborts it and rethrows. Pass 1 counts
 * quasi-identifier combinations with GROUP BY and decides generalisation and suppression, pass 2 streams
 * rows through a cursor. Everything reads one repeatable-read snapshot, so pass 2 sees exactly the rows
 * pass 1 counted and the stories are of the same moment.
 */
export async function writeExportFiles(
  db: Kysely<Database>,
  plan: ExportPlan,
  sink: ExportSink,
  options: ExportOptions = {},
): Promise<ExportOutcome> {
  const scratchDir = await mkdtemp(join(tmpdir(), 'klankbord-export-'));
  try {
    const outcome = await writeInSnapshot(db, plan, sink, scratchDir, options);
    await sink.finish();
    return outcome;
  } catch (error) {
    sink.abort(error instanceof Error ? error : new Error(String(error)));
    throw error;
  } finally {
    await rm(scratchDir, { recursive: true, force: true });
  }
}

async function writeInSnapshot(
  db: Kysely<Database>,
  plan: ExportPlan,
  sink: ExportSink,
  scratchDir: string,
  { onProgress = async () => {}, databaseUrl }: ExportOptions,
): Promise<ExportOutcome> {
  const maxSuppressedShare = plan.maxSuppressedShare ?? 0.05;
  const questions = exportQuestions(plan.waves.map((w) => w.definition));
  const places = await schoolPlaces(db);
  const qiColumns = quasiIdentifierColumns(plan.quasiIdentifiers, plan.waves, questions, places.schools);
  const answers = answerColumns(questions, new Set(plan.quasiIdentifiers));
  const responseScope = { waveIds: plan.waves.map((w) => w.id), boardId: plan.boardId };
  const storyScope = {
    organisationIds: plan.organisationIds,
    boardId: plan.boardId,
    waveIds: responseScope.waveIds,
    includeWithoutWave: plan.allWaves,
  };
  const redaction = storyRedactionOf(places);
  const responsePseudonym = createPseudonymiser();
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (tx) => {
      // Known once pass 1 has counted.
      let total: number | null = null;
      let done = 0;
      const advance = async (rows: number) => {
        done += rows;
        if (total !== null) await onProgress(Math.min(0.99, done / total));
      };
      const storyTotal = plan.includeStories ? await countStories(tx, storyScope) : 0;
      const snapshot = plan.includeStories && databaseUrl ? await exportSnapshot(tx) : null;
      let inWorker: StoriesInWorker | null = null;
      try {
        const decision = await decideDisclosure(tx, responseScope, qiColumns, { k: plan.k, maxSuppressedShare });
        total = Math.max(1, (decision.ok ? decision.totalRecords : 0) + storyTotal);
        // Started after pass 1, so that the search's arrays and the worker's heap are not in memory at once.
        if (snapshot && databaseUrl)
          inWorker = writeStoriesInWorker(
            { url: databaseUrl, snapshot, scope: storyScope, redaction, dir: scratchDir },
            advance,
          );
        const written = await writeResponses(
          tx,
          sink.open('responses.csv'),
          responseScope,
          qiColumns,
          answers,
          decision,
          (id) => responsePseudonym('response', id),
          advance,
        );
        const files = ['responses.csv'];
        let storyCounts = { stories: 0, codings: 0 };
        if (inWorker) {
          storyCounts = await inWorker.done;
          for (const name of ['stories.csv', 'codings.csv']) await copyIntoSink(sink, name, join(scratchDir, name));
        } else if (plan.includeStories) {
          storyCounts = await writeStoriesAndCodings(tx, (name) => sink.open(name), storyScope, redaction, advance);
        }
        if (plan.includeStories) files.push('stories.csv', 'codings.csv');
        const report = disclosureReport(decision, plan.quasiIdentifiers, maxSuppressedShare, plan.includeStories);
        const variables = responseVariables(
          qiColumns.map((c) => ({
            name: c.name,
            description: c.description,
            valueLabels: questions.find((q) => q.name === c.name)?.valueLabels ?? [],
          })),
          answers,
          report,
        );
        files.push(...(await writeMetadataFiles(sink, variables, report, plan.includeStories)));
        return { rowCounts: { responses: written.rows, ...storyCounts }, disclosure: report, files };
      } finally {
        await inWorker?.stop();
      }
    });
}

/** The transaction's snapshot, for a worker's connection to read the same rows. */
async function exportSnapshot(tx: Transaction<Database>): Promise<string> {
  const { rows } = await sql<{ id: string }>`select pg_export_snapshot() as id`.execute(tx);
  return rows[0]!.id;
}
