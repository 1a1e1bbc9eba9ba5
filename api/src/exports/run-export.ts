import { createRedactor } from '@klankbord/analysis/redaction';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { disclosureReport, type DisclosureReport } from './disclosure-report.ts';
import { answerColumns, exportQuestions } from './export-variables.ts';
import { responseVariables, writeMetadataFiles } from './metadata-files.ts';
import { createPseudonymiser } from './pseudonyms.ts';
import { type ExportWave, type Places, schoolPlaces } from './queries.ts';
import { quasiIdentifierColumns } from './quasi-identifiers.ts';
import { decideDisclosure, writeResponses } from './write-responses.ts';
import { countStories, writeCodings, writeStories } from './write-stories.ts';

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

/**
 * Writes the export's files into `dir` (unzipped): pass 1 counts quasi-identifier combinations with
 * GROUP BY and decides generalisation and suppression, pass 2 streams rows through a cursor. Both run in
 * one repeatable-read transaction, so pass 2 sees exactly the rows pass 1 counted.
 */
export async function writeExportFiles(
  db: Kysely<Database>,
  plan: ExportPlan,
  dir: string,
  onProgress: (share: number) => Promise<void> = async () => {},
): Promise<ExportOutcome> {
  await mkdir(dir, { recursive: true });
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
  const pseudonym = createPseudonymiser();
  const redactorFor = redactorsBySwv(places);

  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (tx) => {
      const decision = await decideDisclosure(tx, responseScope, qiColumns, { k: plan.k, maxSuppressedShare });
      const storyTotal = plan.includeStories ? await countStories(tx, storyScope) : 0;
      const total = Math.max(1, (decision.ok ? decision.totalRecords : 0) + storyTotal);
      let done = 0;
      const advance = async (rows: number) => {
        done += rows;
        await onProgress(Math.min(0.99, done / total));
      };
      const written = await writeResponses(
        tx,
        join(dir, 'responses.csv'),
        responseScope,
        qiColumns,
        answers,
        decision,
        (id) => pseudonym('response', id),
        advance,
      );
      const files = ['responses.csv'];
      let stories = 0;
      let codings = 0;
      if (plan.includeStories) {
        stories = await writeStories(
          tx,
          join(dir, 'stories.csv'),
          storyScope,
          redactorFor,
          (id) => pseudonym('story', id),
          advance,
        );
        codings = await writeCodings(
          tx,
          join(dir, 'codings.csv'),
          storyScope,
          (id) => pseudonym('story', id),
          (id) => pseudonym('coder', id),
        );
        files.push('stories.csv', 'codings.csv');
      }
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
      await writeMetadataFiles(dir, variables, report, plan.includeStories);
      files.push('datapackage.json', 'codebook.csv', 'load.R', 'load.sps', 'disclosure-report.json');
      return { rowCounts: { responses: written.rows, stories, codings }, disclosure: report, files };
    });
}

/**
 * One redactor per SWV that knows the names of that SWV's schools: a story names its own schools, and a
 * redactor compiled with all 7,000 school names of the country is ~200 times slower per story.
 */
function redactorsBySwv(places: Places): (organisationId: number) => (text: string) => { text: string } {
  const names = new Map<number, Set<string>>();
  for (const place of places.schools.values()) {
    if (place.swvId === null) continue;
    const set = names.get(place.swvId) ?? new Set<string>();
    set.add(place.name);
    names.set(place.swvId, set);
  }
  const redactors = new Map<number, (text: string) => { text: string }>();
  return (organisationId) => {
    const swvId = places.swvOfOrganisation.get(organisationId) ?? organisationId;
    let redactor = redactors.get(swvId);
    if (!redactor) {
      redactor = createRedactor({ knownNames: [...(names.get(swvId) ?? [])] });
      redactors.set(swvId, redactor);
    }
    return redactor;
  };
}
