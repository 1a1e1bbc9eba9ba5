import { markScale } from '@klankbord/analysis/statistics';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { type AnalysisItem, analysisItems } from './analysis-items.ts';
import { versionInScope } from './service.ts';

/** The items of a definition that can be a report mark: scales of numbers (a 1–10 rating, a 4-point item, …). */
export function markCandidates(definition: Record<string, unknown>): AnalysisItem[] {
  return analysisItems(definition).filter((i) => i.kind === 'likert' && markScale(i.values).ok);
}

/**
 * What the editor offers as the report mark: each candidate with its scale's ends and how its answers
 * become a mark (as is for 1–10, else linearly, which for 1–4 is Vensters' 3 × mean − 2).
 */
export function markChoices(definition: Record<string, unknown>) {
  return markCandidates(definition).map((i) => {
    const numbers = i.values.map(Number);
    const scale = markScale(i.values);
    return {
      name: i.name,
      title: i.title,
      lowest: Math.min(...numbers),
      highest: Math.max(...numbers),
      conversion: scale.ok ? scale.conversion : ('linear' as const),
    };
  });
}

/** The report-mark item of a questionnaire version and the mark of each of its points, or null. */
export async function reportMarkOf(db: Kysely<Database>, surveyVersionId: number) {
  const version = await db
    .selectFrom('survey_versions')
    .select(['definition', 'report_mark'])
    .where('id', '=', surveyVersionId)
    .executeTakeFirst();
  if (!version?.report_mark) return null;
  const item = markCandidates(version.definition).find((i) => i.name === version.report_mark);
  const scale = item && markScale(item.values);
  if (!item || !scale?.ok) return null;
  return { item, marks: scale.marks, conversion: scale.conversion };
}

/**
 * Marks one item of a version as its report mark (null: none). Allowed on a published version too:
 * the answers do not change, only which item is read as the mark. 400 for an item that is no numeric scale.
 */
export async function setReportMark(
  db: Kysely<Database>,
  user: SessionUser,
  versionId: number,
  question: string | null,
) {
  await versionInScope(db, user, versionId);
  return db.transaction().execute(async (tx) => {
    const version = await tx
      .selectFrom('survey_versions')
      .select('definition')
      .where('id', '=', versionId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (question !== null && !markCandidates(version.definition).some((i) => i.name === question))
      throw new AppError(
        'report_mark_not_scale',
        { question },
        `Vraag "${question}" kan geen rapportcijfer zijn: kies een vraag met een cijferschaal (zoals 1–10 of 1–4).`,
        { question: ['not_a_scale'] },
      );
    await tx.updateTable('survey_versions').set({ report_mark: question }).where('id', '=', versionId).execute();
    return {
      id: versionId,
      reportMark: question,
      candidates: markChoices(version.definition),
    };
  });
}
