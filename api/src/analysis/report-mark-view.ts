import { markDifference, reportMark } from '@klankbord/analysis/statistics';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { boardsOfSchools } from '../organisations/hierarchy.ts';
import { reportMarkOf } from '../surveys/report-mark.ts';
import type { AnalysisScope } from './analysis-scope.ts';
import { answerUnit, type Cell, type PublishedGroup, publishBreakdown } from './disclosure.ts';
import { significanceWords } from './figures.ts';
import { type MarkReference, markReferences } from './reference.ts';
import { answerCounts } from './question-queries.ts';
import { answerAtoms } from './question-view.ts';

export interface MarkFigure {
  key: string;
  label: string;
  n: Cell;
  mark: { mean: number; lower: number; upper: number } | null;
  trend: { previousMean: number; difference: number; pValue: number; significant: boolean; words: string } | null;
  /** Schools only: the reference benchmark of the mark item (issue 17 item 1), when the organisation takes part. */
  reference: MarkReference | null;
}

type Marked = { mean: number; sd: number; n: number; lower: number; upper: number };

/** The mark of one published group: only from the counts the group rule releases. */
function markOf(group: PublishedGroup | undefined, marks: readonly number[]): Marked | null {
  if (!group || group.n.suppressed !== false) return null;
  const result = reportMark(
    group.counts.map((c) => c.value ?? 0),
    marks,
  );
  return result.ok ? result : null;
}

/** Per school, per board and for the organisation: the released counts of the mark item. */
async function releasedMarks(db: Kysely<Database>, scope: AnalysisScope, minimum: number) {
  const mark = await reportMarkOf(db, scope.wave.surveyVersionId);
  if (!mark) return null;
  const rows = await answerCounts(db, scope, mark.item);
  const { atoms, labels } = answerAtoms(rows, mark.item);
  const boards = await boardsOfSchools(db, scope.organisationIds ?? []);
  const withBoard = atoms.map((a) => ({
    ...a,
    keys: { ...a.keys, board: String(boards.get(Number(a.keys.school))?.id ?? 'onbekend') },
  }));
  const categories = mark.item.values.length;
  const release = (by: string | null) =>
    publishBreakdown({ atoms: withBoard, minimum, unit: answerUnit, by, categories });
  const bySchool = release('school');
  const byBoard = release('board');
  const boardNames = new Map([...boards.values()].map((b) => [String(b.id), b.name]));
  return { mark, total: bySchool.total, schools: bySchool.groups, boards: byBoard.groups, labels, boardNames };
}

/**
 * The report mark (rapportcijfer) of a wave: per school, per board and for the organisation, the mean
 * mark with its 95% interval and the change against the previous wave; every figure from counts the
 * group rule publishes (a school below the minimum is in no mark, no board and no total).
 */
export async function reportMarkView(
  db: Kysely<Database>,
  scope: AnalysisScope,
  minimum: number,
  installationMinimum?: number,
) {
  const head = {
    wave: scope.wave,
    organisation: scope.organisation && { slug: scope.organisation.slug, name: scope.organisation.name },
    minCellSize: minimum,
  };
  const now = await releasedMarks(db, scope, minimum);
  if (!now)
    return {
      ...head,
      reason: 'no_report_mark' as const,
      mark: null,
      overall: null,
      boards: [] as MarkFigure[],
      schools: [] as MarkFigure[],
    };
  const { mark } = now;
  const referenceOf =
    installationMinimum === undefined
      ? null
      : await markReferences(
          db,
          scope,
          { name: mark.item.name, values: mark.item.values, marks: mark.marks },
          installationMinimum,
        );

  let before: Awaited<ReturnType<typeof releasedMarks>> = null;
  if (scope.previous) {
    const wave = await db
      .selectFrom('waves')
      .select('survey_version_id')
      .where('id', 'in', scope.previous.waveIds)
      .orderBy('id')
      .executeTakeFirst();
    if (wave)
      before = await releasedMarks(
        db,
        { ...scope, waveIds: scope.previous.waveIds, wave: { ...scope.wave, surveyVersionId: wave.survey_version_id } },
        minimum,
      );
  }

  const figure = (
    group: PublishedGroup | undefined,
    previous: PublishedGroup | undefined,
    key: string,
    label: string,
  ): MarkFigure => {
    const current = markOf(group, mark.marks);
    const earlier = before ? markOf(previous, before.mark.marks) : null;
    const test = current && earlier ? markDifference(current, earlier) : null;
    return {
      key,
      label,
      n: group?.n ?? { value: 0, suppressed: false },
      mark: current && { mean: current.mean, lower: current.lower, upper: current.upper },
      trend:
        test?.ok && earlier
          ? {
              previousMean: earlier.mean,
              difference: test.difference,
              pValue: test.pValue,
              ...significanceWords(test.pValue, test.difference > 0 ? 'hoger' : 'lager', 'geen significant verschil'),
            }
          : null,
      reference: null,
    };
  };
  const find = (groups: readonly PublishedGroup[] | undefined, key: string) => groups?.find((g) => g.key === key);
  const schools = now.schools
    .filter((g) => g.key !== 'onbekend' && (scope.ownSchoolId === null || g.key === String(scope.ownSchoolId)))
    .map((g) => {
      const school = figure(g, find(before?.schools, g.key), g.key, now.labels.get(g.key) ?? g.key);
      // Only beside a mark the group rule shows.
      return school.mark && referenceOf ? { ...school, reference: referenceOf(Number(g.key)) } : school;
    })
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  const boards =
    scope.ownSchoolId !== null
      ? []
      : now.boards
          .filter((g) => g.key !== 'onbekend')
          .map((g) => figure(g, find(before?.boards, g.key), g.key, now.boardNames.get(g.key) ?? g.key))
          .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
  return {
    ...head,
    mark: {
      question: mark.item.name,
      title: mark.item.title,
      conversion: mark.conversion,
      // The scale's ends, for the words of how it becomes a mark (markConversionWords).
      lowest: mark.lowest,
      highest: mark.highest,
      points: mark.item.values.length,
    },
    previousYear: before ? (scope.previous?.year ?? null) : null,
    overall: figure(now.total, before?.total, 'totaal', scope.organisation?.name ?? 'Totaal'),
    boards,
    schools,
  };
}
