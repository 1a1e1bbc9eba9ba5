import type { Kysely, Transaction } from 'kysely';
import { writeAudit } from '../audit/queries.ts';
import type { SessionUser } from '../auth/sessions.ts';
import { organisationInScope, scopeOf } from '../organisations/scope.ts';
import type { Database, StaffRole } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { organisationAndChildren, organisationAndParent, schoolNamesUnder } from '../organisations/hierarchy.ts';
import {
  type ActiveCodebook,
  activeCodebook,
  assignmentsOf,
  claimSlot,
  doubleShareOf,
  findStory,
  humanCodesOf,
  openAssignmentOf,
  remainingCount,
  type StoryRow,
  storyAwaitingSecondCoder,
  uncodedStory,
  writeCodings,
} from './queries.ts';
import { createRedactor } from '@klankbord/analysis/redaction';
import { decisionsOf, redactWithDecisions, saveDecision } from '../redaction-review/decisions.ts';
import { suggestThemes } from './suggestions.ts';

export const coderRoles: readonly StaffRole[] = ['researcher'];

/** Whether a story is double-coded: a fixed pseudo-random draw per story, so a reload never changes it. */
export function isDoubleCoded(storyId: number, share: number): boolean {
  return (Math.imul(storyId, 2_654_435_761) >>> 0) % 1000 < Math.round(share * 1000);
}

export async function requireActiveCodebook(db: Kysely<Database>): Promise<ActiveCodebook> {
  const codebook = await activeCodebook(db);
  if (!codebook)
    throw new AppError('codebook_not_active', {}, 'Er is geen actief codeboek; activeer eerst een codeboek.');
  return codebook;
}

/** The story with this id when the user may code it (researcher of its organisation or of the SWV above). */
export async function storyInScope(db: Kysely<Database>, user: SessionUser, storyId: number): Promise<StoryRow> {
  const story = await findStory(db, storyId);
  if (!story) throw new AppError('story_not_found', { id: storyId }, `Verhaal ${storyId} bestaat niet.`);
  const scope = await scopeOf(db, user, coderRoles);
  if (!scope.organisationIds.has(story.organisation_id))
    throw new AppError('story_outside_access', {}, 'Dit verhaal valt buiten je toegang.');
  return story;
}

/** Redacted text and machine suggestions of a story, as the coding and consensus screens show it. */
export async function storyView(db: Kysely<Database>, story: StoryRow, codebook: ActiveCodebook) {
  const { text, title, doubts } = await redactedStory(db, story);
  const suggestions = await suggestThemes(text, codebook.version);
  const label = new Map(codebook.themes.map((t) => [t.code, t.label]));
  return {
    id: story.id,
    title,
    text,
    // The language the respondent wrote in: the screen marks the story with it (lang) for screen readers.
    locale: story.locale,
    doubts,
    role: story.role,
    sector: story.sector,
    selfThemes: story.self_themes.map((code) => ({ code, label: label.get(code) ?? code })),
    consentQuote: story.consent_quote,
    quoteStatus: story.quote_status,
    suggestions,
  };
}

/**
 * The story redacted with the school names of its organisation and the decisions taken on it; `doubts`
 * are words the redactor left but was unsure of, placed in the redacted text (issue 19).
 */
export async function redactedStory(db: Kysely<Database>, story: StoryRow) {
  const redact = createRedactor({ knownNames: await schoolNamesUnder(db, story.organisation_id) });
  const decisions = (await decisionsOf(db, [story.id])).get(story.id) ?? [];
  const body = redactWithDecisions(redact, story.text, decisions);
  const title = story.title === null ? null : redactWithDecisions(redact, story.title, decisions).text;
  return { text: body.text, title, doubts: body.doubts };
}

/** A researcher redacts a doubted word of a story, or keeps it; the story comes back redacted anew. */
export async function decideDoubt(
  db: Kysely<Database>,
  user: SessionUser,
  storyId: number,
  input: { phrase: string; decision: 'redact' | 'keep' },
) {
  const story = await storyInScope(db, user, storyId);
  const phrase = input.phrase.trim();
  if (!story.text.includes(phrase) && !(story.title ?? '').includes(phrase))
    throw new AppError('phrase_not_in_story', {}, 'Dit woord staat niet in het verhaal.');
  await saveDecision(db, {
    storyId,
    organisationId: story.organisation_id,
    userId: user.id,
    phrase,
    decision: input.decision,
  });
  return { id: story.id, locale: story.locale, ...(await redactedStory(db, story)) };
}

