import { type RawBuilder, sql } from 'kysely';
import { schoolIdsUnderSql } from '../organisations/hierarchy.ts';

/** Which stories an export holds: of these organisations (or one board's schools) and waves. */
export interface StoryScope {
  organisationIds: readonly number[];
  boardId: number | null;
  waveIds: readonly number[];
  /** Stories told outside any wave belong to an export of all waves. */
  includeWithoutWave: boolean;
}

/** The stories of a scope, only those whose teller agreed to share them with researchers. */
export function whereStories(scope: StoryScope): RawBuilder<unknown> {
  const list = (ids: readonly number[]) => (ids.length ? sql.join(ids.map((id) => sql.lit(id))) : sql`null`);
  const waves = scope.includeWithoutWave
    ? sql`(s.wave_id in (${list(scope.waveIds)}) or s.wave_id is null)`
    : sql`s.wave_id in (${list(scope.waveIds)})`;
  const place =
    scope.boardId === null
      ? sql`s.organisation_id in (${list(scope.organisationIds)})`
      : sql`(s.organisation_id = ${sql.lit(scope.boardId)} or s.school_id in ${schoolIdsUnderSql(scope.boardId)})`;
  return sql`s.consent_research and ${place} and ${waves}`;
}
