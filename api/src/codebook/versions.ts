import type { Transaction } from 'kysely';
import type { Database } from '../db/database.ts';

/** The next free version after `version` of the same codebook: 2026.1 → 2026.2, v → v.2. */
export function nextVersion(version: string, taken: Set<string>): string {
  const match = /^(.*?)(\d+)$/.exec(version);
  for (let n = match ? Number(match[2]) + 1 : 2; ; n += 1) {
    const candidate = match ? `${match[1]}${n}` : `${version}.${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

export interface DraftTheme {
  code: string;
  label_nl: string;
  label_en: string;
  respondent_label: string;
  coder_note: string;
}

/**
 * A new, inactive version of the codebook `sourceId` belongs to, with these themes and the source's
 * facets; nothing changes for respondents or coders until a researcher activates it.
 */
export async function insertDraftVersion(
  tx: Transaction<Database>,
  sourceId: number,
  themes: readonly DraftTheme[],
): Promise<{ id: number; version: string; derivedFrom: string }> {
  const source = await tx.selectFrom('codebooks').selectAll().where('id', '=', sourceId).executeTakeFirstOrThrow();
  const taken = new Set(
    (await tx.selectFrom('codebooks').select('version').where('slug', '=', source.slug).execute()).map(
      (r) => r.version,
    ),
  );
  const version = nextVersion(source.version, taken);
  const { id } = await tx
    .insertInto('codebooks')
    .values({
      slug: source.slug,
      version,
      language: source.language,
      notes: source.notes,
      facets: JSON.stringify(source.facets),
      is_active: false,
      derived_from: source.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('themes')
    .values(themes.map((theme, position) => ({ codebook_id: id, ...theme, position })))
    .execute();
  return { id, version, derivedFrom: source.version };
}
