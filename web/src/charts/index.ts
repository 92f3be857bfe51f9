/** Charts: the Plot drawings load on demand; this face holds only the light wrapper and the data shaping. */
export { Chart, preloadCharts } from './chart.js';
export type { ChartProps, ChartSpec } from './chart.js';
export { domainRows, netSummary, QUAD_LABELS, QUAD_COLOURS } from './data.js';
export type { ChartChange, ChartPoint } from './data.js';
