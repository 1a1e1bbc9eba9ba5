import { responseRate, wilsonInterval } from '@klankbord/analysis/statistics';
import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { AnalysisScope } from './analysis-scope.ts';
import { answerUnit, type Cell, publishBreakdown } from './disclosure.ts';
import type { Share } from './figures.ts';
import { itemsOfVersion } from './question-view.ts';
import { type Indicator, schoolCounts, type SchoolCountRow } from './school-queries.ts';
import { type PopulationCell, rakeCells, weightedCellShare } from './weighting.ts';

async function indicatorsOf(db: Kysely<Database>, surveyVersionId: number) {
  return (await itemsOfVersion(db, surveyVersionId))
    .filter((q) => q.kind === 'likert' && q.values.length >= 3)
    .map((q) => ({ name: q.name, title: q.title, path: q.path, values: q.values, topValues: q.values.slice(-2) }));
}

const schoolKey = (r: SchoolCountRow) => (r.school_id === null ? 'onbekend' : String(r.school_id));

/** One indicator under the rule: per school and in total, answered and top-two-box (left-out schools nowhere). */
function publishIndicator(rows: readonly SchoolCountRow[], k: number, minimum: number) {
  const atoms = rows.map((r) => {
    const answered = r.answered[k] ?? 0;
    const top = r.top[k] ?? 0;
    return { keys: { school: schoolKey(r) }, n: answered, counts: [top, answered - top] };
  });
  return publishBreakdown({ atoms, minimum, unit: answerUnit, by: 'school', categories: 2 });
}

/** Per school: respondents, response rate and the Likert items as top-two-box shares; small schools hidden. */
export async function schoolView(db: Kysely<Database>, scope: AnalysisScope, minimum: number) {
  const indicators = await indicatorsOf(db, scope.wave.surveyVersionId);
  const rows = await schoolCounts(db, scope, indicators satisfies Indicator[]);
  const head = {
    wave: scope.wave,
    organisation: scope.organisation && { slug: scope.organisation.slug, name: scope.organisation.name },
    minCellSize: minimum,
    indicators: indicators.map((i) => ({ name: i.name, title: i.title })),
  };
  if (rows.every((r) => r.n === 0)) return { ...head, reason: 'no_responses' as const, schools: [], overall: null };

  const respondents = publishBreakdown({
    atoms: rows.map((r) => ({ keys: { school: schoolKey(r) }, n: r.n, counts: [] })),
    minimum,
    unit: answerUnit,
    by: 'school',
    categories: 0,
  });
  const byKey = <T extends { key: string }>(groups: readonly T[]) => new Map(groups.map((g) => [g.key, g]));
  const respondentGroups = byKey(respondents.groups);
  const perIndicator = indicators.map((_, k) => {
    const release = publishIndicator(rows, k, minimum);
    return { total: release.total, groups: byKey(release.groups) };
  });

  const schools = rows.flatMap((row) => {
    if (row.school_id === null) return [];
    const key = schoolKey(row);
    const n = respondentGroups.get(key)?.n ?? { value: null, suppressed: 'too_few' as const };
    const hidden = n.suppressed !== false;
    return [
      {
        id: row.school_id,
        name: row.name ?? '',
        brin: row.brin ?? '',
        sector: row.sector,
        n,
        pupils: hidden ? null : row.pupil_count,
        responseRate:
          hidden || row.pupil_count === null || row.pupil_count === 0 ? null : Math.min(1, row.n / row.pupil_count),
        /** 95% margin of error of a share at this response (p = ½, finite population); too low above 10 points. */
        response: hidden ? null : responseRate(row.n, row.pupil_count),
        indicators: hidden
          ? null
          : indicators.map((ind, k) => {
              const group = perIndicator[k]!.groups.get(key);
              return {
                name: ind.name,
                answered: group?.n ?? ({ value: 0, suppressed: false } as Cell),
                topBox: group ? shareOf(group.counts[0]!, group.n) : null,
              };
            }),
      },
    ];
  });

  // Weighting over the published schools only: a left-out school's answers stay out of every figure.
  const population: PopulationCell[] = rows
    .filter((r) => r.school_id !== null)
    .map((r) => ({ sector: r.sector, band: r.band, n: r.pupil_count ?? 1 }));
  const cellsFor = (k: number | null) =>
    rows
      .filter((r) => (k === null ? r.n >= minimum : (r.answered[k] ?? 0) >= minimum))
      .map((r) => ({
        sector: r.sector,
        band: r.band,
        n: k === null ? r.n : (r.answered[k] ?? 0),
        x: k === null ? 0 : (r.top[k] ?? 0),
      }));
  const weights = rakeCells(cellsFor(null), population);
  const overall = {
    n: respondents.total.n,
    partial: respondents.total.partial,
    weighting: weights.ok
      ? { status: 'ok' as const, unweightedRespondents: weights.unweightedRespondents }
      : { status: 'unavailable' as const, reason: weights.reason, message: weights.message },
    indicators: indicators.map((ind, k) => {
      const total = perIndicator[k]!.total;
      const visible = total.n.suppressed === false && (total.n.value ?? 0) > 0;
      return {
        name: ind.name,
        answered: total.n,
        topBox: visible ? shareOf(total.counts[0]!, total.n) : null,
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

function shareOf(count: Cell, n: Cell): Share | null {
  if (count.value === null || n.value === null || n.value === 0) return null;
  const interval = wilsonInterval(count.value, n.value);
  return interval.ok ? { p: interval.p, lower: interval.lower, upper: interval.upper } : null;
}
