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
 * Answers to one question counted per group, sector and size band, in one GROUP BY. A null value
 * counts the respondents who skipped the question. The population rows (pupils per sector and size
 * band; for a school without a known pupil count, n counts schools and band is null) ride along.
 */
export async function answerCounts(
  db: Kysely<Database>,
  scope: AnalysisScope,
  question: string,
  by: QuestionGrouping,
): Promise<AnswerCountRow[]> {
  const { rows } = await sql<AnswerCountRow>`
    select 'answers' as kind, ${groupSql[by]} as grp, ${labelSql[by]} as label, s.sector as sector,
      ${sizeBandSql} as band, r.answers ->> ${question} as value, count(*)::int as n
    from responses r left join schools s on s.id = r.school_id
    where ${responseFilter(scope, scope.waveIds)}
    group by 2, 3, 4, 5, 6
    union all
    ${populationSql(scope)}`.execute(db);
  return rows;
}
