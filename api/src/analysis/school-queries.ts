import { type Kysely, sql } from 'kysely';
import type { Database, Sector } from '../db/database.ts';
import type { AnalysisScope } from './analysis-scope.ts';
import { responseFilter, schoolFilter, type SizeBand, sizeBandSql } from './scope-sql.ts';

/** One Likert item: its name, where its answer sits, and the (string) values of its two highest points. */
export interface Indicator {
  name: string;
  path: string[];
  values: string[];
  topValues: string[];
}

export interface SchoolCountRow {
  school_id: number | null;
  name: string | null;
  brin: string | null;
  sector: Sector | null;
  pupil_count: number | null;
  band: SizeBand | null;
  n: number;
  /** Per indicator, in order: respondents who answered it, and those who chose one of the top two points. */
  answered: number[];
  top: number[];
}

/**
 * Respondents per school and, per indicator, answered and top-two-box counts: one pass over the
 * responses with a filtered count per indicator. Schools in view without respondents come with n = 0.
 */
export async function schoolCounts(
  db: Kysely<Database>,
  scope: AnalysisScope,
  indicators: readonly Indicator[],
): Promise<SchoolCountRow[]> {
  // The same answers the question view counts: a value of the item's scale, read at the item's path.
  const at = (i: Indicator) =>
    i.path.length === 1
      ? sql`r.answers ->> ${i.path[0]}`
      : sql`r.answers #>> string_to_array(${i.path.join('\u001f')}, chr(31))`;
  const answered = indicators.map((i) => sql`count(*) filter (where ${at(i)} in (${sql.join(i.values)}))::int`);
  const top = indicators.map((i) => sql`count(*) filter (where ${at(i)} in (${sql.join(i.topValues)}))::int`);
  const empty = sql`array[]::int[]`;
  const { rows } = await sql<SchoolCountRow>`
    with counts as (
      select r.school_id, count(*)::int as n,
        ${answered.length ? sql`array[${sql.join(answered)}]` : empty} as answered,
        ${top.length ? sql`array[${sql.join(top)}]` : empty} as top
      from responses r left join schools s on s.id = r.school_id
      where ${responseFilter(scope, scope.waveIds)}
      group by r.school_id
    )
    select s.id as school_id, s.name, s.brin, s.sector, s.pupil_count, ${sizeBandSql} as band,
      coalesce(c.n, 0) as n, coalesce(c.answered, ${empty}) as answered, coalesce(c.top, ${empty}) as top
    from schools s left join counts c on c.school_id = s.id
    where ${schoolFilter(scope)}
    union all
    select null, null, null, null, null, null, c.n, c.answered, c.top from counts c where c.school_id is null`.execute(
    db,
  );
  return rows;
}
