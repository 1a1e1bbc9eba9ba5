import { applyDecisions, createRedactor, locateDoubts, type RedactionDecision } from '@klankbord/analysis/redaction';
import type { Kysely } from 'kysely';
import { writeAudit } from '../audit/queries.ts';
import type { Database } from '../db/database.ts';

type Db = Kysely<Database>;

/** Decisions on redaction doubts per story id, for the stories asked for. */
export async function decisionsOf(db: Db, storyIds: readonly number[]): Promise<Map<number, RedactionDecision[]>> {
  const byStory = new Map<number, RedactionDecision[]>();
  if (storyIds.length === 0) return byStory;
  const rows = await db
    .selectFrom('story_redaction_decisions')
    .select(['story_id', 'phrase', 'decision'])
    .where('story_id', 'in', [...storyIds])
    .execute();
  for (const row of rows) {
    const list = byStory.get(Number(row.story_id)) ?? [];
    list.push({ phrase: row.phrase, decision: row.decision });
    byStory.set(Number(row.story_id), list);
  }
  return byStory;
}

export type Redactor = ReturnType<typeof createRedactor>;

/** A story's text redacted with its decisions applied, and the doubts left, placed in the redacted text. */
export function redactWithDecisions(redact: Redactor, text: string, decisions: readonly RedactionDecision[] = []) {
  const result = applyDecisions(text, redact(text), decisions);
  const doubts = locateDoubts(text, result).map((d) => ({
    text: d.text,
    start: d.outputStart,
    end: d.outputEnd,
    confidence: Math.round(d.confidence * 100) / 100,
  }));
  return { text: result.text, doubts };
}

/** Records a researcher's decision on a doubted word of a story (again: the new decision wins). */
export async function saveDecision(
  db: Db,
  input: { storyId: number; organisationId: number; userId: number; phrase: string; decision: 'redact' | 'keep' },
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('story_redaction_decisions')
      .values({ story_id: input.storyId, phrase: input.phrase, decision: input.decision, decided_by: input.userId })
      .onConflict((oc) =>
        oc.columns(['story_id', 'phrase']).doUpdateSet({
          decision: input.decision,
          decided_by: input.userId,
          decided_at: new Date(),
        }),
      )
      .execute();
    // The phrase is left out of the log: it may be a name.
    await writeAudit(tx, {
      action: 'story.redaction_decided',
      userId: input.userId,
      organisationId: input.organisationId,
      details: { storyId: input.storyId, decision: input.decision },
    });
  });
}
