import { shareBarChart } from '@klankbord/analysis/charts';
import type { HiddenReason } from '@klankbord/analysis/disclosure';
import { formatPercent as percent } from '../../lib/format.ts';

export interface ShareBar {
  label: string;
  /** null: hidden (too few responses) or not computable. */
  share: { p: number; lower: number; upper: number } | null;
}

/**
 * Horizontal bars of shares with their 95% interval as whiskers: the report's chart (one chart library
 * for both). Hidden groups get no bar; the table beside the chart says "te weinig reacties" for them, so
 * the chart is decoration for the table.
 */
export function ShareChart({ bars, title }: { bars: ShareBar[]; title: string }) {
  const id = `chart-${title.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`;
  return (
    <figure className="chart" aria-label={title}>
      {shareBarChart({ id, title, data: bars, tableHint: 'De cijfers staan in de tabel ernaast.' })}
    </figure>
  );
}

export function shareText(share: ShareBar['share']): string {
  return share ? `${percent(share.p)} (${percent(share.lower)}–${percent(share.upper)})` : 'te weinig reacties';
}

/** A published count (the API's disclosure control decides; see analysis/src/disclosure). */
export interface CountCell {
  value: number | null;
  suppressed: false | HiddenReason;
}

/** A count as the API published it: hidden groups say why, never how many. */
export function countText(cell: CountCell): string {
  if (cell.suppressed === 'protects_smaller') return 'verborgen (beschermt een kleinere groep)';
  if (cell.suppressed !== false || cell.value === null) return 'te weinig reacties';
  return String(cell.value);
}
