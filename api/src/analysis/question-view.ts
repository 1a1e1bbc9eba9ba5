import { chiSquareIndependence, likertSummary } from '@klankbord/analysis/statistics';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { surveyQuestions } from '../surveys/survey-questions.ts';
import type { AnalysisScope } from './analysis-scope.ts';
import { type Cell, rowVisible, suppressBreakdown } from './disclosure.ts';
import { type Comparison, compareShares, publishedShare, type Share, significanceLevel } from './figures.ts';
import { type AnswerCountRow, answerCounts, type QuestionGrouping } from './question-queries.ts';
import {
  type PopulationCell,
  rakeCells,
  type WeightCell,
  weightedCellShare,
  type WeightedFigure,
} from './weighting.ts';

const analysableKinds = ['likert', 'choice', 'boolean'] as const;

interface LikertFigures {
  mean: number;
  median: number;
  topBox: Share;
}

function likertOf(counts: readonly number[]): LikertFigures | null {
  const summary = likertSummary(counts);
  if (!summary.ok) return null;
  return {
    mean: summary.mean,
    median: summary.median,
    topBox: { p: summary.topBoxShare, lower: summary.topBoxLower, upper: summary.topBoxUpper },
  };
}

export async function loadQuestion(db: Kysely<Database>, surveyVersionId: number, name: string) {
  const version = await db
    .selectFrom('survey_versions')
    .select('definition')
    .where('id', '=', surveyVersionId)
    .executeTakeFirstOrThrow();
  const question = surveyQuestions(version.definition).find((q) => q.name === name);
  if (!question) throw new AppError('not_found', `The questionnaire of this wave has no question "${name}".`);
  if (!(analysableKinds as readonly string[]).includes(question.kind))
    throw new AppError(
      'bad_request',
      `Question "${name}" is of kind ${question.kind}; only ${analysableKinds.join(', ')} questions have a distribution.`,
    );
  return question;
}

