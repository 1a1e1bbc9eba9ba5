import { CountTable, kAnonymise, valueHierarchy } from '@klankbord/analysis/disclosure';
import { createRedactor } from '@klankbord/analysis/redaction';
import { sql, type Transaction } from 'kysely';
import { csvRow } from '../csv/write-csv.ts';
import type { Database } from '../db/database.ts';
import { decisionsOf, redactWithDecisions, type Redactor } from '../redaction-review/decisions.ts';
import type { Places } from '../organisations/school-places.ts';
import { createPseudonymiser } from './pseudonyms.ts';
import { cursorBatches } from './queries.ts';
import type { TextFile } from './text-file.ts';
import { type StoryScope, whereStories } from './story-scope.ts';
import { writeCodings } from './write-codings.ts';

export const storyColumns = [
  'story_id',
  'wave',
  'role',
  'sector',
  'submitted_year',
  'kind',
  'tone',
  'self_themes',
  'title',
  'text',
];

export async function countStories(tx: Transaction<Database>, scope: StoryScope): Promise<number> {
  const { rows } = await sql<{
    n: number;
  }>`select count(*)::int as n from stories s where ${whereStories(scope)}`.execute(tx);
  return Number(rows[0]?.n ?? 0);
}

/** The story columns that could point to its teller together: in stories.csv k-anonymous like responses.csv. */
export const storyQuasiIdentifiers = ['wave', 'role', 'sector', 'submitted_year'] as const;

export interface StoryDisclosure {
  k: number;
  quasiIdentifiers: readonly string[];
  /** Values replaced by '*' in stories.csv. */
  suppressedValues: number;
  /** Stories whose group stayed under k even with some values suppressed: all four columns '*'. */
  fullySuppressed: number;
  /** The released values of one story, or null when they must all be '*'. */
  release: (raw: readonly string[]) => readonly string[] | null;
}

/**
 * Wave, role, sector and year of a story are suppressed (never generalised: each is one value or '*')
 * until every combination left occurs at least k times, as in responses.csv: "the one story of a young
 * person in speciaal onderwijs in 2025" would point to its teller without any name in it.
 */
export async function decideStoryDisclosure(
  tx: Transaction<Database>,
  scope: StoryScope,
  options: { k: number; maxSuppressedShare: number },
): Promise<StoryDisclosure> {
  const { rows } = await sql<{ wave: string; role: string; sector: string; year: string; n: number }>`
    select coalesce(w.name, '') as wave, s.role, coalesce(s.sector, '') as sector, left(s.submitted_on::text, 4) as year,
      count(*)::int as n
    from stories s left join waves w on w.id = s.wave_id where ${whereStories(scope)} group by 1, 2, 3, 4`.execute(tx);
  const table = new CountTable(
    storyQuasiIdentifiers.map((name) => valueHierarchy(name)),
    rows.length,
  );
  for (const row of rows) table.add([row.wave, row.role, row.sector, row.year], Number(row.n));
  const decision = kAnonymise(table, options);
  // Fewer than k stories in all: every story's four columns are '*'.
  if (!decision.ok)
    return {
      k: options.k,
      quasiIdentifiers: storyQuasiIdentifiers,
      suppressedValues: decision.totalRecords * storyQuasiIdentifiers.length,
      fullySuppressed: decision.totalRecords,
      release: () => null,
    };
  // Generalising a value-or-'*' column is suppressing it for every story: count those values too.
  const wholeColumns = decision.generalisation.filter((g) => g.level > 0).length;
  return {
    k: options.k,
    quasiIdentifiers: storyQuasiIdentifiers,
    suppressedValues:
      decision.suppressedValues +
      wholeColumns * decision.releasedRecords +
      decision.droppedRecords * storyQuasiIdentifiers.length,
    fullySuppressed: decision.droppedRecords,
    release: decision.release,
  };
}

interface StoryRow {
  id: number;
  organisation_id: number;
  wave: string | null;
  role: string;
  sector: string | null;
  submitted_on: string;
  kind: string;
  tone: string;
  self_themes: string[];
  title: string | null;
  text: string;
}

/** A story as it may leave Klankbord: redacted, its metadata k-anonymous, its id a pseudonym. */
export interface ReleasedStory {
  /** The database id: for reading its codings within the export, never written out. */
  rowId: number;
  storyId: string;
  /** Released values of wave, role, sector and year ('*' when suppressed, '' when there is none). */
  wave: string;
  role: string;
  sector: string;
  year: string;
  kind: string;
  tone: string;
  selfThemes: string[];
  title: string | null;
  text: string;
}

export type RedactorFor = (organisationId: number) => Redactor;

