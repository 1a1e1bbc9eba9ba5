import { type Kysely, sql, type Transaction } from 'kysely';
import { writeAudit } from '../audit/queries.ts';
import type { SessionUser } from '../auth/sessions.ts';
import { organisationInScope } from '../organisations/scope.ts';
import type { StaffRole, Database } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { type CodebookDiff, diffCodebooks } from './diff.ts';
import { parseQdc } from './qdc.ts';
import { insertDraftVersion } from './versions.ts';

const codebookRoles: readonly StaffRole[] = ['researcher'];

async function themesOf(db: Kysely<Database>, codebookId: number) {
  return db
    .selectFrom('themes')
    .select(['code', 'label_nl as label', 'coder_note as description', 'label_en', 'respondent_label'])
    .where('codebook_id', '=', codebookId)
    .orderBy('position')
    .execute();
}

async function requireActive(db: Kysely<Database>) {
  const active = await db
    .selectFrom('codebooks')
    .select(['id', 'slug', 'version'])
    .where('is_active', '=', true)
    .executeTakeFirst();
  if (!active) throw new AppError('codebook_not_active', {}, 'Er is geen actief codeboek om mee te vergelijken.');
  return active;
}

export interface CodebookVersion {
  id: number;
  slug: string;
  version: string;
  isActive: boolean;
  derivedFrom: number | null;
  createdAt: Date;
  themes: number;
}

/** Every version of the codebooks, newest first: the active one and the drafts waiting for a choice. */
export async function listCodebooks(db: Kysely<Database>, user: SessionUser, organisation: string) {
  await organisationInScope(db, user, organisation, codebookRoles);
  const rows = await db
    .selectFrom('codebooks')
    .leftJoin('themes', 'themes.codebook_id', 'codebooks.id')
    .select(['codebooks.id', 'slug', 'version', 'is_active', 'derived_from', 'created_at'])
    .select((eb) => eb.fn.count<number>('themes.id').as('themes'))
    .groupBy('codebooks.id')
    .orderBy('codebooks.id', 'desc')
    .execute();
  return rows.map((r): CodebookVersion => ({
    id: r.id,
    slug: r.slug,
    version: r.version,
    isActive: r.is_active,
    derivedFrom: r.derived_from,
    createdAt: r.created_at,
    themes: Number(r.themes),
  }));
}

/** A version compared with the active one, theme by theme. */
export async function codebookDiff(
  db: Kysely<Database>,
  user: SessionUser,
  organisation: string,
  id: number,
): Promise<{ codebook: { id: number; version: string; isActive: boolean }; active: string; diff: CodebookDiff }> {
  await organisationInScope(db, user, organisation, codebookRoles);
  const codebook = await db
    .selectFrom('codebooks')
    .select(['id', 'version', 'is_active'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!codebook) throw new AppError('codebook_version_not_found', { id }, `Codeboekversie ${id} bestaat niet.`);
  const active = await requireActive(db);
  return {
    codebook: { id: codebook.id, version: codebook.version, isActive: codebook.is_active },
    active: active.version,
    diff: diffCodebooks(await themesOf(db, active.id), await themesOf(db, id)),
  };
}

/**
 * A .qdc from another tool becomes a draft version of the active codebook: a theme it keeps (same
 * code) keeps its respondent wording and English label; new themes take the tool's name for both.
 */
export async function importQdc(db: Kysely<Database>, user: SessionUser, organisation: string, xml: string) {
  const org = await organisationInScope(db, user, organisation, codebookRoles);
  const parsed = parseQdc(xml);
  if (!parsed.ok)
    throw new AppError('codebook_invalid', { problem: parsed.message }, parsed.message, { qdc: [parsed.message] });
  const active = await requireActive(db);
  const current = new Map((await themesOf(db, active.id)).map((t) => [t.code, t]));
  return db.transaction().execute(async (tx) => {
    const draft = await insertDraftVersion(
      tx,
      active.id,
      parsed.themes.map((t) => ({
        code: t.code,
        label_nl: t.label,
        label_en: current.get(t.code)?.label_en ?? t.label,
        respondent_label: current.get(t.code)?.respondent_label ?? t.label,
        coder_note: t.description,
      })),
    );
    await writeAudit(tx, {
      action: 'codebook.imported',
      userId: user.id,
      organisationId: org.id,
      details: { codebookId: draft.id, version: draft.version, themes: parsed.themes.length, origin: parsed.origin },
    });
    return {
      codebook: { id: draft.id, version: draft.version, isActive: false, derivedFrom: draft.derivedFrom },
      active: active.version,
      diff: diffCodebooks([...current.values()], parsed.themes),
    };
  });
}

async function requireDraft(db: Kysely<Database> | Transaction<Database>, id: number) {
  const codebook = await db
    .selectFrom('codebooks')
    .select(['id', 'version', 'is_active'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!codebook) throw new AppError('codebook_version_not_found', { id }, `Codeboekversie ${id} bestaat niet.`);
  if (codebook.is_active)
    throw new AppError(
      'codebook_already_active',
      { version: codebook.version },
      `Versie ${codebook.version} is al het actieve codeboek.`,
    );
  return codebook;
}

/** The researcher's choice: this draft becomes the active codebook (for new stories, coding and reports). */
export async function activateCodebook(db: Kysely<Database>, user: SessionUser, organisation: string, id: number) {
  const org = await organisationInScope(db, user, organisation, codebookRoles);
  await requireDraft(db, id);
  return db.transaction().execute(async (tx) => {
    // Two researchers choosing at once: the second waits and then sees the first one's choice.
    await sql`lock table codebooks in exclusive mode`.execute(tx);
    const draft = await requireDraft(tx, id);
    const previous = await tx
      .updateTable('codebooks')
      .set({ is_active: false })
      .where('is_active', '=', true)
      .returning('version')
      .executeTakeFirst();
    await tx.updateTable('codebooks').set({ is_active: true }).where('id', '=', id).execute();
    await writeAudit(tx, {
      action: 'codebook.activated',
      userId: user.id,
      organisationId: org.id,
      details: { codebookId: id, version: draft.version, previous: previous?.version ?? null },
    });
    return { codebook: { id, version: draft.version, isActive: true }, previous: previous?.version ?? null };
  });
}

/** Throws a draft away; a version that was ever used (stories or codings point to it) stays. */
export async function discardCodebook(db: Kysely<Database>, user: SessionUser, organisation: string, id: number) {
  const org = await organisationInScope(db, user, organisation, codebookRoles);
  const draft = await requireDraft(db, id);
  const { rows } = await sql<{ used: boolean }>`select exists (select 1 from stories where codebook_id = ${id})
    or exists (select 1 from coding_assignments where codebook_id = ${id})
    or exists (select 1 from coding_decisions where codebook_id = ${id})
    or exists (select 1 from codings c join themes t on t.id = c.theme_id where t.codebook_id = ${id}) as used`.execute(
    db,
  );
  if (rows[0]?.used)
    throw new AppError(
      'codebook_version_kept',
      { version: draft.version },
      `Versie ${draft.version} is in gebruik geweest en blijft bewaard.`,
    );
  await db.transaction().execute(async (tx) => {
    await tx.deleteFrom('themes').where('codebook_id', '=', id).execute();
    await tx.deleteFrom('codebooks').where('id', '=', id).execute();
    await writeAudit(tx, {
      action: 'codebook.discarded',
      userId: user.id,
      organisationId: org.id,
      details: { codebookId: id, version: draft.version },
    });
  });
  return { discarded: draft.version };
}
