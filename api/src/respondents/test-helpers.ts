import type { Kysely } from 'kysely';
import parentSurvey from '../demo/content/parent-survey.json' with { type: 'json' };
import type { Database } from '../db/database.ts';
import { surveyQuestions } from '../surveys/survey-questions.ts';
import { generateAnswers } from '../synthetic/answers.ts';
import { createRandom } from '../synthetic/random.ts';

const questions = surveyQuestions(parentSurvey);
const random = createRandom(4242);

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
