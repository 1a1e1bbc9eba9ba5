import { type RawBuilder, sql } from 'kysely';
import type { AnalysisScope } from './analysis-scope.ts';

/** School size bands for the weighting margins, by pupil count. */
export const sizeBands = ['klein', 'middel', 'groot'] as const;
export type SizeBand = (typeof sizeBands)[number];

// Bands chosen so each sector has schools in more than one band (po median ~220, vo ~850 pupils).
export const sizeBandSql = sql<SizeBand | null>`case when s.pupil_count is null then null
  when s.pupil_count < 200 then 'klein' when s.pupil_count < 500 then 'middel' else 'groot' end`;

export function sizeBandOf(pupils: number | null): SizeBand | null {
  if (pupils === null) return null;
  return pupils < 200 ? 'klein' : pupils < 500 ? 'middel' : 'groot';
}

/** Schools in view; `s` is the schools table. */
export function schoolFilter(scope: AnalysisScope, unknownSchool = false): RawBuilder<unknown> {
  if (scope.organisationIds === null) return sql`true`;
  const inOrganisation = sql`s.organisation_id in (${sql.join(scope.organisationIds)})`;
  return unknownSchool && scope.includeUnknownSchool ? sql`(s.id is null or ${inOrganisation})` : inOrganisation;
}

/** Complete responses (alias `r`, its school left-joined as `s`) of the given waves in view. */
export function responseFilter(scope: AnalysisScope, waveIds: number[]): RawBuilder<unknown> {
  return sql`r.status = 'complete' and r.wave_id in (${sql.join(waveIds)}) and ${schoolFilter(scope, true)}`;
}

/**
 * Population margins as rows shaped like the answer rows: pupils per sector and size band of the
 * schools in view; where the pupil count is unknown (band null), n counts those schools instead.
 */
export function populationSql(scope: AnalysisScope): RawBuilder<unknown> {
  return sql`select 'population' as kind, null as grp, null as label, s.sector as sector, ${sizeBandSql} as band,
      null as value,
      coalesce(sum(s.pupil_count), count(*))::int as n
    from schools s where ${schoolFilter(scope)} group by 4, 5`;
}
