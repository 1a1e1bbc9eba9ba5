import type { AnalysisItem } from '../surveys/analysis-items.ts';
import type { AnswerCountRow } from './question-queries.ts';
import {
  type PopulationCell,
  rakeCells,
  type WeightCell,
  weightedCellShare,
  type WeightedFigure,
} from './weighting.ts';

export type WeightedAnswers =
  | {
      status: 'ok';
      answers: { value: string; share: WeightedFigure | null }[];
      topBox: WeightedFigure | null;
      unweightedRespondents: number;
    }
  | { status: 'unavailable'; reason: string; message: string };

/**
 * Weighted shares next to the unweighted ones, raked to sector × size band of the schools in view.
 * Give it the published rows only: answers of schools left out by the disclosure rule stay out here too.
 */
export function weightedAnswers(
  rows: readonly AnswerCountRow[],
  item: Pick<AnalysisItem, 'kind' | 'values'>,
): WeightedAnswers {
  const { values } = item;
  const answered = rows.filter((r) => r.kind === 'answers');
  const isRespondent = (r: AnswerCountRow) =>
    item.kind === 'multi' ? r.value === null : r.value !== null && values.includes(r.value);
  const population: PopulationCell[] = rows.filter((r) => r.kind === 'population');
  const cellsFor = (matches: (value: string) => boolean): WeightCell[] => {
    const cells = new Map<string, WeightCell>();
    for (const r of answered) {
      const k = `${r.sector}|${r.band}`;
      const cell = cells.get(k) ?? { sector: r.sector, band: r.band, n: 0, x: 0 };
      if (isRespondent(r)) cell.n += r.n;
      if (r.value !== null && values.includes(r.value) && matches(r.value)) cell.x += r.n;
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
    topBox:
      item.kind === 'likert'
        ? weightedCellShare(
            cellsFor((v) => top.has(v)),
            weights,
          )
        : null,
    unweightedRespondents: weights.unweightedRespondents,
  };
}
