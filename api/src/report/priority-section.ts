import {
  formatCount,
  formatDecimal,
  formatPercent,
  importanceWords,
  type ImportanceSource,
  markConversionWords,
} from '@klankbord/analysis/report';
import { maxMarginOfError } from '@klankbord/analysis/statistics';
import { createElement as h, type ReactNode } from 'react';
import type { Kysely } from 'kysely';
import type { AnalysisScope } from '../analysis/analysis-scope.ts';
import type { MarkFigure } from '../analysis/report-mark-view.ts';
import type { PriorityMatrix } from '../analysis/priority-view.ts';
import { priorityView } from '../analysis/priority-view.ts';
import { reportMarkView } from '../analysis/report-mark-view.ts';
import type { Database } from '../db/database.ts';
import { priorityMatrixChart } from '@klankbord/analysis/charts';

// The report's "Rapportcijfer en prioriteiten" (issue 17 items 2–3) and the response per school of
// "Wie deden mee" (item 4): figures from the analysis views, which already applied the group rule.

export interface MarkPart {
  title: string;
  conversion: 'as_is' | 'linear';
  lowest: number;
  highest: number;
  previousYear: number | null;
  rows: (MarkFigure & { level: 'organisatie' | 'bestuur' | 'school' })[];
}

export interface PriorityPart {
  importanceSource: ImportanceSource;
  overall: PriorityMatrix;
  schools: { name: string; improve: string[] }[];
}

/** The report mark and the priority matrix of one wave, each null when the questionnaire gives none. */
export async function markAndPriorities(
  db: Kysely<Database>,
  scope: AnalysisScope,
  minimum: number,
): Promise<{ mark: MarkPart | null; priorities: PriorityPart | null }> {
  const [mark, priorities] = await Promise.all([reportMarkView(db, scope, minimum), priorityView(db, scope, minimum)]);
  return {
    mark:
      mark.mark && mark.overall
        ? {
            title: mark.mark.title,
            conversion: mark.mark.conversion,
            lowest: mark.mark.lowest,
            highest: mark.mark.highest,
            previousYear: 'previousYear' in mark ? (mark.previousYear ?? null) : null,
            rows: [
              { ...mark.overall, level: 'organisatie' as const },
              ...mark.boards.map((b) => ({ ...b, level: 'bestuur' as const })),
              ...mark.schools.map((s) => ({ ...s, level: 'school' as const })),
            ],
          }
        : null,
    priorities: priorities.overall
      ? {
          importanceSource: priorities.importanceSource,
          overall: priorities.overall,
          schools: priorities.schools.flatMap((s) =>
            s.matrix
              ? [
                  {
                    name: s.name,
                    improve: s.matrix.items.filter((i) => i.quadrant === 'verbeteren').map((i) => i.title),
                  },
                ]
              : [],
          ),
        }
      : null,
  };
}

export const quadrantLabels = {
  verbeteren: 'verbeteren',
  behouden: 'behouden',
  bewaken: 'bewaken',
  minder_urgent: 'minder urgent',
} as const;

type Table = (caption: string, head: string[], rows: ReactNode[][], className?: string) => ReactNode;

