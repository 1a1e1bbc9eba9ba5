import type { Kysely } from 'kysely';
import { createApp } from '../app.ts';
import parentSurvey from '../demo/content/parent-survey.json' with { type: 'json' };
import type { Database } from '../db/database.ts';
import type { Engine } from '../db/create-database.ts';
import { createTestDatabase } from '../db/test-database.ts';
import { seedDemo } from '../demo/seed-demo.ts';
import { surveyQuestions } from '../surveys/survey-questions.ts';
import { generateAnswers } from '../synthetic/answers.ts';
import { createRandom } from '../synthetic/random.ts';

const questions = surveyQuestions(parentSurvey);
const random = createRandom(4242);

/**
 * The demo data on a fresh database of the engine, and the app over it as respondents reach it: the public rate
 * limits are out of the way because these tests send many answers from one client in a few seconds.
 */
export async function demoDatabaseAndApp(engine: Engine) {
  const t = await createTestDatabase(engine);
  await seedDemo(t.db, { password: 'demoTestPassword' });
  const app = createApp({
    db: t.db,
    engine: t.engine,
    minCellSize: 10,
    publicRateLimits: { perClientPerMinute: 10_000, perLinkPerMinute: 10_000 },
  });
  return { t, app };
}

/** A complete, valid answer set for the demo parent questionnaire. */
export function validParentAnswers(): Record<string, unknown> {
  return generateAnswers(questions, random, 0);
}

/** Rows per table that a rejected request must leave unchanged. */
export async function respondentRowCounts(db: Kysely<Database>) {
  const count = async (table: 'responses' | 'stories' | 'invitations') =>
    (
      await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n;
  const used = await db
    .selectFrom('invitations')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('used', '=', true)
    .executeTakeFirstOrThrow();
  return {
    responses: await count('responses'),
    stories: await count('stories'),
    invitations: await count('invitations'),
    usedInvitations: used.n,
  };
}

export function json(body: unknown, method = 'POST'): RequestInit {
  return { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) };
}
