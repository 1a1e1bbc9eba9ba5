import { createRedactor } from '@klankbord/analysis/redaction';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.ts';
import { organisationInScope } from '../organisations/scope.ts';
import type { Database } from '../db/database.ts';
import { organisationAndChildren, schoolNamesUnder } from '../organisations/hierarchy.ts';
import { decisionsOf, redactWithDecisions } from './decisions.ts';

const storiesScanned = 2000;
const storiesShown = 50;

/**
 * The story preview before an export: stories an export may carry (consent for research) whose redacted
 * text still holds words the redactor doubted, each with its doubts, so a researcher decides them first.
 */
export async function storiesWithDoubts(db: Kysely<Database>, user: SessionUser, slug: string) {
  const organisation = await organisationInScope(db, user, slug, ['researcher']);
  const organisationIds = await organisationAndChildren(db, organisation.id);
  const stories = await db
    .selectFrom('stories')
    .select(['id', 'title', 'text', 'locale'])
    .where('organisation_id', 'in', organisationIds)
    .where('consent_research', '=', true)
    .orderBy('id')
    .limit(storiesScanned)
    .execute();
  const redact = createRedactor({ knownNames: await schoolNamesUnder(db, organisation.id) });
  const decisions = await decisionsOf(
    db,
    stories.map((s) => Number(s.id)),
  );
  const withDoubts = [];
  for (const story of stories) {
    const decided = decisions.get(Number(story.id)) ?? [];
    const body = redactWithDecisions(redact, story.text, decided);
    if (body.doubts.length === 0) continue;
    const title = story.title === null ? null : redactWithDecisions(redact, story.title, decided).text;
    withDoubts.push({ id: Number(story.id), title, text: body.text, locale: story.locale, doubts: body.doubts });
    if (withDoubts.length === storiesShown) break;
  }
  return { stories: withDoubts, scanned: stories.length };
}
