import { suppressSmallCounts, wilsonInterval } from '@klankbord/analysis/statistics';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { surveyQuestions } from '../surveys/survey-questions.ts';
import type { AnalysisScope } from './analysis-scope.ts';
import type { Cell } from './disclosure.ts';
import { publishedShare, type Share } from './figures.ts';
import { type Indicator, schoolCounts, type SchoolCountRow } from './school-queries.ts';
import { type PopulationCell, rakeCells, weightedCellShare } from './weighting.ts';

async function indicatorsOf(db: Kysely<Database>, surveyVersionId: number) {
  const version = await db
    .selectFrom('survey_versions')
    .select('definition')
    .where('id', '=', surveyVersionId)
    .executeTakeFirstOrThrow();
  return surveyQuestions(version.definition)
    .filter((q) => q.kind === 'likert' && q.values.length >= 3)
    .map((q) => ({ name: q.name, title: q.title, topValues: q.values.slice(-2).map(String) }));
}

function countCells(rows: readonly SchoolCountRow[], minimum: number): Cell['suppressed'][] {
  const counts = rows.map((r) => r.n);
  if (counts.length < 2) return counts.map((n) => (n > 0 && n < minimum ? 'primary' : false));
  const result = suppressSmallCounts(counts, { minimum });
  if (!result.ok) throw new Error(`suppression failed: ${result.message}`);
  return result.counts.map((c) => c.suppressed);
}

/** Per school: respondents, response rate and the Likert items as top-two-box shares; small schools hidden. */
export async function schoolView(db: Kysely<Database>, scope: AnalysisScope, minimum: number) {
  const indicators = await indicatorsOf(db, scope.wave.surveyVersionId);
  const rows = await schoolCounts(db, scope, indicators satisfies Indicator[]);
  const total = rows.reduce((a, r) => a + r.n, 0);
  const head = {
    wave: scope.wave,
    organisation: scope.organisation && { slug: scope.organisation.slug, name: scope.organisation.name },
    minCellSize: minimum,
    indicators: indicators.map((i) => ({ name: i.name, title: i.title })),
  };
  if (total === 0) return { ...head, reason: 'no_responses' as const, schools: [], overall: null };

  // The unknown-school row takes part in the suppression (it is part of the total) but is not listed.
  const marks = countCells(rows, minimum);
  const schools = rows.flatMap((row, i) => {
    if (row.school_id === null) return [];
    const suppressed = marks[i] ?? 'primary';
    const hidden = suppressed !== false && !scope.reveal;
    const n: Cell = { value: hidden ? null : row.n, suppressed };
    return [
      {
        id: row.school_id,
        name: row.name ?? '',
        brin: row.brin ?? '',
        sector: row.sector,
        /** What a reader sees for n: the number, "< 10" for a small school, "verborgen" for its complement. */
        display:
          suppressed === 'primary' ? `< ${minimum}` : suppressed === 'complementary' ? 'verborgen' : String(row.n),
        n,
        pupils: hidden ? null : row.pupil_count,
        responseRate:
          hidden || row.pupil_count === null || row.pupil_count === 0 ? null : Math.min(1, row.n / row.pupil_count),
        indicators: hidden
          ? null
          : indicators.map((ind, k) => ({
              name: ind.name,
              answered: row.answered[k] ?? 0,
              topBox: row.answered[k]! >= minimum ? shareOf(row.top[k] ?? 0, row.answered[k] ?? 0) : null,
            })),
      },
    ];
  });

  const population: PopulationCell[] = rows
    .filter((r) => r.school_id !== null)
    .map((r) => ({ sector: r.sector, band: r.band, n: r.pupil_count ?? 1 }));
  const cellsFor = (k: number | null) =>
    rows
      .filter((r) => r.n > 0)
      .map((r) => ({
        sector: r.sector,
        band: r.band,
        n: k === null ? r.n : (r.answered[k] ?? 0),
        x: k === null ? 0 : (r.top[k] ?? 0),
      }));
  const weights = rakeCells(cellsFor(null), population);
  const totalCell: Cell = { value: total, suppressed: total < minimum ? 'primary' : false };
  const overall = {
    n: scope.reveal || total >= minimum ? totalCell : { value: null, suppressed: totalCell.suppressed },
    weighting: weights.ok
      ? { status: 'ok' as const, unweightedRespondents: weights.unweightedRespondents }
      : { status: 'unavailable' as const, reason: weights.reason, message: weights.message },
    indicators: indicators.map((ind, k) => {
      const answered = rows.reduce((a, r) => a + (r.answered[k] ?? 0), 0);
      const top = rows.reduce((a, r) => a + (r.top[k] ?? 0), 0);
      const visible = answered >= minimum;
      return {
        name: ind.name,
        answered: visible || scope.reveal ? answered : null,
        topBox: visible
          ? publishedShare({ value: top, suppressed: false }, { value: answered, suppressed: false })
          : null,
        weightedTopBox: visible ? weightedCellShare(cellsFor(k), weights) : null,
      };
    }),
  };
  if (scope.ownSchoolId !== null) {
    const own = schools.filter((s) => s.id === scope.ownSchoolId && s.n.suppressed === false);
    if (own.length === 0) return { ...head, reason: 'too_few_responses' as const, schools: [], overall };
    return { ...head, schools: own, overall };
  }
  return { ...head, schools, overall };
}

function shareOf(x: number, n: number): Share | null {
  const interval = wilsonInterval(x, n);
  return interval.ok ? { p: interval.p, lower: interval.lower, upper: interval.upper } : null;
}
