import { differenceWords } from '@klankbord/analysis/report';
import type { Kysely } from 'kysely';
import type { AnalysisScope } from '../analysis/analysis-scope.ts';
import { type Comparison, compareShares, publishedShare, type Share } from '../analysis/figures.ts';
import { answerCountsByQuestion } from '../analysis/question-queries.ts';
import { itemsOfVersion } from '../analysis/question-view.ts';
import { questionView, schoolView, themeView } from '../analysis/service.ts';
import type { WeightedFigure } from '../analysis/weighting.ts';
import type { Database, RespondentRole, Sector } from '../db/database.ts';
import { markAndPriorities, type MarkPart, type PriorityPart, type SchoolResponse } from './priority-section.ts';

export interface ThemeItem {
  code: string;
  label: string;
  stories: number | null;
  share: Share | null;
  change: { previousYear: number; previousShare: Share | null; comparison: Comparison | null } | null;
}

export interface AudienceSection {
  audience: RespondentRole;
  /** "Ouders" / "Jongeren", and the lower-case plural for sentences. */
  label: string;
  plural: string;
  wave: { id: number; name: string; opensOn: string; closesOn: string };
  respondents: number | null;
  participation: {
    /** Published schools only: a sector sum including a hidden school would give that school away. */
    bySector: { sector: Sector; respondents: number; pupils: number; responseRate: number | null }[];
    hiddenSchools: number;
    weighting: { status: 'ok'; unweightedRespondents: number } | { status: 'unavailable'; message: string } | null;
    indicators: { name: string; title: string; topBox: Share | null; weightedTopBox: WeightedFigure | null }[];
  };
  bestIndicator: { title: string; topBox: Share } | null;
  /** Published schools' response against their pupils (issue 17 item 4). */
  schoolResponses: SchoolResponse[];
  /** The report mark (rapportcijfer) and the priority matrix; null without a report mark. */
  mark: MarkPart | null;
  priorities: PriorityPart | null;
  themes: { reason: string | null; stories: number | null; previousYear: number | null; items: ThemeItem[] };
  pairs: { a: string; b: string; stories: number }[];
  schools: {
    name: string;
    sector: Sector | null;
    respondents: number | null;
    responseRate: number | null;
    note: string | null;
  }[];
  sectorDifferences: { title: string; po: Share; vo: Share; words: string }[];
}

const audienceLabels: Record<RespondentRole, { label: string; plural: string }> = {
  ouder: { label: 'Ouders', plural: 'ouders' },
  jongere: { label: 'Jongeren', plural: 'jongeren' },
};

// The analysis service explains a failed raking in English for staff; the report says it in B1 Dutch.
const weightingReasons: Record<string, string> = {
  margins_unknown: 'niet van elke school is het aantal leerlingen bekend.',
  no_data: 'er zijn geen reacties met een bekende school.',
  empty_category: 'uit een sector of schoolgrootte zijn geen reacties, dus daar valt niets te wegen.',
};

const reasonText: Record<string, string> = {
  no_stories: 'Er zijn dit jaar geen verhalen.',
  too_few_stories: 'Er zijn te weinig verhalen om thema’s te tonen.',
};