/**
 * The one path by which stories leave an export, batch by batch: stories.csv and project.qdpx both read
 * it, so both hold the same redacted texts and the same suppressed metadata.
 */
export async function* releasedStories(
  tx: Transaction<Database>,
  cursorName: string,
  scope: StoryScope,
  disclosure: StoryDisclosure,
  redactorFor: RedactorFor,
  pseudonym: (id: number) => string,
): AsyncGenerator<ReleasedStory[]> {
  const query = sql<StoryRow>`select s.id, s.organisation_id, w.name as wave, s.role, s.sector, s.submitted_on::text as submitted_on, s.kind,
    s.tone, s.self_themes, s.title, s.text from stories s left join waves w on w.id = s.wave_id
    where ${whereStories(scope)} order by s.id`;
  for await (const batch of cursorBatches(tx, cursorName, query, 1000)) {
    // Words a researcher decided to redact (or keep) in a story are applied here too (issue 19).
    const decisions = await decisionsOf(
      tx,
      batch.map((s) => Number(s.id)),
    );
    yield batch.map((story) => {
      const redactor = redactorFor(story.organisation_id);
      const decided = decisions.get(Number(story.id)) ?? [];
      const redact = (text: string) => redactWithDecisions(redactor, text, decided);
      const raw = [story.wave ?? '', story.role, story.sector ?? '', story.submitted_on.slice(0, 4)];
      const [wave = '', role = '', sector = '', year = ''] = disclosure.release(raw) ?? raw.map(() => '*');
      return {
        rowId: story.id,
        storyId: pseudonym(story.id),
        wave,
        role,
        sector,
        year,
        kind: story.kind,
        tone: story.tone,
        selfThemes: story.self_themes,
        title: story.title === null ? null : redact(story.title).text,
        text: redact(story.text).text,
      };
    });
  }
}

/**
 * stories.csv: text and title redacted (names, contact details, schools of the scope), school left out
 * and the date cut to a year, because free text is not covered by the k-anonymity of responses.csv.
 */
async function writeStories(
  file: TextFile,
  stories: AsyncIterable<ReleasedStory[]>,
  onBatch: (rows: number) => Promise<void>,
): Promise<number> {
  let rows = 0;
  try {
    await file.write(csvRow(storyColumns));
    for await (const batch of stories) {
      let chunk = '';
      for (const story of batch) {
        chunk += csvRow([
          story.storyId,
          story.wave || null,
          story.role,
          story.sector || null,
          story.year,
          story.kind,
          story.tone,
          story.selfThemes.join(';'),
          story.title,
          story.text,
        ]);
      }
      rows += batch.length;
      await file.write(chunk);
      await onBatch(batch.length);
    }
  } finally {
    await file.close();
  }
  return rows;
}

/**
 * One redactor per SWV that knows the names of that SWV's schools: a story names its own schools, and a
 * redactor compiled with all 7,000 school names of the country is ~200 times slower per story.
 */
function redactorsBySwv(places: Places): RedactorFor {
  const names = new Map<number, Set<string>>();
  for (const place of places.schools.values()) {
    if (place.swvId === null) continue;
    const set = names.get(place.swvId) ?? new Set<string>();
    set.add(place.name);
    names.set(place.swvId, set);
  }
  const redactors = new Map<number, Redactor>();
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

/**
 * stories.csv and codings.csv, opened one after the other through `open`, and with `refiQda`
 * project.qdpx after them (a second pass over the same snapshot, through the same redaction). Their
 * story ids are keyed pseudonyms with a secret of their own: nothing in the export links a story to a
 * response.
 */
export async function writeStoriesAndCodings(
  tx: Transaction<Database>,
  open: (name: string) => TextFile,
  scope: StoryScope,
  disclosure: StoryDisclosure,
  places: Places,
  onBatch: (rows: number) => Promise<void>,
  project?: (file: TextFile, stories: AsyncIterable<ReleasedStory[]>, coderId: (id: number) => string) => Promise<void>,
): Promise<{ stories: number; codings: number }> {
  const pseudonym = createPseudonymiser();
  const storyId = (id: number) => pseudonym('story', id);
  const coderId = (id: number) => pseudonym('coder', id);
  const redactorFor = redactorsBySwv(places);
  const stories = await writeStories(
    open('stories.csv'),
    releasedStories(tx, 'export_stories', scope, disclosure, redactorFor, storyId),
    onBatch,
  );
  const codings = await writeCodings(tx, open('codings.csv'), scope, storyId, coderId);
  if (project)
    await project(
      open('project.qdpx'),
      releasedStories(tx, 'export_project', scope, disclosure, redactorFor, storyId),
      coderId,
    );
  return { stories, codings };
}
