import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import { organisationFamily } from '../organisations/hierarchy.ts';

export interface ExportWave {
  id: number;
  name: string;
  year: number;
  audience: 'ouder' | 'jongere';
  organisation_id: number;
  definition: Record<string, unknown>;
}

/** Waves an export of this organisation may hold: its own, its boards', and (for a board) its SWV's. */
export async function wavesForOrganisation(
  db: Kysely<Database>,
  organisation: { id: number; parent_id: number | null },
) {
  const organisationIds = await organisationFamily(db, organisation);
  const rows = await db
    .selectFrom('waves')
    .select(['id', 'name', 'year', 'audience', 'organisation_id', 'survey_version_id'])
    .where('organisation_id', 'in', organisationIds)
    .orderBy('id')
    .execute();
  // Hundreds of waves share a few survey versions; each definition (six languages) is read once.
  const versionIds = [...new Set(rows.map((w) => w.survey_version_id))];
  const versions = versionIds.length
    ? await db.selectFrom('survey_versions').select(['id', 'definition']).where('id', 'in', versionIds).execute()
    : [];
  // Some databases hold a definition as a JSON string inside jsonb (an older seeder encoded it twice).
  const definitions = new Map(
    versions.map((v) => [
      v.id,
      typeof v.definition === 'string' ? (JSON.parse(v.definition) as Record<string, unknown>) : v.definition,
    ]),
  );
  return rows.map(({ survey_version_id, ...wave }) => ({
    ...wave,
    definition: definitions.get(survey_version_id) ?? {},
  }));
}

// postgres.js prepares each statement text once per connection and keeps the row description of its
// first run: a FETCH from a cursor of the same name but other columns would be read with the old
// columns (a wrong row, or a parse error). Every cursor therefore gets a name of its own.
let cursorCount = 0;

/**
 * Streams a query's rows in batches through a server-side cursor: never the whole result in memory. The
 * next batch is asked for before this one is handed over, so the database reads while the caller writes.
 */
export async function* cursorBatches<T>(
  tx: Transaction<Database>,
  label: string,
  query: RawBuilder<T>,
  batchSize = 5000,
): AsyncGenerator<T[]> {
  cursorCount += 1;
  const name = `${label}_${cursorCount}`;
  await sql`declare ${sql.id(name)} no scroll cursor for ${query}`.execute(tx);
  const fetch = () => sql<T>`fetch forward ${sql.lit(batchSize)} from ${sql.id(name)}`.execute(tx);
  let pending: ReturnType<typeof fetch> | undefined = fetch();
  try {
    while (pending) {
      const { rows }: { rows: T[] } = await pending;
      pending = rows.length === batchSize ? fetch() : undefined;
      if (rows.length > 0) yield rows;
    }
  } finally {
    // A caller that stops early leaves a fetch under way; the cursor closes after it.
    await pending?.catch(() => {});
    await sql`close ${sql.id(name)}`.execute(tx);
  }
}
