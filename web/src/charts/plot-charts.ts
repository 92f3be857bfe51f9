/**
 * The drawings, with Observable Plot. This module is the only one that imports Plot, and it is
 * loaded on demand (see chart.tsx), so pages without charts never download it.
 */
import * as Plot from '@observablehq/plot';
import { QUAD_COLOURS, QUAD_LABELS, changeRows, domainRows, netRows, quadRows } from './data.js';
import type { ChartChange, ChartPoint } from './data.js';

export interface DrawSize { width: number; height: number }

const base = (size: DrawSize, label: string) => ({
  width: size.width,
  height: size.height,
  marginLeft: 48,
  style: { fontSize: '12px', color: '#1b1f24', background: 'transparent' },
  ariaLabel: label,
});

export function drawNet(points: ChartPoint[], changes: ChartChange[], size: DrawSize, label: string, series: { both: string; ab?: string; ba?: string }): SVGSVGElement | HTMLElement {
  const rows = netRows(points, series);
  const marks = changeRows(changes);
  return Plot.plot({
    ...base(size, label),
    y: { label: 'Net cooperation', grid: true, nice: true },
    x: { type: 'utc', label: null },
    color: { legend: rows.some((r) => r.series !== series.both), domain: [series.both, ...(series.ab ? [series.ab] : []), ...(series.ba ? [series.ba] : [])], range: ['#1f3a5f', '#7a5195', '#ef5675'] },
    marks: [
      Plot.ruleY([0], { stroke: '#7a8593' }),
      Plot.ruleX(marks, {
        x: 'date', stroke: (d: { direction: string }) => (d.direction === 'warming' ? '#1c7c54' : '#b3261e'),
        strokeWidth: 2, strokeDasharray: '5,3', ariaDescription: 'change points',
      }),
      Plot.text(marks, { x: 'date', text: (d: { direction: string }) => (d.direction === 'warming' ? '▲ warming' : '▼ cooling'), frameAnchor: 'top', dx: 4, textAnchor: 'start', fill: '#1b1f24' }),
      Plot.lineY(rows, { x: 'date', y: 'net', stroke: 'series', strokeWidth: 2, curve: 'linear', ariaDescription: 'net cooperation' }),
      Plot.dot(rows.filter((r) => r.series === series.both), { x: 'date', y: 'net', r: 2.5, fill: '#1f3a5f' }),
      Plot.tip(rows, Plot.pointerX({ x: 'date', y: 'net', stroke: 'series', channels: { period: 'period', events: 'count' }, format: { x: false, stroke: true } })),
    ],
  });
}

export function drawQuads(points: ChartPoint[], size: DrawSize, label: string): SVGSVGElement | HTMLElement {
  return Plot.plot({
    ...base(size, label),
    y: { label: 'Events', grid: true },
    x: { type: 'utc', label: null },
    color: { domain: [...QUAD_LABELS], range: [...QUAD_COLOURS], legend: true },
    marks: [
      Plot.areaY(quadRows(points), Plot.stackY({ x: 'date', y: 'count', fill: 'quad', curve: 'step-after', order: [...QUAD_LABELS] })),
      Plot.ruleY([0]),
      Plot.tip(quadRows(points), Plot.pointerX(Plot.stackY({ x: 'date', y: 'count', fill: 'quad', channels: { period: 'period' }, format: { x: false } }))),
    ],
  });
}

export function drawDomains(points: ChartPoint[], size: DrawSize, label: string): SVGSVGElement | HTMLElement {
  const rows = domainRows(points);
  return Plot.plot({
    ...base(size, label),
    marginLeft: 110,
    x: { label: 'Events', grid: true },
    y: { label: null, domain: rows.map((r) => r.domain) },
    marks: [
      Plot.barX(rows, { y: 'domain', x: 'count', fill: '#1f3a5f' }),
      Plot.text(rows, { y: 'domain', x: 'count', text: (d: { count: number }) => String(d.count), dx: 4, textAnchor: 'start' }),
      Plot.ruleX([0]),
    ],
  });
}
