import { markScale, type MarkScale } from '@klankbord/analysis/statistics';
import type { Kysely } from 'kysely';
import type { SessionUser } from '../auth/sessions.ts';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { type AnalysisItem, analysisItems } from './analysis-items.ts';
import { versionInScope } from './service.ts';

/**
 * The items of a definition that can be a report mark (scales of numbers: a 1–10 rating, a 4-point item, …),
 * each with its scale as markScale makes it, so nobody asks markScale again for the same item.
 */
function scaledCandidates(definition: Record<string, unknown>): { item: AnalysisItem; scale: MarkScale }[] {
  return analysisItems(definition).flatMap((item) => {
    if (item.kind !== 'likert') return [];
    const scale = markScale(item.values);
    return scale.ok ? [{ item, scale }] : [];
  });
}

/** A candidate's scale ends and how its answers become a mark: what markConversionWords puts in words. */
function conversionOf({ item, scale }: { item: AnalysisItem; scale: MarkScale }) {
  const numbers = item.values.map(Number);
  return { lowest: Math.min(...numbers), highest: Math.max(...numbers), conversion: scale.conversion };
}

/** The items of a definition that can be a report mark. */
export const markCandidates = (definition: Record<string, unknown>): AnalysisItem[] =>
  scaledCandidates(definition).map((c) => c.item);

/**
 * What the editor offers as the report mark: each candidate with its scale's ends and how its answers
 * become a mark (as is for 1–10, else linearly, which for 1–4 is Vensters' 3 × mean − 2).
 */
export function markChoices(definition: Record<string, unknown>) {
  return scaledCandidates(definition).map((c) => ({ name: c.item.name, title: c.item.title, ...conversionOf(c) }));
}

/**
 * The report mark a version keeps when its questionnaire changes (a new version, an edited draft): the same
 * item while it can still be a mark, else none, and the researcher chooses again.
 */
export function keptReportMark(mark: string | null | undefined, definition: Record<string, unknown>): string | null {
  return mark && markCandidates(definition).some((i) => i.name === mark) ? mark : null;
}

/** The report-mark item of a questionnaire version and the mark of each of its points, or null. */
export async function reportMarkOf(db: Kysely<Database>, surveyVersionId: number) {
  const version = await db
    .selectFrom('survey_versions')
    .select(['definition', 'report_mark'])
    .where('id', '=', surveyVersionId)
    .executeTakeFirst();
  if (!version?.report_mark) return null;
  const found = scaledCandidates(version.definition).find((c) => c.item.name === version.report_mark);
  if (!found) return null;
  return { item: found.item, marks: found.scale.marks, ...conversionOf(found) };
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
