import { type Kysely, sql } from 'kysely';
import type { Database, RespondentRole, Sector } from '../db/database.ts';

/** The waves of one year run by the organisation or its SWV, parents first. */
export async function wavesOfYear(db: Kysely<Database>, organisationIds: number[], year: number) {
  return db
    .selectFrom('waves')
    .select(['id', 'name', 'year', 'audience', 'opens_on as opensOn', 'closes_on as closesOn'])
    .where('organisation_id', 'in', organisationIds)
    .where('year', '=', year)
    .orderBy('audience', 'desc')
    .orderBy('id')
    .execute();
}

export interface QuoteCandidate {
  id: number;
  role: RespondentRole;
  sector: Sector | null;
  school_id: number | null;
  text: string;
  /** The language the story was told in: a quote keeps it (lang attribute) for screen readers. */
  locale: string;
  themes: string[];
  /** Stories of the same role and sector in these waves: the group the quote comes from. */
  group_size: number;
}

/**
 * Stories that may be quoted: consent given and approved by a researcher, in the waves and schools in
 * view. Themes are the consensus codes when there are any, else the respondent's own tags.
 */
export async function quoteCandidates(
  db: Kysely<Database>,
  scope: { waveIds: number[]; organisationIds: number[]; includeUnknownSchool: boolean },
): Promise<QuoteCandidate[]> {
  const inView = scope.includeUnknownSchool
    ? sql`(s.id is null or s.organisation_id in (${sql.join(scope.organisationIds)}))`
    : sql`s.organisation_id in (${sql.join(scope.organisationIds)})`;
  const { rows } = await sql<QuoteCandidate>`
    with scoped as (
      select st.id, st.role, coalesce(s.sector, st.sector) as sector, st.school_id, st.text, st.locale, st.self_themes,
        st.consent_quote, st.quote_status
      from stories st left join schools s on s.id = st.school_id
      where st.wave_id in (${sql.join(scope.waveIds)}) and ${inView}
    ),
    groups as (select role, sector, count(*)::int as n from scoped group by 1, 2)
    select sc.id, sc.role, sc.sector, sc.school_id, sc.text, sc.locale, g.n as group_size,
      coalesce(
        (select array_agg(distinct t.code order by t.code) from codings c join themes t on t.id = c.theme_id
          where c.story_id = sc.id and c.is_consensus),
        sc.self_themes) as themes
    from scoped sc join groups g on g.role = sc.role and g.sector is not distinct from sc.sector
    where sc.consent_quote and sc.quote_status = 'approved'
    order by sc.id`.execute(db);
  return rows;
}

/** The active codebook's slug and version, and its themes with labels in codebook order. */
export async function activeCodebook(db: Kysely<Database>) {
  const codebook = await db
    .selectFrom('codebooks')
    .select(['id', 'slug', 'version'])
    .where('is_active', '=', true)
    .executeTakeFirst();
  return codebook ?? null;
}

/** The last day with a complete response or a story in these waves: part of the data version. */
export async function lastSubmission(db: Kysely<Database>, waveIds: number[]): Promise<string | null> {
  const { rows } = await sql<{ last: string | null }>`
    select max(d)::text as last from (
      select max(submitted_on) as d from responses where wave_id in (${sql.join(waveIds)}) and status = 'complete'
      union all select max(submitted_on) from stories where wave_id in (${sql.join(waveIds)})) x`.execute(db);
  return rows[0]?.last ?? null;
}
