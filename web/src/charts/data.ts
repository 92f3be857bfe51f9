/**
 * Chart data, shaped from the dashboard's model and kept apart from the drawing so it can be
 * tested without a browser. Plot wants tidy rows: one row per mark.
 */

import type { DyadChange, DyadPoint } from '../api/dyads.js';

/** The charts draw the dashboard's own model of a dyad: one period, one change point. */
export type ChartPoint = DyadPoint;
export type ChartChange = Pick<DyadChange, 'period' | 'date' | 'direction' | 'before' | 'after'>;

export interface NetRow { date: Date; period: string; net: number; series: string; count: number }
export interface QuadRow { date: Date; period: string; quad: string; count: number }
export interface DomainRow { domain: string; count: number }
export interface ChangeRow { date: Date; period: string; label: string; direction: 'warming' | 'cooling' }

export const QUAD_LABELS = ['Verbal cooperation', 'Material cooperation', 'Verbal conflict', 'Material conflict'] as const;
export const QUAD_COLOURS = ['#52a675', '#1c7c54', '#e08a3c', '#b3261e'] as const;

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** Net cooperation per period, pooled and (when asked) for each direction. */
export function netRows(points: readonly ChartPoint[], labels: { both: string; ab?: string; ba?: string }): NetRow[] {
  const rows: NetRow[] = [];
  for (const p of points) {
    const date = day(p.start);
    rows.push({ date, period: p.period, net: p.net, series: labels.both, count: p.count });
    if (labels.ab) rows.push({ date, period: p.period, net: p.netAB, series: labels.ab, count: p.count });
    if (labels.ba) rows.push({ date, period: p.period, net: p.netBA, series: labels.ba, count: p.count });
  }
  return rows;
}

export function quadRows(points: readonly ChartPoint[]): QuadRow[] {
  return points.flatMap((p) => ([1, 2, 3, 4] as const).map((q) => ({
    date: day(p.start), period: p.period, quad: QUAD_LABELS[q - 1] ?? String(q), count: p.quad[q],
  })));
}

/** Event counts by policy domain over the whole window, largest first (ties by name, so stable). */
export function domainRows(points: readonly ChartPoint[]): DomainRow[] {
  const totals = new Map<string, number>();
  for (const p of points) for (const [d, n] of Object.entries(p.domains)) totals.set(d, (totals.get(d) ?? 0) + n);
  return [...totals].filter(([, n]) => n > 0).map(([domain, count]) => ({ domain, count }))
    .sort((x, y) => y.count - x.count || x.domain.localeCompare(y.domain));
}

export function changeRows(changes: readonly ChartChange[]): ChangeRow[] {
  return changes.map((c) => ({
    date: day(c.date), period: c.period, direction: c.direction,
    label: `${c.direction === 'warming' ? 'Warming' : 'Cooling'} from ${c.period}: ${c.before.toFixed(1)} → ${c.after.toFixed(1)}`,
  }));
}

/** One sentence for screen readers (and the chart's aria-label) saying what the line shows. */
export function netSummary(points: readonly ChartPoint[], changes: readonly ChartChange[]): string {
  if (points.length === 0) return 'No periods in the window.';
  const events = points.reduce((n, p) => n + p.count, 0);
  const best = points.reduce((b, p) => (p.net > b.net ? p : b));
  const worst = points.reduce((w, p) => (p.net < w.net ? p : w));
  const parts = [
    `Net cooperation over ${points.length} periods from ${points[0]?.period} to ${points.at(-1)?.period}, ${events} events.`,
    `Highest ${best.net.toFixed(1)} in ${best.period}; lowest ${worst.net.toFixed(1)} in ${worst.period}.`,
  ];
  if (changes.length > 0) parts.push(`Change points: ${changes.map((c) => `${c.direction} at ${c.period}`).join(', ')}.`);
  return parts.join(' ');
}