/** Answer distribution per group, Likert summary, chi-square across groups, position against the average. */
export async function questionView(
  db: Kysely<Database>,
  scope: AnalysisScope,
  name: string,
  requestedBy: QuestionGrouping,
  minimum: number,
  /** Counts already read for several questions at once (answerCountsByQuestion), grouped the same way. */
  preloaded?: AnswerCountRow[],
) {
  const question = await loadQuestion(db, scope.wave.surveyVersionId, name);
  // A school contact sees its own school against the organisation, whatever grouping was asked.
  const by: QuestionGrouping = scope.ownSchoolId === null ? requestedBy : 'school';
  const rows = preloaded ?? (await answerCounts(db, scope, name, by));
  const values = question.values.map(String);
  const answerRows = rows.filter((r) => r.kind === 'answers' && r.value !== null && values.includes(r.value));
  const head = {
    wave: scope.wave,
    organisation: scope.organisation && { slug: scope.organisation.slug, name: scope.organisation.name },
    question: { name: question.name, title: question.title, kind: question.kind, values },
    by,
    minCellSize: minimum,
  };
  if (answerRows.length === 0)
    return { ...head, reason: 'no_responses' as const, groups: [], overall: null, test: null };

  const groupKeys = [...new Set(answerRows.map((r) => r.grp ?? 'onbekend'))].sort();
  const labels = new Map(answerRows.map((r) => [r.grp ?? 'onbekend', r.label ?? 'onbekend']));
  const table = groupKeys.map(() => values.map(() => 0));
  for (const r of answerRows) table[groupKeys.indexOf(r.grp ?? 'onbekend')]![values.indexOf(r.value!)]! += r.n;
  const total = table.flat().reduce((a, b) => a + b, 0);
  const breakdown = suppressBreakdown({ table, total, minimum, reveal: scope.reveal });
  const isLikert = question.kind === 'likert';
  const overallTop = isLikert ? table.reduce((a, row) => a + row.slice(-2).reduce((x, y) => x + y, 0), 0) : 0;
  const allTotalsPublished = breakdown.categoryTotals.every((c) => c.suppressed === false);
  const topTotalsPublished = breakdown.categoryTotals.slice(-2).every((c) => c.suppressed === false);

  const groups = groupKeys.map((key, i) => {
    const visible = rowVisible(breakdown, i);
    const counts = table[i]!;
    const n = breakdown.groupTotals[i]!;
    const top = counts.slice(-2).reduce((a, b) => a + b, 0);
    const rowN = counts.reduce((a, b) => a + b, 0);
    let position: Comparison | null = null;
    // Against the rest of the organisation, from published figures only (n and the top two points).
    const topPublished = n.suppressed === false && breakdown.cells[i]!.slice(-2).every((c) => c.suppressed === false);
    if (isLikert && topPublished && topTotalsPublished && total - rowN > 0)
      position = compareShares(top, rowN, overallTop - top, total - rowN, {
        higher: 'hoger dan gemiddeld',
        lower: 'lager dan gemiddeld',
      });
    return {
      key,
      label: labels.get(key) ?? key,
      n,
      answers: values.map((value, j) => ({
        value,
        count: breakdown.cells[i]![j]!,
        share: publishedShare(breakdown.cells[i]![j]!, n),
      })),
      likert: isLikert && visible ? likertOf(counts) : null,
      position,
    };
  });

  const visibleRows = groupKeys.flatMap((_, i) => (rowVisible(breakdown, i) ? [table[i]!] : []));
  const chi = visibleRows.length >= 2 ? chiSquareIndependence(visibleRows) : null;
  const test = chi?.ok
    ? {
        kind: 'chi-square' as const,
        statistic: chi.statistic,
        df: chi.df,
        pValue: chi.pValue,
        cramersV: chi.cramersV,
        lowExpected: chi.lowExpected,
        groupsTested: visibleRows.length,
        significant: chi.pValue < significanceLevel,
        words:
          chi.pValue < significanceLevel
            ? 'de groepen verschillen (significant)'
            : 'geen significant verschil tussen de groepen',
      }
    : { kind: 'none' as const, reason: chi ? chi.message : 'Minder dan twee groepen met genoeg reacties.' };

  const nCell: Cell = { value: total, suppressed: total > 0 && total < minimum ? 'primary' : false };
  const overall = {
    n: scope.reveal || nCell.suppressed === false ? nCell : { value: null, suppressed: nCell.suppressed },
    answers: values.map((value, j) => ({
      value,
      count: breakdown.categoryTotals[j]!,
      share: publishedShare(breakdown.categoryTotals[j]!, nCell),
    })),
    likert:
      isLikert && allTotalsPublished && nCell.suppressed === false
        ? likertOf(breakdown.categoryTotals.map((c) => c.value!))
        : null,
    weighted: nCell.suppressed === false ? weightedAnswers(rows, values, isLikert) : null,
  };
  const ownOnly = scope.ownSchoolId === null ? groups : groups.filter((g) => g.key === String(scope.ownSchoolId));
  if (scope.ownSchoolId !== null && ownOnly.every((g) => g.n.suppressed !== false))
    return { ...head, reason: 'too_few_responses' as const, groups: [], overall, test: null };
  return { ...head, groups: ownOnly, overall, test: scope.ownSchoolId === null ? test : null };
}

type WeightedAnswers =
  | {
      status: 'ok';
      answers: { value: string; share: WeightedFigure | null }[];
      topBox: WeightedFigure | null;
      unweightedRespondents: number;
    }
  | { status: 'unavailable'; reason: string; message: string };

/** Weighted shares next to the unweighted ones, raked to sector × size band of the schools in view. */
function weightedAnswers(
  rows: readonly AnswerCountRow[],
  values: readonly string[],
  isLikert: boolean,
): WeightedAnswers {
  const answered = rows.filter((r) => r.kind === 'answers' && r.value !== null && values.includes(r.value));
  const population: PopulationCell[] = rows.filter((r) => r.kind === 'population');
  const cellsFor = (matches: (value: string) => boolean): WeightCell[] => {
    const cells = new Map<string, WeightCell>();
    for (const r of answered) {
      const k = `${r.sector}|${r.band}`;
      const cell = cells.get(k) ?? { sector: r.sector, band: r.band, n: 0, x: 0 };
      cell.n += r.n;
      if (matches(r.value!)) cell.x += r.n;
      cells.set(k, cell);
    }
    return [...cells.values()];
  };
  const weights = rakeCells(
    cellsFor(() => false),
    population,
  );
  if (!weights.ok) return { status: 'unavailable', reason: weights.reason, message: weights.message };
  const top = new Set(values.slice(-2));
  return {
    status: 'ok',
    answers: values.map((value) => ({
      value,
      share: weightedCellShare(
        cellsFor((v) => v === value),
        weights,
      ),
    })),
    topBox: isLikert
      ? weightedCellShare(
          cellsFor((v) => top.has(v)),
          weights,
        )
      : null,
    unweightedRespondents: weights.unweightedRespondents,
  };
}
