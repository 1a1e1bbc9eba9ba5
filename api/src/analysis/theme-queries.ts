import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';
import type { AnalysisScope } from './analysis-scope.ts';
import { schoolFilter } from './scope-sql.ts';

export const themeGroupings = ['role', 'sector', 'school', 'tone'] as const;
export type ThemeGrouping = (typeof themeGroupings)[number];

export interface ThemeCountRow {
  /** theme: stories per group × theme; group: stories per group; pair: stories with both themes; source: stories per theme source. */
  kind: 'theme' | 'group' | 'pair' | 'source';
  current: boolean;
  /** The unit of the disclosure rule for stories: sector and role. */
  sector: string | null;
  role: string;
  grp: string | null;
  label: string | null;
  theme: string | null;
  theme2: string | null;
  n: number;
}

const groupSql = {
  role: sql<string>`st.role`,
  sector: sql<string | null>`coalesce(s.sector, st.sector)`,
  school: sql<string | null>`st.school_id::text`,
  tone: sql<string>`st.tone`,
} satisfies Record<ThemeGrouping, unknown>;

const labelSql = {
  role: sql<string>`st.role`,
  sector: sql<string | null>`coalesce(s.sector, st.sector)`,
  school: sql<string | null>`s.name || ' (' || s.brin || ')'`,
  tone: sql<string>`st.tone`,
} satisfies Record<ThemeGrouping, unknown>;

/**
 * Every count the themes view needs, in one statement, per sector and role (the rule's unit for
 * stories): a story's themes are its consensus codings when it has any, else the respondent's own
 * tags; the previous wave's theme totals ride along.
 */
export async function themeCounts(
  db: Kysely<Database>,
  scope: AnalysisScope,
  by: ThemeGrouping,
): Promise<ThemeCountRow[]> {
  // The planner's row estimates for the unnested themes are far too high, which triggers JIT compilation
  // costing more than the query itself (1.4 s of 1.6 s at 100k responses); off for this statement only.
  const { rows } = await db.transaction().execute(async (tx) => {
    await sql`set local jit = off`.execute(tx);
    return themeSql(scope, by).execute(tx);
  });
  return rows;
}

function themeSql(scope: AnalysisScope, by: ThemeGrouping) {
  const waveIds = [...scope.waveIds, ...(scope.previous?.waveIds ?? [])];
  return sql<ThemeCountRow>`
    with scoped as materialized (
      select st.id, st.wave_id in (${sql.join(scope.waveIds)}) as current, coalesce(s.sector, st.sector) as sector,
        st.role, ${groupSql[by]} as grp, ${labelSql[by]} as label, st.self_themes
      from stories st left join schools s on s.id = st.school_id
      where st.wave_id in (${sql.join(waveIds)}) and ${schoolFilter(scope, true)}
    ),
    consensus as materialized (
      select distinct c.story_id, t.code as theme
      from codings c join themes t on t.id = c.theme_id
      where c.is_consensus and c.story_id in (select id from scoped)
    ),
    -- A join, not NOT EXISTS: the planner then hashes the coded ids instead of rescanning the CTE per story.
    coded as materialized (select distinct story_id from consensus),
    story_themes as materialized (
      select sc.id, sc.current, sc.sector, sc.role, sc.grp, co.theme, 'consensus' as source
      from scoped sc join consensus co on co.story_id = sc.id
      union all
      select distinct sc.id, sc.current, sc.sector, sc.role, sc.grp, unnest(sc.self_themes) as theme, 'self' as source
      from scoped sc left join coded on coded.story_id = sc.id where coded.story_id is null
    )
    select 'theme' as kind, current, sector, role, case when current then grp end as grp, null as label, theme,
      null as theme2, count(*)::int as n
    from story_themes group by 2, 3, 4, 5, 7
    union all
    select 'group', current, sector, role, case when current then grp end, max(label), null, null, count(*)::int
    from scoped group by 2, 3, 4, 5
    union all
    select 'pair', true, a.sector, a.role, null, null, a.theme, b.theme, count(*)::int
    from story_themes a join story_themes b on b.id = a.id and a.theme < b.theme
    where a.current group by 3, 4, 7, 8
    union all
    select 'source', true, sector, role, source, null, null, null, count(distinct id)::int
    from story_themes where current group by 3, 4, 5`;
}