/** One audience (one wave) of the report: participation, themes, schools and po/vo differences. */
export async function audienceSection(
  db: Kysely<Database>,
  scope: AnalysisScope,
  wave: { id: number; name: string; audience: RespondentRole; opensOn: string; closesOn: string },
  minimum: number,
): Promise<AudienceSection> {
  const [themes, schools, marked] = await Promise.all([
    themeView(db, scope, 'sector', minimum),
    schoolView(db, scope, minimum),
    markAndPriorities(db, scope, minimum),
  ]);
  const labels = new Map(('themes' in themes ? themes.themes : []).map((t) => [t.code, t.label]));

  const listed = schools.schools.filter((s) => s.n.value !== 0);
  const bySector = new Map<Sector, { respondents: number; pupils: number }>();
  for (const s of listed) {
    if (s.n.value === null || s.sector === null) continue;
    const entry = bySector.get(s.sector) ?? { respondents: 0, pupils: 0 };
    entry.respondents += s.n.value;
    entry.pupils += s.pupils ?? 0;
    bySector.set(s.sector, entry);
  }
  const overall = schools.overall;
  const indicators = (schools.indicators ?? []).map((ind, k) => ({
    name: ind.name,
    title: ind.title,
    topBox: overall?.indicators[k]?.topBox ?? null,
    weightedTopBox: overall?.indicators[k]?.weightedTopBox ?? null,
  }));
  const best = indicators
    .filter((i) => i.topBox !== null)
    .sort((a, b) => b.topBox!.p - a.topBox!.p || a.name.localeCompare(b.name))[0];

  const items: ThemeItem[] = ('reason' in themes ? [] : themes.themes)
    .map((t) => ({
      code: t.code,
      label: t.label,
      stories: t.stories.value,
      share: t.share,
      change: t.change
        ? {
            previousYear: t.change.previousYear,
            previousShare: t.change.previousShare,
            comparison: t.change.comparison,
          }
        : null,
    }))
    .sort((a, b) => (b.stories ?? -1) - (a.stories ?? -1) || a.code.localeCompare(b.code));

  return {
    audience: wave.audience,
    ...audienceLabels[wave.audience],
    wave: { id: wave.id, name: wave.name, opensOn: wave.opensOn, closesOn: wave.closesOn },
    respondents: overall?.n.value ?? null,
    participation: {
      bySector: [...bySector.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([sector, v]) => ({
          sector,
          ...v,
          responseRate: v.pupils > 0 ? Math.min(1, v.respondents / v.pupils) : null,
        })),
      hiddenSchools: listed.filter((s) => s.n.value === null).length,
      weighting: !overall
        ? null
        : overall.weighting.status === 'ok'
          ? { status: 'ok', unweightedRespondents: overall.weighting.unweightedRespondents }
          : { status: 'unavailable', message: weightingReasons[overall.weighting.reason] ?? overall.weighting.message },
      indicators,
    },
    bestIndicator: best?.topBox ? { title: best.title, topBox: best.topBox } : null,
    schoolResponses: listed
      .flatMap((s) =>
        s.n.value === null || s.n.suppressed !== false || !s.response
          ? []
          : [
              {
                name: s.name,
                respondents: s.n.value,
                pupils: s.pupils,
                rate: s.response.rate,
                marginOfError: s.response.marginOfError,
                tooLow: s.response.tooLow,
              },
            ],
      )
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    ...marked,
    themes: {
      reason: 'reason' in themes ? (reasonText[themes.reason] ?? themes.reason) : null,
      stories: 'stories' in themes && themes.stories ? themes.stories.value : null,
      previousYear: scope.previous?.year ?? null,
      items,
    },
    pairs: ('cooccurrence' in themes ? themes.cooccurrence : [])
      .flatMap((p) =>
        p.stories.value !== null && p.stories.suppressed === false ? [{ ...p, stories: p.stories.value }] : [],
      )
      .sort((x, y) => y.stories - x.stories || x.a.localeCompare(y.a) || x.b.localeCompare(y.b))
      .slice(0, 5)
      .map((p) => ({ a: labels.get(p.a) ?? p.a, b: labels.get(p.b) ?? p.b, stories: p.stories })),
    schools: listed
      .map((s) => ({
        name: s.name,
        sector: s.sector,
        respondents: s.n.value,
        responseRate: s.n.value === null ? null : s.responseRate,
        note:
          s.n.suppressed === 'too_few'
            ? 'te weinig reacties'
            : s.n.suppressed === 'protects_smaller'
              ? 'niet getoond, zodat een kleine school niet te herleiden is'
              : null,
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    sectorDifferences: await sectorDifferences(db, scope, indicators, minimum),
  };
}

/** po against vo per Likert item: a two-proportion test on the published top-two-box counts. */
async function sectorDifferences(
  db: Kysely<Database>,
  scope: AnalysisScope,
  indicators: { name: string; title: string }[],
  minimum: number,
): Promise<AudienceSection['sectorDifferences']> {
  // Every item's counts come from one scan of the responses.
  const names = new Set(indicators.map((i) => i.name));
  const items = (await itemsOfVersion(db, scope.wave.surveyVersionId)).filter((i) => names.has(i.name));
  const counts = await answerCountsByQuestion(db, scope, items);
  const views = await Promise.all(
    indicators.map((i) => questionView(db, scope, i.name, 'sector', minimum, counts.get(i.name))),
  );
  const result: AudienceSection['sectorDifferences'] = [];
  for (const [k, indicator] of indicators.entries()) {
    const view = views[k]!;
    const top = (key: string) => {
      const group = view.groups.find((g) => g.key === key);
      if (!group || group.n.value === null || group.n.suppressed !== false) return null;
      const cells = group.answers.slice(-2).map((a) => a.count);
      if (cells.some((c) => c.value === null || c.suppressed !== false)) return null;
      const x = cells.reduce((sum, c) => sum + c.value!, 0);
      const share = publishedShare({ value: x, suppressed: false }, group.n);
      return share && { x, n: group.n.value, share };
    };
    const po = top('po');
    const vo = top('vo');
    if (!po || !vo) continue;
    const comparison = compareShares(po.x, po.n, vo.x, vo.n, { higher: 'hoger', lower: 'lager' });
    result.push({
      title: indicator.title,
      po: po.share,
      vo: vo.share,
      words: differenceWords('primair onderwijs', 'voortgezet onderwijs', comparison),
    });
  }
  return result;
}

export interface RoleDifference {
  label: string;
  ouder: Share;
  jongere: Share;
  words: string;
}

/** Parents against young people per theme: share of their stories, tested on published counts only. */
export function roleDifferences(audiences: AudienceSection[]): RoleDifference[] {
  const parents = audiences.find((a) => a.audience === 'ouder');
  const youth = audiences.find((a) => a.audience === 'jongere');
  if (!parents || !youth || parents.themes.stories === null || youth.themes.stories === null) return [];
  return parents.themes.items.flatMap((p) => {
    const y = youth.themes.items.find((t) => t.code === p.code);
    if (!y || p.stories === null || y.stories === null || !p.share || !y.share) return [];
    const comparison = compareShares(p.stories, parents.themes.stories!, y.stories, youth.themes.stories!, {
      higher: 'hoger',
      lower: 'lager',
    });
    return [
      { label: p.label, ouder: p.share, jongere: y.share, words: differenceWords('ouders', 'jongeren', comparison) },
    ];
  });
}