/** One audience's report mark, matrix and per-school points to improve. */
export function markAndPriorityBlocks(
  a: { label: string; plural: string; audience: string; mark: MarkPart | null; priorities: PriorityPart | null },
  table: Table,
): ReactNode[] {
  const p = (text: ReactNode) => h('p', null, text);
  const blocks: ReactNode[] = [h('h3', null, a.label)];
  const { mark } = a;
  if (!mark)
    blocks.push(
      p(
        a.priorities
          ? 'Voor deze vragenlijst is geen rapportcijfer gekozen.'
          : 'Voor deze vragenlijst is geen rapportcijfer gekozen en zij heeft geen vragen over belang, dus ook geen prioriteiten.',
      ),
    );
  else
    blocks.push(
      p(
        // In the words of the questionnaire page and the dashboard (mark-text.ts).
        `Het rapportcijfer komt uit de vraag “${mark.title}” (${markConversionWords(mark)}). Tussen haakjes: waar het echte cijfer waarschijnlijk ligt (95%-interval).`,
      ),
      table(
        `${a.label}: rapportcijfer${mark.previousYear !== null ? `, tegen ${mark.previousYear}` : ''}`,
        [
          'Wie',
          'Reacties',
          'Cijfer (95%-interval)',
          ...(mark.previousYear !== null ? [String(mark.previousYear), 'Verandering'] : []),
        ],
        mark.rows.map((r) => [
          r.level === 'school' ? r.label : `${r.label} (${r.level})`,
          r.n.value === null ? 'te weinig reacties' : formatCount(r.n.value),
          r.mark
            ? `${formatDecimal(r.mark.mean)} (${formatDecimal(r.mark.lower)}–${formatDecimal(r.mark.upper)})`
            : '–',
          ...(mark.previousYear !== null
            ? [r.trend ? formatDecimal(r.trend.previousMean) : '–', r.trend ? r.trend.words : '–']
            : []),
        ]),
      ),
    );
  if (!a.priorities) return blocks;
  const matrix = a.priorities.overall;
  if (!matrix.cuts || matrix.items.length === 0) return [...blocks, p('Te weinig reacties voor prioriteiten.')];
  const source = a.priorities.importanceSource;
  const words = importanceWords(source);
  blocks.push(
    p(
      `Prioriteiten: per vraag zetten we tevredenheid (aandeel dat het (helemaal) eens is) tegen belang. ${words.explanation} De grenzen zijn de middelste waarden (medianen): tevredenheid ${formatPercent(matrix.cuts.satisfaction)}, belang ${words.format(matrix.cuts.importance)}.`,
    ),
    h(
      'figure',
      { className: 'chart-figure' },
      priorityMatrixChart({
        id: `prioriteiten-${a.audience}`,
        title: `Prioriteiten van ${a.plural}`,
        data: matrix.items.map((i, k) => ({ number: k + 1, satisfaction: i.satisfaction.p, importance: i.importance })),
        cuts: matrix.cuts,
        importanceSource: source,
      }),
      h('figcaption', null, `Prioriteiten van ${a.plural}: de nummers staan in de tabel.`),
    ),
    table(
      `${a.label}: prioriteiten per vraag`,
      ['Nr.', 'Vraag', 'Eens', words.itemColumn, 'Kwadrant'],
      matrix.items.map((i, k) => [
        String(k + 1),
        i.title,
        formatPercent(i.satisfaction.p),
        words.format(i.importance),
        quadrantLabels[i.quadrant],
      ]),
      'compact',
    ),
    table(
      `${a.label}: prioriteiten per thema`,
      ['Thema', 'Eens', words.themeColumn, 'Kwadrant'],
      matrix.themes.map((t) => [
        t.label,
        formatPercent(t.satisfaction.p),
        words.format(t.importance),
        quadrantLabels[t.quadrant],
      ]),
      'compact',
    ),
  );
  const schools = a.priorities?.schools ?? [];
  if (schools.length > 0)
    blocks.push(
      table(
        `${a.label}: per school wat te verbeteren is (belangrijk, lage tevredenheid)`,
        ['School', 'Verbeteren'],
        schools.map((s) => [s.name, s.improve.length ? s.improve.join('; ') : 'niets in dit kwadrant']),
        'compact',
      ),
    );
  return blocks;
}

export interface SchoolResponse {
  name: string;
  respondents: number;
  pupils: number | null;
  rate: number | null;
  marginOfError: number | null;
  tooLow: boolean;
}

/** "Wie deden mee": the response of each published school against its pupils, with the too-low note. */
export function responseBlocks(a: { label: string; schoolResponses: SchoolResponse[] }, table: Table): ReactNode[] {
  if (a.schoolResponses.length === 0) return [];
  const low = a.schoolResponses.filter((s) => s.tooLow).length;
  return [
    table(
      `${a.label}: respons per school (reacties tegen leerlingen)`,
      ['School', 'Reacties', 'Leerlingen', 'Respons', 'Foutmarge'],
      a.schoolResponses.map((s) => [
        s.tooLow ? `${s.name} *` : s.name,
        formatCount(s.respondents),
        s.pupils === null ? 'onbekend' : formatCount(s.pupils),
        s.rate === null ? '–' : formatPercent(s.rate),
        s.marginOfError === null ? '–' : `± ${formatDecimal(s.marginOfError * 100, 0)} procentpunt`,
      ]),
      'compact',
    ),
    h(
      'p',
      null,
      `* ${low > 0 ? `Bij ${formatCount(low)} ${low === 1 ? 'school' : 'scholen'} is de respons te laag om conclusies te trekken over alle ouders van die school. ` : ''}We noemen de respons te laag als een percentage van de school meer dan ${formatDecimal(maxMarginOfError * 100, 0)} procentpunt naast het echte percentage kan liggen (foutmarge bij 95% betrouwbaarheid, gerekend met het aantal leerlingen; Cochran, Sampling Techniques, 1977). Leerlingen tellen we als gezinnen; broers en zussen maken de echte respons iets hoger.`,
    ),
  ];
}
