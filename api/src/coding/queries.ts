import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.ts';

type Db = Kysely<Database> | Transaction<Database>;

export interface ActiveCodebook {
  id: number;
  version: string;
  themes: { id: number; code: string; label: string }[];
}

export async function activeCodebook(db: Db): Promise<ActiveCodebook | undefined> {
  const codebook = await db
    .selectFrom('codebooks')
    .select(['id', 'version'])
    .where('is_active', '=', true)
    .executeTakeFirst();
  if (!codebook) return undefined;
  const themes = await db
    .selectFrom('themes')
    .select(['id', 'code', 'label_nl as label'])
    .where('codebook_id', '=', codebook.id)
    .orderBy('position')
    .execute();
  return { ...codebook, themes };
}

export interface StoryRow {
  id: number;
  organisation_id: number;
  title: string | null;
  text: string;
  role: 'ouder' | 'jongere';
  sector: string | null;
  self_themes: string[];
  consent_quote: boolean;
  quote_status: 'pending' | 'approved' | 'rejected';
  locale: string;
}

export async function findStory(db: Db, storyId: number): Promise<StoryRow | undefined> {
  return db
    .selectFrom('stories')
    .select([
      'id',
      'organisation_id',
      'title',
      'text',
      'role',
      'sector',
      'self_themes',
      'consent_quote',
      'quote_status',
      'locale',
    ])
    .where('id', '=', storyId)
    .executeTakeFirst();
}

export async function openAssignmentOf(db: Db, coderId: number, organisationIds: number[]) {
  return db
    .selectFrom('coding_assignments as a')
    .innerJoin('stories as s', 's.id', 'a.story_id')
    .select(['a.story_id', 'a.slot', 'a.is_double'])
    .where('a.coder_user_id', '=', coderId)
    .where('a.done_at', 'is', null)
    .where('s.organisation_id', 'in', organisationIds)
    .orderBy('a.assigned_at')
    .orderBy('a.id')
    .executeTakeFirst();
}

/** The oldest double-coded story whose first coder is someone else and that has no second coder yet. */
export async function storyAwaitingSecondCoder(db: Db, coderId: number, organisationIds: number[]) {
  return db
    .selectFrom('coding_assignments as a')
    .innerJoin('stories as s', 's.id', 'a.story_id')
    .select(['s.id'])
    .where('a.slot', '=', 1)
    .where('a.is_double', '=', true)
    .where('a.coder_user_id', '<>', coderId)
    .where('s.organisation_id', 'in', organisationIds)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('coding_assignments as b')
            .select('b.id')
            .whereRef('b.story_id', '=', 's.id')
            .where('b.slot', '=', 2),
        ),
      ),
    )
    .orderBy('s.submitted_on')
    .orderBy('s.id')
    .executeTakeFirst();
}

/** The oldest story that nobody has coded or been given yet and that has no consensus. */
export async function uncodedStory(db: Db, organisationIds: number[]) {
  return db
    .selectFrom('stories as s')
    .select(['s.id'])
    .where('s.organisation_id', 'in', organisationIds)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('coding_assignments as a').select('a.id').whereRef('a.story_id', '=', 's.id'))),
    )
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('coding_decisions as d').select('d.story_id').whereRef('d.story_id', '=', 's.id'))),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('codings as c')
            .select('c.id')
            .whereRef('c.story_id', '=', 's.id')
            .where('c.is_consensus', '=', true),
        ),
      ),
    )
    .orderBy('s.submitted_on')
    .orderBy('s.id')
    .executeTakeFirst();
}

/** Claims a slot; false when another coder took it at the same moment. */
export async function claimSlot(
  db: Db,
  values: { storyId: number; coderId: number; slot: 1 | 2; isDouble: boolean; codebookId: number },
): Promise<boolean> {
  const row = await db
    .insertInto('coding_assignments')
    .values({
      story_id: values.storyId,
      coder_user_id: values.coderId,
      slot: values.slot,
      is_double: values.isDouble,
      codebook_id: values.codebookId,
    })
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .executeTakeFirst();
  return row !== undefined;
}

export async function assignmentsOf(db: Db, storyId: number) {
  return db.selectFrom('coding_assignments').selectAll().where('story_id', '=', storyId).orderBy('slot').execute();
}

export async function humanCodesOf(db: Db, storyId: number, codebookId: number) {
  return db
    .selectFrom('codings as c')
    .innerJoin('themes as t', 't.id', 'c.theme_id')
    .select(['c.coder_user_id', 't.code'])
    .where('c.story_id', '=', storyId)
    .where('t.codebook_id', '=', codebookId)
    .where('c.is_consensus', '=', false)
    .where('c.coder_user_id', 'is not', null)
    .execute();
}

export async function writeCodings(
  db: Db,
  rows: {
    story_id: number;
    theme_id: number;
    coder_user_id?: number;
    is_consensus?: boolean;
    classifier_version?: string;
    score?: number;
  }[],
): Promise<void> {
  if (rows.length > 0) await db.insertInto('codings').values(rows).execute();
}

export async function remainingCount(db: Db, coderId: number, organisationIds: number[]): Promise<number> {
  const row = await sql<{ n: number }>`
    select count(*)::int as n from stories s
    where s.organisation_id in (${sql.join(organisationIds)})
      and not exists (select 1 from coding_decisions d where d.story_id = s.id)
      and not exists (select 1 from codings c where c.story_id = s.id and c.is_consensus)
      and not exists (select 1 from coding_assignments a where a.story_id = s.id and a.coder_user_id = ${coderId} and a.done_at is not null)
      and (not exists (select 1 from coding_assignments a where a.story_id = s.id)
           or exists (select 1 from coding_assignments a where a.story_id = s.id and a.coder_user_id = ${coderId})
           or exists (select 1 from coding_assignments a where a.story_id = s.id and a.is_double
                      and not exists (select 1 from coding_assignments b where b.story_id = s.id and b.slot = 2)))`.execute(
    db,
  );
  return row.rows[0]?.n ?? 0;
}

export async function doubleShareOf(db: Db, organisationIds: number[]): Promise<number> {
  const rows = await db
    .selectFrom('coding_settings')
    .select(['organisation_id', 'double_share'])
    .where('organisation_id', 'in', organisationIds)
    .execute();
  // The first id is the organisation asked for; its own setting wins over a parent's.
  const own = rows.find((r) => r.organisation_id === organisationIds[0]);
  return Number((own ?? rows[0])?.double_share ?? DEFAULT_DOUBLE_SHARE);
}

export const DEFAULT_DOUBLE_SHARE = 0.2;
