import { sql, type Transaction } from 'kysely';
import { csvRow } from '../csv/write-csv.ts';
import type { Database } from '../db/database.ts';
import { cursorBatches } from './queries.ts';
import type { TextFile } from './text-file.ts';
import { type StoryScope, whereStories } from './story-scope.ts';

export const codingColumns = ['story_id', 'theme', 'coder', 'score', 'consensus'];

export interface CodingRow {
  story_id: number;
  theme: string;
  coder_user_id: number | null;
  classifier_version: string | null;
  score: number | null;
  is_consensus: boolean;
}

/** A coding's coder as an export names it: one coder's code, a classifier's suggestion, or the agreed code. */
export function coderLabel(coding: CodingRow, coderPseudonym: (id: number) => string): string {
  if (coding.coder_user_id !== null) return `coder-${coderPseudonym(coding.coder_user_id)}`;
  return coding.classifier_version !== null ? `classifier-${coding.classifier_version}` : 'consensus';
}

/** The codings of some stories, for the project file that nests them in their story. */
export async function codingsOfStories(tx: Transaction<Database>, storyIds: readonly number[]): Promise<CodingRow[]> {
  if (storyIds.length === 0) return [];
  const { rows } =
    await sql<CodingRow>`select c.story_id, t.code as theme, c.coder_user_id, c.classifier_version, c.score,
    c.is_consensus from codings c join themes t on t.id = c.theme_id
    where c.story_id in (${sql.join(storyIds.map((id) => sql.lit(id)))}) order by c.story_id, c.id`.execute(tx);
  return rows;
}

/** codings.csv: the theme codes of the exported stories; human coders appear as pseudonyms. */
export async function writeCodings(
  tx: Transaction<Database>,
  file: TextFile,
  scope: StoryScope,
  storyPseudonym: (id: number) => string,
  coderPseudonym: (id: number) => string,
): Promise<number> {
  let rows = 0;
  try {
    await file.write(csvRow(codingColumns));
    const query = sql<CodingRow>`select c.story_id, t.code as theme, c.coder_user_id, c.classifier_version, c.score,
      c.is_consensus from codings c join stories s on s.id = c.story_id join themes t on t.id = c.theme_id
      where ${whereStories(scope)} order by c.id`;
    for await (const batch of cursorBatches(tx, 'export_codings', query)) {
      let chunk = '';
      for (const coding of batch) {
        chunk += csvRow([
          storyPseudonym(coding.story_id),
          coding.theme,
          coderLabel(coding, coderPseudonym),
          coding.score,
          coding.is_consensus ? 1 : 0,
        ]);
      }
      rows += batch.length;
      await file.write(chunk);
    }
  } finally {
    await file.close();
  }
  return rows;
}
