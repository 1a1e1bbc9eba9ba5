import { type Kysely, sql } from 'kysely';
import type { Database, Sector } from '../db/database.ts';
import type { AnalysisItem } from '../surveys/analysis-items.ts';
import type { AnalysisScope } from './analysis-scope.ts';
import { populationSql, responseFilter, type SizeBand, sizeBandSql } from './scope-sql.ts';

export const questionGroupings = ['sector', 'school', 'role'] as const;
export type QuestionGrouping = (typeof questionGroupings)[number];

/**
 * Answers counted per school (the unit of the disclosure rule) and value. A null value counts the
 * respondents who skipped a single-answer item, or who ticked anything on a multi-answer item.
 */
export interface AnswerCountRow {
  kind: 'answers' | 'population';
  school: string | null;
  label: string | null;
  role: string | null;
  sector: Sector | null;
  band: SizeBand | null;
  value: string | null;
  n: number;
}

type ItemQuery = Pick<AnalysisItem, 'name' | 'path' | 'kind'>;

/**
 * Answers to several items counted per item, school and value in one scan of the responses (the report
 * compares every Likert item at once); a matrix row is read at its path. The population rows (pupils per
 * sector and size band; for a school without a known pupil count, n counts schools and band is null) ride
 * along once, under every item.
 */
export async function answerCountsByQuestion(
  db: Kysely<Database>,
  scope: AnalysisScope,
  items: readonly ItemQuery[],
): Promise<Map<string, AnswerCountRow[]>> {
  // The items travel as one JSON parameter: the same on PGlite and postgres.js, whatever the count.
  const param = (list: readonly ItemQuery[]) =>
    JSON.stringify(list.map((i) => ({ name: i.name, path: i.path.join('\u001f') })));
  const single = items.filter((i) => i.kind !== 'multi');
  const multi = items.filter((i) => i.kind === 'multi');
  const itemsOf = (list: readonly ItemQuery[]) =>
    sql`(select name, string_to_array(path, chr(31)) as path
      from jsonb_to_recordset(${param(list)}::text::jsonb) as x(name text, path text))`;
  // Counted per school id first; the school's name, sector and size band are joined to the few counts after.
  const parts = [];
  if (single.length > 0)
    parts.push(sql`select q.name as question, r.school_id, r.role, case when cardinality(q.path) = 1 then r.answers ->> q.path[1]
        else r.answers #>> q.path end as value, count(*)::int as n
      from responses r left join schools s on s.id = r.school_id cross join ${itemsOf(single)} q
      where ${responseFilter(scope, scope.waveIds)}
      group by 1, 2, 3, 4`);
  if (multi.length > 0)
    parts.push(sql`select q.name as question, r.school_id, r.role, e.value, count(*)::int as n
      from responses r left join schools s on s.id = r.school_id cross join ${itemsOf(multi)} q
        cross join lateral (
          select x as value from jsonb_array_elements_text(r.answers #> q.path) x
          union all select null where jsonb_array_length(r.answers #> q.path) > 0) e
      where ${responseFilter(scope, scope.waveIds)} and jsonb_typeof(r.answers #> q.path) = 'array'
      group by 1, 2, 3, 4`);
  const answers = sql`select c.question, 'answers' as kind, c.school_id::text as school,
      s.name || ' (' || s.brin || ')' as label, c.role, s.sector, ${sizeBandSql} as band, c.value, c.n
    from (${sql.join(parts, sql` union all `)}) c left join schools s on s.id = c.school_id`;
  const populationRows = sql`select null as question, 'population' as kind, null, null, null, p.sector, p.band, null, p.n
    from (${populationSql(scope)}) p`;
  const { rows } = await sql<AnswerCountRow & { question: string | null }>`${
    parts.length ? sql`${answers} union all ${populationRows}` : populationRows
  }`.execute(db);
  const population = rows.filter((r) => r.question === null);
  const byItem = new Map<string, AnswerCountRow[]>(items.map((i) => [i.name, []]));
  for (const { question, ...row } of rows) if (question !== null) byItem.get(question)?.push(row);
  for (const list of byItem.values()) list.push(...population);
  return byItem;
}

/** Answers to one item counted per school and value (see answerCountsByQuestion). */
export async function answerCounts(
  db: Kysely<Database>,
  scope: AnalysisScope,
  item: ItemQuery,
): Promise<AnswerCountRow[]> {
  return (await answerCountsByQuestion(db, scope, [item])).get(item.name) ?? [];
}
