import type { Kysely } from 'kysely';
import type { Database, Sector } from '../db/database.ts';

export interface SchoolPlace {
  label: string;
  name: string;
  sector: Sector;
  board: string;
  swv: string;
  region: string;
  swvId: number | null;
}

export interface Places {
  schools: Map<number, SchoolPlace>;
  /** Organisation → the SWV it belongs to (itself for an SWV). */
  swvOfOrganisation: Map<number, number>;
}

/** Every school with its board, SWV and region: the steps of the school hierarchy. */
export async function schoolPlaces(db: Kysely<Database>): Promise<Places> {
  const organisations = await db
    .selectFrom('organisations')
    .select(['id', 'name', 'slug', 'parent_id', 'region'])
    .execute();
  const nameCount = new Map<string, number>();
  for (const o of organisations) nameCount.set(o.name, (nameCount.get(o.name) ?? 0) + 1);
  // Names label the levels; a name two organisations share gets its slug, so each level stays one value.
  const labelOf = new Map(
    organisations.map((o) => [o.id, (nameCount.get(o.name) ?? 0) > 1 ? `${o.name} (${o.slug})` : o.name]),
  );
  const byId = new Map(organisations.map((o) => [o.id, o]));
  const schools = await db
    .selectFrom('schools')
    .select(['id', 'brin', 'vestiging', 'name', 'sector', 'organisation_id'])
    .execute();
  const places = new Map<number, SchoolPlace>();
  for (const school of schools) {
    const board = byId.get(school.organisation_id);
    const swv = board?.parent_id ? byId.get(board.parent_id) : board;
    places.set(school.id, {
      label: school.vestiging && school.vestiging !== '00' ? `${school.brin}${school.vestiging}` : school.brin,
      name: school.name,
      sector: school.sector,
      board: labelOf.get(school.organisation_id) ?? '',
      swv: swv ? (labelOf.get(swv.id) ?? '') : '',
      region: swv?.region ?? board?.region ?? '',
      swvId: swv?.id ?? null,
    });
  }
  const swvOfOrganisation = new Map(organisations.map((o) => [o.id, o.parent_id ?? o.id]));
  return { schools: places, swvOfOrganisation };
}
