import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { AnalysisItem } from '../surveys/analysis-items.ts';
import type { AnalysisScope } from './analysis-scope.ts';
import { responseFilter } from './scope-sql.ts';

export interface PriorityCountRow {
  question: string;
  school: string | null;
  /** Respondents who answered the item, and who chose one of its top two points. */
  answered: number;
  top: number;
  /** Sums over respondents who answered the item (x) and the report mark (y): for Pearson's r. */
  n: number;
  sx: number;
  sy: number;
  sxx: number;
  syy: number;
  sxy: number;
}

type Item = Pick<AnalysisItem, 'name' | 'path' | 'values'>;

/**
 * Per item and school, in one scan of the responses: answered and top-two counts, and the sums a
 * correlation of the item with the report mark needs (numbers only, never a respondent's row; all
 * zero without a mark, when the questionnaire's own importance questions measure importance).
 */
export async function priorityCounts(
  db: Kysely<Database>,
  scope: AnalysisScope,
  items: readonly Item[],
  mark: Item | null,
): Promise<PriorityCountRow[]> {
  if (items.length === 0) return [];
  const param = JSON.stringify(
    items.map((i) => ({ name: i.name, path: i.path.join('\u001f'), top: i.values.slice(-2).join('\u001f') })),
  );
  const valueAt = (path: readonly string[]) =>
    path.length === 1
      ? sql`r.answers ->> ${path[0]}`
      : sql`r.answers #>> string_to_array(${path.join('\u001f')}, chr(31))`;
  const y = mark
    ? sql`case when ${valueAt(mark.path)} in (${sql.join(mark.values)}) then (${valueAt(mark.path)})::float8 end`
    : sql`null::float8`;
  const { rows } = await sql<PriorityCountRow>`
    with q as (
      select name, string_to_array(path, chr(31)) as path, string_to_array(top, chr(31)) as top
      from jsonb_to_recordset(${param}::text::jsonb) as x(name text, path text, top text)
    ),
    a as (
      select q.name as question, r.school_id, q.top,
        case when cardinality(q.path) = 1 then r.answers ->> q.path[1] else r.answers #>> q.path end as v,
        ${y} as y
      from responses r left join schools s on s.id = r.school_id cross join q
      where ${responseFilter(scope, scope.waveIds)}
    ),
    b as (
      select question, school_id, v, y, top,
        case when v ~ '^-?[0-9]+(\\.[0-9]+)?$' then v::float8 end as x from a
    )
    select question, school_id::text as school,
      count(x)::int as answered,
      count(*) filter (where v = any(top))::int as top,
      count(*) filter (where x is not null and y is not null)::int as n,
      coalesce(sum(x) filter (where y is not null), 0)::float8 as sx,
      coalesce(sum(y) filter (where x is not null), 0)::float8 as sy,
      coalesce(sum(x * x) filter (where y is not null), 0)::float8 as sxx,
      coalesce(sum(y * y) filter (where x is not null), 0)::float8 as syy,
      coalesce(sum(x * y), 0)::float8 as sxy
    from b group by 1, 2`.execute(db);
  return rows;
}
