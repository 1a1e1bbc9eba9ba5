import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { disclosureReport, type DisclosureReport } from './disclosure-report.ts';
import type { ExportSink } from './export-sink.ts';
import { answerColumns, exportQuestions } from './export-variables.ts';
import { responseVariables, writeMetadataFiles } from './metadata-files.ts';
import { createPseudonymiser } from './pseudonyms.ts';
import { schoolPlaces } from '../organisations/school-places.ts';
import type { ExportWave } from './queries.ts';
import { quasiIdentifierColumns } from './quasi-identifiers.ts';
import { activeQdcCodebook } from '../codebook/queries.ts';
import { codebookQdc } from '../codebook/qdc.ts';
import { writeProjectQdpx } from './refi-qda/write-project.ts';
import { decideDisclosure, type ResponseScope, writeResponses } from './write-responses.ts';
import { countStories, decideStoryDisclosure, writeStoriesAndCodings } from './write-stories.ts';

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
  /** REFI-QDA files beside the CSVs: codebook.qdc, and project.qdpx when stories are included. */
  refiQda?: boolean;
  maxSuppressedShare?: number;
}

export interface ExportOutcome {
  rowCounts: { responses: number; stories: number; codings: number };
  disclosure: DisclosureReport;
  files: string[];
}

export interface ExportOptions {
  onProgress?: (share: number) => Promise<void>;
}

/**
 * Writes the export's files into `sink`, or on failure aborts it and rethrows. Pass 1 counts
 * quasi-identifier combinations with GROUP BY and decides generalisation and suppression, pass 2 streams
 * rows through a cursor, then the stories. Everything reads one repeatable-read snapshot, so pass 2 sees
 * exactly the rows pass 1 counted and the stories are of the same moment.
 *
 * All of it runs on this thread, one batch after another: a second thread for the stories saved a few
 * seconds at national scale but cost more memory than the export's budget allows (BENCHMARKS.md).
 */
export async function writeExportFiles(
  db: Kysely<Database>,
  plan: ExportPlan,
  sink: ExportSink,
  options: ExportOptions = {},
): Promise<ExportOutcome> {
  try {
    const outcome = await writeInSnapshot(db, plan, sink, options);
    await sink.finish();
    return outcome;
  } catch (error) {
    sink.abort(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
}

/** What responses.csv is made of for a plan: its questions, quasi-identifier columns and rows. */
export async function responseSelection(db: Kysely<Database>, plan: ExportPlan) {
  const questions = exportQuestions(plan.waves.map((w) => w.definition));
  const places = await schoolPlaces(db);
  return {
    maxSuppressedShare: plan.maxSuppressedShare ?? 0.05,
    questions,
    places,
    qiColumns: quasiIdentifierColumns(plan.quasiIdentifiers, plan.waves, questions, places.schools),
    responseScope: { waveIds: plan.waves.map((w) => w.id), boardId: plan.boardId } satisfies ResponseScope,
  };
}

async function writeInSnapshot(
  db: Kysely<Database>,
  plan: ExportPlan,
  sink: ExportSink,
  { onProgress = async () => {} }: ExportOptions,
): Promise<ExportOutcome> {
  const { maxSuppressedShare, questions, places, qiColumns, responseScope } = await responseSelection(db, plan);
  const chosen = new Set(plan.quasiIdentifiers);
  const answers = answerColumns(questions, chosen);
  const withheld = questions.filter((q) => q.demographic && !chosen.has(q.name)).map((q) => q.name);
  const storyScope = {
    organisationIds: plan.organisationIds,
    boardId: plan.boardId,
    waveIds: responseScope.waveIds,
    includeWithoutWave: plan.allWaves,
  };
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
      const storyDisclosure = plan.includeStories
        ? await decideStoryDisclosure(tx, storyScope, { k: plan.k, maxSuppressedShare })
        : null;
      const decision = await decideDisclosure(tx, responseScope, qiColumns, { k: plan.k, maxSuppressedShare });
      total = Math.max(1, (decision.ok ? decision.totalRecords : 0) + storyTotal);
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
      const codebook = plan.refiQda ? await activeQdcCodebook(tx) : null;
      if (storyDisclosure) {
        storyCounts = await writeStoriesAndCodings(
          tx,
          (name) => sink.open(name),
          storyScope,
          storyDisclosure,
          places,
          advance,
          codebook ? (file, stories, coderId) => writeProjectQdpx(tx, file, stories, codebook, coderId) : undefined,
        );
        files.push('stories.csv', 'codings.csv', ...(codebook ? ['project.qdpx'] : []));
      }
      if (codebook) {
        const qdc = sink.open('codebook.qdc');
        await qdc.write(codebookQdc(codebook));
        await qdc.close();
        files.push('codebook.qdc');
      }
      const report = disclosureReport(decision, plan.quasiIdentifiers, maxSuppressedShare, storyDisclosure, withheld);
      const levelOf = new Map(report.generalisation.map((g) => [g.quasiIdentifier, g.level]));
      const variables = responseVariables(
        qiColumns.map((c) => ({
          name: c.name,
          description: c.description,
          // The answers' labels fit only answers released as they are; groups and bands are their own labels.
          valueLabels: levelOf.get(c.name) === 0 ? (questions.find((q) => q.name === c.name)?.valueLabels ?? []) : [],
        })),
        answers,
        report,
      );
      files.push(...(await writeMetadataFiles(sink, variables, report, plan.includeStories)));
      return { rowCounts: { responses: written.rows, ...storyCounts }, disclosure: report, files };
    });
}
