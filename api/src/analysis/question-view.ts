import { type AtomCount, leftOutUnits, unitKey } from '@klankbord/analysis/disclosure';
import { chiSquareIndependence, likertSummary } from '@klankbord/analysis/statistics';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { AppError } from '../errors.ts';
import { type AnalysisItem, analysisItems } from '../surveys/analysis-items.ts';
import type { AnalysisScope } from './analysis-scope.ts';
import { answerUnit, type PublishedGroup, publishBreakdown } from './disclosure.ts';
import { type Comparison, compareShares, publishedShare, type Share, significanceWords } from './figures.ts';
import { groupName } from './group-labels.ts';
import { type AnswerCountRow, answerCounts, type QuestionGrouping } from './question-queries.ts';
import { weightedAnswers } from './weighted-answers.ts';

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

export async function itemsOfVersion(db: Kysely<Database>, surveyVersionId: number): Promise<AnalysisItem[]> {
  const version = await db
    .selectFrom('survey_versions')
    .select('definition')
    .where('id', '=', surveyVersionId)
    .executeTakeFirstOrThrow();
  return analysisItems(version.definition);
}

export async function loadQuestion(db: Kysely<Database>, surveyVersionId: number, name: string) {
  const item = (await itemsOfVersion(db, surveyVersionId)).find((q) => q.name === name);
  if (!item)
    throw new AppError(
      'question_not_found',
      { name },
      `The questionnaire of this wave has no question "${name}" with a distribution (closed questions and matrix rows).`,
    );
  return item;
}

/** The rule's cells for one item: per school (role and sector beside it), answers per value. */
export function answerAtoms(rows: readonly AnswerCountRow[], item: Pick<AnalysisItem, 'kind' | 'values'>) {
  const atoms = new Map<string, { keys: Record<string, string>; n: number; counts: number[] }>();
  const labels = new Map<string, string | null>();
  for (const r of rows) {
    if (r.kind !== 'answers') continue;
    const school = r.school ?? 'onbekend';
    const key = `${school}|${r.role}`;
    let atom = atoms.get(key);
    if (!atom) {
      const keys = { school, role: r.role ?? 'onbekend', sector: r.sector ?? 'onbekend', band: r.band ?? '' };
      atoms.set(key, (atom = { keys, n: 0, counts: item.values.map(() => 0) }));
      labels.set(school, r.label);
    }
    const j = r.value === null ? -1 : item.values.indexOf(r.value);
    if (item.kind === 'multi') {
      if (r.value === null) atom.n += r.n;
      else if (j >= 0) atom.counts[j]! += r.n;
    } else if (j >= 0) {
      atom.n += r.n;
      atom.counts[j]! += r.n;
    }
  }
  return { atoms: [...atoms.values()] as AtomCount[], labels };
}

const topTwo = (counts: readonly (number | null)[]) => counts.slice(-2).reduce<number>((a, b) => a + (b ?? 0), 0);

/** Answer distribution per group, Likert summary, chi-square across groups, position against the average. */
export async function questionView(
  db: Kysely<Database>,
  scope: AnalysisScope,
  name: string,
  requestedBy: QuestionGrouping,
  minimum: number,
  /** Counts already read for several items at once (answerCountsByQuestion). */
  preloaded?: AnswerCountRow[],
) {
  const item = await loadQuestion(db, scope.wave.surveyVersionId, name);
  // A school contact sees its own school against the organisation, whatever grouping was asked.
  const by: QuestionGrouping = scope.ownSchoolId === null ? requestedBy : 'school';
  const rows = preloaded ?? (await answerCounts(db, scope, item));
  const head = {
    wave: scope.wave,
    organisation: scope.organisation && { slug: scope.organisation.slug, name: scope.organisation.name },
    question: { name: item.name, title: item.title, kind: item.kind, values: item.values, labels: item.labels },
    by,
    minCellSize: minimum,
  };
  const { atoms, labels } = answerAtoms(rows, item);
  if (atoms.every((a) => a.n === 0))
    return { ...head, reason: 'no_responses' as const, groups: [], overall: null, test: null };

  const categories = item.values.length;
  const release = publishBreakdown({ atoms, minimum, unit: answerUnit, by, categories });
  const isLikert = item.kind === 'likert';
  const shown = (g: PublishedGroup) => g.n.suppressed === false && (g.n.value ?? 0) > 0;
  const total = release.total;
  const totalN = total.n.value ?? 0;
  const totalTop = topTwo(total.counts.map((c) => c.value));

  const answersOf = (g: PublishedGroup) =>
    item.values.map((value, j) => ({
      value,
      label: item.labels[j] ?? value,
      count: g.counts[j]!,
      share: publishedShare(g.counts[j]!, g.n),
    }));
  const groups = release.groups
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((g) => {
      const counts = g.counts.map((c) => c.value ?? 0);
      let position: Comparison | null = null;
      // Against the rest of the organisation, from published figures only; never for a hidden share.
      if (isLikert && shown(g) && shown(total) && totalN - g.n.value! > 0)
        position = compareShares(topTwo(counts), g.n.value!, totalTop - topTwo(counts), totalN - g.n.value!, {
          higher: 'hoger dan gemiddeld',
          lower: 'lager dan gemiddeld',
        });
      return {
        key: g.key,
        label: groupName(by, g.key, labels.get(g.key)),
        n: g.n,
        partial: g.partial,
        answers: answersOf(g),
        likert: isLikert && shown(g) ? likertOf(counts) : null,
        position,
      };
    });

  // Multi-answer items have no contingency table: a person may sit in several columns.
  const testedRows =
    item.kind === 'multi' ? [] : release.groups.filter(shown).map((g) => g.counts.map((c) => c.value!));
  const chi = testedRows.length >= 2 ? chiSquareIndependence(testedRows) : null;
  const test = chi?.ok
    ? {
        kind: 'chi-square' as const,
        statistic: chi.statistic,
        df: chi.df,
        pValue: chi.pValue,
        cramersV: chi.cramersV,
        lowExpected: chi.lowExpected,
        groupsTested: testedRows.length,
        ...significanceWords(chi.pValue, 'de groepen verschillen', 'geen significant verschil tussen de groepen'),
      }
    : { kind: 'none' as const, reason: chi ? chi.message : 'Minder dan twee groepen met genoeg reacties.' };

  const left = leftOutUnits(atoms, answerUnit, minimum);
  const released = rows.filter(
    (r) =>
      r.kind === 'population' ||
      !left.has(unitKey({ keys: { school: r.school ?? 'onbekend' }, n: 0, counts: [] }, answerUnit)),
  );
  const overall = {
    n: total.n,
    partial: total.partial,
    answers: answersOf(total),
    likert: isLikert && shown(total) ? likertOf(total.counts.map((c) => c.value!)) : null,
    weighted: shown(total) ? weightedAnswers(released, item) : null,
  };
  if (scope.ownSchoolId !== null) {
    const own = groups.filter((g) => g.key === String(scope.ownSchoolId));
    if (own.every((g) => g.n.suppressed !== false))
      return { ...head, reason: 'too_few_responses' as const, groups: [], overall, test: null };
    return { ...head, groups: own, overall, test: null };
  }
  return { ...head, groups, overall, test };
}
