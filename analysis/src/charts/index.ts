// The charts of Klankbord, one implementation (visx on React) for the server-rendered report and the
// staff dashboard in the browser.
export { type BarDatum, palette, shareBarChart } from './share-bar-chart.ts';
export { type MatrixDatum, priorityMatrixChart } from './priority-matrix-chart.ts';
