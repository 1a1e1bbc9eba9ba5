import { AxisBottom } from '@visx/axis';
import { Group } from '@visx/group';
import { PatternLines } from '@visx/pattern';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar, Line } from '@visx/shape';
import { formatPercent } from '../report/index.ts';
import { createElement as h, type ReactElement } from 'react';

// Okabe–Ito: distinguishable with every common colour-vision deficiency; the second series also gets a
// hatch pattern and every bar a printed value, so the chart still reads in greyscale.
export const palette = { current: '#0072B2', previous: '#E69F00', ink: '#1a1a1a' };

export interface BarDatum {
  label: string;
  share: { p: number; lower: number; upper: number } | null;
  previous?: { p: number } | null;
}

const labelWidth = 230;
const chartWidth = 640;

/**
 * Horizontal bars of shares with their 95% interval as a whisker and the value printed beside each bar;
 * with `previous`, last year's share as a hatched bar under it. Decorative for screen readers: the
 * table that follows every chart holds the same figures. The one chart of Klankbord: the report renders
 * it on the server (renderToStaticMarkup) and the staff dashboard in the browser; it scales with its box
 * (viewBox; give it `max-width: 100%; height: auto`).
 */
export function shareBarChart(props: {
  id: string;
  title: string;
  data: BarDatum[];
  previousLabel?: string;
  /** Sentence after the title for screen readers; the report's table follows the chart. */
  tableHint?: string;
}): ReactElement {
  const { id, data } = props;
  const withPrevious = data.some((d) => d.previous);
  const rowHeight = withPrevious ? 34 : 24;
  const legend = withPrevious ? 24 : 0;
  const height = data.length * rowHeight + 30 + legend;
  const y = scaleBand({
    domain: data.map((d) => d.label),
    range: [legend, legend + data.length * rowHeight],
    padding: 0.15,
  });
  const x = scaleLinear({
    domain: [0, Math.max(0.5, ...data.map((d) => Math.max(d.share?.upper ?? 0, d.previous?.p ?? 0)))],
    range: [0, chartWidth - labelWidth - 60],
    nice: true,
  });
  const band = y.bandwidth();
  const barHeight = withPrevious ? band / 2 : band;
  return h(
    'svg',
    {
      width: chartWidth,
      height,
      viewBox: `0 0 ${chartWidth} ${height}`,
      role: 'img',
      'aria-labelledby': `${id}-title`,
      className: 'chart',
    },
    h(
      'title',
      { id: `${id}-title` },
      `${props.title}. ${props.tableHint ?? 'De cijfers staan ook in de tabel hieronder.'}`,
    ),
    h(PatternLines, {
      id: `${id}-hatch`,
      width: 6,
      height: 6,
      stroke: palette.ink,
      strokeWidth: 1,
      background: palette.previous,
      orientation: ['diagonal'],
    }),
    withPrevious &&
      h(
        Group,
        { left: labelWidth, top: 4 },
        h('rect', { width: 14, height: 10, fill: palette.current }),
        h('text', { x: 20, y: 9, fontSize: 11, fill: palette.ink }, 'dit jaar'),
        h('rect', { x: 90, width: 14, height: 10, fill: `url(#${id}-hatch)`, stroke: palette.ink, strokeWidth: 0.5 }),
        h('text', { x: 110, y: 9, fontSize: 11, fill: palette.ink }, props.previousLabel ?? 'vorig jaar'),
      ),
    h(
      Group,
      { left: labelWidth },
      ...data.map((d) => {
        const top = y(d.label) ?? 0;
        return h(
          Group,
          { key: d.label },
          h('text', { x: -8, y: top + band / 2 + 4, fontSize: 12, textAnchor: 'end', fill: palette.ink }, d.label),
          d.share &&
            h(Bar, {
              x: 0,
              y: top,
              width: x(d.share.p),
              height: barHeight,
              fill: palette.current,
              className: 'chart-bar',
            }),
          d.share &&
            h(Line, {
              from: { x: x(d.share.lower), y: top + barHeight / 2 },
              to: { x: x(d.share.upper), y: top + barHeight / 2 },
              stroke: palette.ink,
              strokeWidth: 1.5,
            }),
          h(
            'text',
            { x: (d.share ? x(d.share.upper) : 0) + 6, y: top + barHeight / 2 + 4, fontSize: 11, fill: palette.ink },
            d.share ? formatPercent(d.share.p) : 'te weinig gegevens',
          ),
          d.previous &&
            h(Bar, {
              x: 0,
              y: top + barHeight,
              width: x(d.previous.p),
              height: barHeight,
              fill: `url(#${id}-hatch)`,
              stroke: palette.ink,
              strokeWidth: 0.5,
            }),
          d.previous &&
            h(
              'text',
              { x: x(d.previous.p) + 6, y: top + barHeight * 1.5 + 4, fontSize: 11, fill: palette.ink },
              formatPercent(d.previous.p),
            ),
        );
      }),
      h(AxisBottom, {
        scale: x,
        top: legend + data.length * rowHeight,
        numTicks: 5,
        tickFormat: (v) => formatPercent(Number(v)),
        stroke: palette.ink,
        tickStroke: palette.ink,
        tickLabelProps: { fill: palette.ink, fontSize: 10, fontFamily: 'inherit', textAnchor: 'middle' },
      }),
    ),
  );
}
