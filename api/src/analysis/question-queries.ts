import { type Kysely, sql } from 'kysely';
import type { Database, Sector } from '../db/database.ts';
import type { AnalysisScope } from './analysis-scope.ts';
import { populationSql, responseFilter, type SizeBand, sizeBandSql } from './scope-sql.ts';

export const questionGroupings = ['sector', 'school', 'role'] as const;
export type QuestionGrouping = (typeof questionGroupings)[number];

export interface AnswerCountRow {
  kind: 'answers' | 'population';
  grp: string | null;
  label: string | null;
  sector: Sector | null;
  band: SizeBand | null;
  value: string | null;
  n: number;
}

const groupSql = {
  sector: sql<string | null>`s.sector`,
  school: sql<string | null>`r.school_id::text`,
  role: sql<string | null>`r.role`,
} satisfies Record<QuestionGrouping, unknown>;

const labelSql = {
  sector: sql<string | null>`s.sector`,
  school: sql<string | null>`s.name || ' (' || s.brin || ')'`,
  role: sql<string | null>`r.role`,
} satisfies Record<QuestionGrouping, unknown>;

/**
 * Answers to several questions counted per question, group, sector and size band, in one scan of the
 * responses (the report compares every Likert item at once). A null value counts the respondents who
 * skipped the question. The population rows (pupils per sector and size band; for a school without a
 * known pupil count, n counts schools and band is null) ride along once, under every question.
 */
export async function answerCountsByQuestion(
  db: Kysely<Database>,
  scope: AnalysisScope,
  questions: readonly string[],
  by: QuestionGrouping,
): Promise<Map<string, AnswerCountRow[]>> {
  // The names travel as one JSON parameter: the same on PGlite and postgres.js, whatever the count.
  const { rows } = await sql<AnswerCountRow & { question: string | null }>`
    select q.name as question, 'answers' as kind, ${groupSql[by]} as grp, ${labelSql[by]} as label,
      s.sector as sector, ${sizeBandSql} as band, r.answers ->> q.name as value, count(*)::int as n
    from responses r left join schools s on s.id = r.school_id
      cross join jsonb_array_elements_text(${JSON.stringify(questions)}::text::jsonb) as q(name)
    where ${responseFilter(scope, scope.waveIds)}
    group by 1, 3, 4, 5, 6, 7
    union all
    select null as question, p.* from (${populationSql(scope)}) p`.execute(db);
  const population = rows.filter((r) => r.question === null);
  return new Map(
    questions.map((name) => [
      name,
      [...rows.filter((r) => r.question === name), ...population].map(({ question: _, ...row }) => row),
    ]),
  );
}

/** Answers to one question counted per group, sector and size band (see answerCountsByQuestion). */
export async function answerCounts(
  db: Kysely<Database>,
  scope: AnalysisScope,
  question: string,
  by: QuestionGrouping,
): Promise<AnswerCountRow[]> {
  return (await answerCountsByQuestion(db, scope, [question], by)).get(question) ?? [];
}