// The first time a story is served, the classifier's themes are stored, so agreement can later be computed in SQL.
async function recordMachineCoding(
  tx: Transaction<Database>,
  storyId: number,
  codebook: ActiveCodebook,
  suggestions: Awaited<ReturnType<typeof suggestThemes>>,
) {
  const themeId = new Map(codebook.themes.map((t) => [t.code, t.id]));
  await tx
    .updateTable('coding_assignments')
    .set({
      classifier_version: suggestions.classifierVersion,
      classifier_reason: suggestions.ok ? null : suggestions.reason,
    })
    .where('story_id', '=', storyId)
    .where('slot', '=', 1)
    .execute();
  if (!suggestions.ok) return;
  await writeCodings(
    tx,
    suggestions.themes.flatMap((s) => {
      const theme_id = themeId.get(s.code);
      return theme_id === undefined
        ? []
        : [{ story_id: storyId, theme_id, classifier_version: suggestions.classifierVersion, score: s.score }];
    }),
  );
}

/** The next story for this coder: the one still open, else a double-coded story waiting for a second coder, else the oldest uncoded one. */
export async function nextStory(db: Kysely<Database>, user: SessionUser, organisationSlug: string) {
  const organisation = await organisationInScope(db, user, organisationSlug, coderRoles);
  const organisationIds = await organisationAndChildren(db, organisation.id);
  const codebook = await requireActiveCodebook(db);
  const share = await doubleShareOf(db, organisationAndParent(organisation));
  let open = await openAssignmentOf(db, user.id, organisationIds);
  // Two coders may reach for the same story at once; the unique slot lets one win, the other tries the next.
  for (let attempt = 0; !open && attempt < 5; attempt += 1) {
    const waiting = await storyAwaitingSecondCoder(db, user.id, organisationIds);
    if (waiting) {
      if (
        await claimSlot(db, { storyId: waiting.id, coderId: user.id, slot: 2, isDouble: true, codebookId: codebook.id })
      )
        open = { story_id: waiting.id, slot: 2, is_double: true };
      continue;
    }
    const fresh = await uncodedStory(db, organisationIds);
    if (!fresh) break;
    const story = await findStory(db, fresh.id);
    if (!story) continue;
    const view = await storyView(db, story, codebook);
    const isDouble = isDoubleCoded(fresh.id, share);
    const claimed = await db.transaction().execute(async (tx) => {
      if (!(await claimSlot(tx, { storyId: fresh.id, coderId: user.id, slot: 1, isDouble, codebookId: codebook.id })))
        return false;
      await recordMachineCoding(tx, fresh.id, codebook, view.suggestions);
      return true;
    });
    if (claimed)
      return {
        story: { ...view, doubleCoded: isDouble },
        themes: codebook.themes,
        remaining: await remainingCount(db, user.id, organisationIds),
        doubleShare: share,
      };
  }
  if (!open) return null;
  const story = await findStory(db, open.story_id);
  if (!story) return null;
  return {
    story: { ...(await storyView(db, story, codebook)), doubleCoded: open.is_double },
    themes: codebook.themes,
    remaining: await remainingCount(db, user.id, organisationIds),
    doubleShare: share,
  };
}

function themeIdsOf(codebook: ActiveCodebook, codes: readonly string[]): number[] {
  const byCode = new Map(codebook.themes.map((t) => [t.code, t.id]));
  const unknown = codes.filter((code) => !byCode.has(code));
  if (unknown.length > 0)
    throw new AppError('form_incomplete', {}, 'Niet alles is goed ingevuld.', {
      themes: [`Onbekend thema in het actieve codeboek: ${unknown.join(', ')}.`],
    });
  return [...new Set(codes)].map((code) => byCode.get(code) as number);
}

