import type { Codebook } from '@klankbord/analysis/codebook';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { QdcCodebook } from './qdc.ts';

/** Stores a codebook and its themes; returns the codebook id and the theme ids by code. */
export async function insertCodebook(
  db: Kysely<Database> | Transaction<Database>,
  codebook: Codebook,
  options: { active: boolean },
): Promise<{ id: number; themeIds: Map<string, number> }> {
  const { id } = await db
    .insertInto('codebooks')
    .values({
      slug: codebook.codebook,
      version: codebook.version,
      language: codebook.language,
      notes: codebook.notes,
      facets: JSON.stringify(codebook.facets),
      is_active: options.active,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const themes = await db
    .insertInto('themes')
    .values(
      codebook.themes.map((theme, position) => ({
        codebook_id: id,
        code: theme.code,
        label_nl: theme.label_nl,
        label_en: theme.label_en,
        respondent_label: theme.respondent_label,
        coder_note: theme.coder_note,
        position,
      })),
    )
    .returning(['id', 'code'])
    .execute();
  return { id, themeIds: new Map(themes.map((t) => [t.code, t.id])) };
}

/** The active codebook as REFI-QDA carries it (code, label, the coders' note as description), or null. */
export async function activeQdcCodebook(db: Kysely<Database> | Transaction<Database>): Promise<QdcCodebook | null> {
  const codebook = await db
    .selectFrom('codebooks')
    .select(['id', 'slug', 'version'])
    .where('is_active', '=', true)
    .executeTakeFirst();
  if (!codebook) return null;
  const themes = await db
    .selectFrom('themes')
    .select(['code', 'label_nl as label', 'coder_note as description'])
    .where('codebook_id', '=', codebook.id)
    .orderBy('position')
    .execute();
  return { slug: codebook.slug, version: codebook.version, themes };
}
