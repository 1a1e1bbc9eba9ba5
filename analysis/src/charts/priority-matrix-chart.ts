import { AxisBottom, AxisLeft } from '@visx/axis';
import { Group } from '@visx/group';
import { scaleLinear } from '@visx/scale';
import { Line } from '@visx/shape';
import { formatDecimal, formatPercent, importanceWords, type ImportanceSource } from '../report/index.ts';
import { createElement as h, type ReactElement } from 'react';
import { palette } from './share-bar-chart.ts';

export interface MatrixDatum {
  /** The number printed at the point; the table beside the chart names it. */
  number: number;
  satisfaction: number;
  importance: number;
}

/**
 * The priority matrix: satisfaction (share agreeing) across, importance (correlation with the report
 * mark, or the share calling it important) up, the cut points as lines, the four quadrants named, each
 * point a number from the table.
 */
export function priorityMatrixChart(props: {
  id: string;
  title: string;
  data: MatrixDatum[];
  cuts: { satisfaction: number; importance: number };
  importanceSource: ImportanceSource;
}): ReactElement {
  const importance = importanceWords(props.importanceSource);
  const width = 520;
  const height = 360;
  const margin = { left: 56, right: 16, top: 16, bottom: 44 };
  const x = scaleLinear({ domain: [0, 1], range: [margin.left, width - margin.right] });
  const low = Math.min(0, ...props.data.map((d) => d.importance));
  const y = scaleLinear({ domain: [low, 1], range: [height - margin.bottom, margin.top], nice: true });
  const quadrant = (text: string, px: number, py: number, anchor: 'start' | 'end') =>
    h('text', { x: px, y: py, fontSize: 11, fontWeight: 600, fill: '#00466e', textAnchor: anchor }, text);
  return h(
    'svg',
    {
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': `${props.id}-title`,
      className: 'chart',
    },
    h('title', { id: `${props.id}-title` }, `${props.title}. De cijfers staan ook in de tabel hieronder.`),
    h('rect', {
      x: margin.left,
      y: margin.top,
      width: width - margin.left - margin.right,
      height: height - margin.top - margin.bottom,
      fill: 'none',
      stroke: palette.ink,
      strokeWidth: 0.5,
    }),
    h(Line, {
      from: { x: x(props.cuts.satisfaction), y: margin.top },
      to: { x: x(props.cuts.satisfaction), y: height - margin.bottom },
      stroke: palette.ink,
      strokeDasharray: '4 3',
    }),
    h(Line, {
      from: { x: margin.left, y: y(props.cuts.importance) },
      to: { x: width - margin.right, y: y(props.cuts.importance) },
      stroke: palette.ink,
      strokeDasharray: '4 3',
    }),
    quadrant('verbeteren', margin.left + 6, margin.top + 14, 'start'),
    quadrant('behouden', width - margin.right - 6, margin.top + 14, 'end'),
    quadrant('minder urgent', margin.left + 6, height - margin.bottom - 6, 'start'),
    quadrant('bewaken', width - margin.right - 6, height - margin.bottom - 6, 'end'),
    ...props.data.map((d) =>
      h(
        Group,
        { key: d.number },
        h('circle', { cx: x(d.satisfaction), cy: y(d.importance), r: 9, fill: palette.current }),
        h(
          'text',
          { x: x(d.satisfaction), y: y(d.importance) + 4, fontSize: 10, fill: '#fff', textAnchor: 'middle' },
          String(d.number),
        ),
      ),
    ),
    h(AxisBottom, {
      scale: x,
      top: height - margin.bottom,
      numTicks: 5,
      tickFormat: (v) => formatPercent(Number(v)),
      stroke: palette.ink,
      tickStroke: palette.ink,
      label: 'Tevredenheid: aandeel (helemaal) eens',
      labelProps: { fill: palette.ink, fontSize: 11, textAnchor: 'middle' },
      tickLabelProps: { fill: palette.ink, fontSize: 10, fontFamily: 'inherit', textAnchor: 'middle' },
    }),
    h(AxisLeft, {
      scale: y,
      left: margin.left,
      numTicks: 5,
      tickFormat: (v) => (props.importanceSource === 'explicit' ? formatPercent(Number(v)) : formatDecimal(Number(v))),
      stroke: palette.ink,
      tickStroke: palette.ink,
      label: importance.axis,
      labelProps: { fill: palette.ink, fontSize: 11, textAnchor: 'middle' },
      tickLabelProps: { fill: palette.ink, fontSize: 10, fontFamily: 'inherit', textAnchor: 'end', dx: -4, dy: 3 },
    }),
  );
}
