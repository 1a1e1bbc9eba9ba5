import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.ts';
import { organisationInScope } from '../organisations/scope.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { organisationAndChildren } from '../organisations/hierarchy.ts';
import { findStory, humanCodesOf, remainingCount } from './queries.ts';
import { coderRoles, requireActiveCodebook, storyInScope, storyView, writeConsensus } from './service.ts';

// Double-coded stories whose two coders are done and disagreed: no decision yet.
function storiesNeedingConsensus(db: Kysely<Database>, organisationIds: number[]) {
  return db
    .selectFrom('stories as s')
    .select('s.id')
    .where('s.organisation_id', 'in', organisationIds)
    .where(({ exists, not, selectFrom }) =>
      not(exists(selectFrom('coding_decisions as d').select('d.story_id').whereRef('d.story_id', '=', 's.id'))),
    )
    .where(
      ({ selectFrom }) =>
        selectFrom('coding_assignments as a')
          .select(({ fn }) => fn.countAll<number>().as('n'))
          .whereRef('a.story_id', '=', 's.id')
          .where('a.done_at', 'is not', null),
      '=',
      2,
    )
    .orderBy('s.submitted_on')
    .orderBy('s.id');
}

/** The consensus queue: each disagreeing story with both coders' themes side by side. */
export async function consensusQueue(db: Kysely<Database>, user: SessionUser, organisationSlug: string) {
  const organisation = await organisationInScope(db, user, organisationSlug, coderRoles);
  const codebook = await requireActiveCodebook(db);
  const rows = await storiesNeedingConsensus(db, await organisationAndChildren(db, organisation.id))
    .limit(50)
    .execute();
  const stories = [];
  for (const { id } of rows) {
    const story = await findStory(db, id);
    if (!story) continue;
    const codes = await humanCodesOf(db, id, codebook.id);
    const coders = await db
      .selectFrom('coding_assignments as a')
      .innerJoin('users as u', 'u.id', 'a.coder_user_id')
      .select(['a.coder_user_id', 'u.name', 'a.slot'])
      .where('a.story_id', '=', id)
      .orderBy('a.slot')
      .execute();
    stories.push({
      ...(await storyView(db, story, codebook)),
      coders: coders.map((c) => ({
        name: c.name,
        themes: codes.filter((code) => code.coder_user_id === c.coder_user_id).map((code) => code.code),
      })),
    });
  }
  return { stories, themes: codebook.themes };
}

/** Settles a disagreeing double-coded story with the themes the coders agreed on together. */
export async function decideConsensus(db: Kysely<Database>, user: SessionUser, storyId: number, themes: string[]) {
  const story = await storyInScope(db, user, storyId);
  const codebook = await requireActiveCodebook(db);
  const byCode = new Map(codebook.themes.map((t) => [t.code, t.id]));
  const unknown = themes.filter((code) => !byCode.has(code));
  if (unknown.length > 0)
    throw new AppError('form_incomplete', {}, 'Niet alles is goed ingevuld.', {
      themes: [`Onbekend thema in het actieve codeboek: ${unknown.join(', ')}.`],
    });
  const waiting = await storiesNeedingConsensus(db, [story.organisation_id])
    .where('s.id', '=', storyId)
    .executeTakeFirst();
  if (!waiting)
    throw new AppError('story_not_awaiting_consensus', {}, 'Dit verhaal wacht niet op een consensusbesluit.');
  await db.transaction().execute((tx) =>
    writeConsensus(tx, {
      storyId,
      codebookId: codebook.id,
      themeIds: [...new Set(themes)].map((code) => byCode.get(code) as number),
      method: 'consensus',
      decidedBy: user.id,
    }),
  );
  return { outcome: 'consensus' as const };
}

/** What waits for this researcher: stories still to code, and disagreements waiting for a consensus. */
export async function codingBacklog(db: Kysely<Database>, user: SessionUser, organisationSlug: string) {
  const organisation = await organisationInScope(db, user, organisationSlug, coderRoles);
  const organisationIds = await organisationAndChildren(db, organisation.id);
  const [toCode, consensus] = await Promise.all([
    remainingCount(db, user.id, organisationIds),
    storiesNeedingConsensus(db, organisationIds).execute(),
  ]);
  return { toCode, needingConsensus: consensus.length };
}