async function writeConsensus(
  tx: Transaction<Database>,
  input: {
    storyId: number;
    codebookId: number;
    themeIds: number[];
    method: 'single' | 'agreed' | 'consensus';
    decidedBy: number | null;
  },
) {
  await writeCodings(
    tx,
    input.themeIds.map((theme_id) => ({ story_id: input.storyId, theme_id, is_consensus: true })),
  );
  await tx
    .insertInto('coding_decisions')
    .values({
      story_id: input.storyId,
      codebook_id: input.codebookId,
      method: input.method,
      decided_by: input.decidedBy,
    })
    .execute();
}

export type CodingOutcome = 'consensus' | 'waiting_for_second_coder' | 'needs_consensus';

/** Saves one coder's themes (and quote decision) in one transaction, and settles the consensus when it can. */
export async function submitCoding(
  db: Kysely<Database>,
  user: SessionUser,
  storyId: number,
  input: { themes: string[]; quote?: 'approved' | 'rejected' | undefined },
): Promise<{ outcome: CodingOutcome }> {
  const story = await storyInScope(db, user, storyId);
  const codebook = await requireActiveCodebook(db);
  const themeIds = themeIdsOf(codebook, input.themes);
  if (input.quote === 'approved' && !story.consent_quote)
    throw new AppError(
      'quote_without_consent',
      {},
      'Dit verhaal mag niet geciteerd worden: de inzender gaf daar geen toestemming voor.',
    );
  return db.transaction().execute(async (tx) => {
    const assignments = await assignmentsOf(tx, storyId);
    const mine = assignments.find((a) => a.coder_user_id === user.id);
    if (!mine)
      throw new AppError(
        'story_not_in_queue',
        {},
        'Dit verhaal staat niet in jouw codeerrij; open het via "volgende verhaal".',
      );
    if (mine.done_at !== null) throw new AppError('story_already_coded', {}, 'Je hebt dit verhaal al gecodeerd.');
    await writeCodings(
      tx,
      themeIds.map((theme_id) => ({ story_id: storyId, theme_id, coder_user_id: user.id })),
    );
    await tx.updateTable('coding_assignments').set({ done_at: new Date() }).where('id', '=', mine.id).execute();
    if (input.quote) {
      await tx.updateTable('stories').set({ quote_status: input.quote }).where('id', '=', storyId).execute();
      await writeAudit(tx, {
        action: `story.quote_${input.quote}`,
        userId: user.id,
        organisationId: story.organisation_id,
        details: { storyId },
      });
    }
    if (!mine.is_double) {
      await writeConsensus(tx, { storyId, codebookId: codebook.id, themeIds, method: 'single', decidedBy: user.id });
      return { outcome: 'consensus' as const };
    }
    const other = assignments.find((a) => a.coder_user_id !== user.id);
    if (!other || other.done_at === null) return { outcome: 'waiting_for_second_coder' as const };
    const otherCodes = (await humanCodesOf(tx, storyId, codebook.id)).filter(
      (c) => c.coder_user_id === other.coder_user_id,
    );
    const otherIds = new Set(otherCodes.map((c) => codebook.themes.find((t) => t.code === c.code)?.id));
    const agree = otherIds.size === themeIds.length && themeIds.every((id) => otherIds.has(id));
    if (!agree) return { outcome: 'needs_consensus' as const };
    await writeConsensus(tx, { storyId, codebookId: codebook.id, themeIds, method: 'agreed', decidedBy: null });
    return { outcome: 'consensus' as const };
  });
}

/** Sets the share of new stories that two coders code independently. */
export async function setDoubleShare(
  db: Kysely<Database>,
  user: SessionUser,
  input: { organisation: string; doubleShare: number },
) {
  const organisation = await organisationInScope(db, user, input.organisation, coderRoles);
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('coding_settings')
      .values({ organisation_id: organisation.id, double_share: input.doubleShare })
      .onConflict((oc) => oc.column('organisation_id').doUpdateSet({ double_share: input.doubleShare }))
      .execute();
    await writeAudit(tx, {
      action: 'coding.settings',
      userId: user.id,
      organisationId: organisation.id,
      details: { doubleShare: input.doubleShare },
    });
  });
  return { organisation: organisation.slug, doubleShare: input.doubleShare };
}

export { writeConsensus };
