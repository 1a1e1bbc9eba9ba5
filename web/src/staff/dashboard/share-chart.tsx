import { Bar, BarChart, CartesianGrid, ErrorBar, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatPercent } from '../../lib/format.ts';

export interface ShareBar {
  label: string;
  /** null: hidden (too few responses) or not computable. */
  share: { p: number; lower: number; upper: number } | null;
}

const percent = (p: number) => formatPercent(p);

/**
 * Horizontal bars of shares with their 95% interval drawn as error bars. Hidden groups get no bar; the
 * table beside the chart says "te weinig reacties" for them, so the chart is decoration for the table.
 */
export function ShareChart({ bars, title }: { bars: ShareBar[]; title: string }) {
  const data = bars.map((b) => ({
    label: b.label,
    p: b.share ? b.share.p * 100 : 0,
    error: b.share ? [(b.share.p - b.share.lower) * 100, (b.share.upper - b.share.p) * 100] : [0, 0],
  }));
  return (
    <figure className="chart" aria-label={title}>
      <div role="img" aria-label={`${title}: staafdiagram; de cijfers staan in de tabel ernaast.`}>
        <ResponsiveContainer width="100%" height={Math.max(160, bars.length * 34 + 40)}>
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24 }} accessibilityLayer={false}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, 100]} tickFormatter={(v: number) => `${v}%`} />
            <YAxis type="category" dataKey="label" width={190} tick={{ fontSize: 13 }} />
            <Bar dataKey="p" fill="#1f5f8b" isAnimationActive={false}>
              <ErrorBar dataKey="error" width={6} stroke="#111" direction="x" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

export function shareText(share: ShareBar['share']): string {
  return share ? `${percent(share.p)} (${percent(share.lower)}–${percent(share.upper)})` : 'te weinig reacties';
}

export interface CountCell {
  value: number | null;
  suppressed: false | 'too_few' | 'protects_smaller';
}

/** A count as the API published it: hidden groups say why, never how many. */
export function countText(cell: CountCell): string {
  if (cell.suppressed === 'protects_smaller') return 'verborgen (beschermt een kleinere groep)';
  if (cell.suppressed !== false || cell.value === null) return 'te weinig reacties';
  return String(cell.value);
}
