/**
 * The dashboard's view of a dyad: the server's report (series, change points, alerts, direction)
 * reduced to what the page draws. The mapping sits here, behind one function, so the pages do not
 * change when the report grows.
 */
import { request } from './client.js';
import type { DyadReport } from './types.js';

export type Granularity = 'week' | 'month' | 'quarter';

export interface DyadPoint {
  period: string;
  start: string;
  end: string;
  count: number;
  net: number;
  netAB: number;
  netBA: number;
  quad: Record<1 | 2 | 3 | 4, number>;
  domains: Record<string, number>;
}

export interface DyadChange {
  period: string;
  date: string;
  direction: 'warming' | 'cooling';
  before: number;
  after: number;
  size: number;
}

export interface DyadAlertView {
  week: string;
  scope: string;
  kind: 'large-increase' | 'large-decrease';
  count: number;
  mean: number;
}

export interface DyadView {
  a: string;
  b: string;
  by: Granularity;
  from: string;
  to: string;
  points: DyadPoint[];
  changes: DyadChange[];
  alerts: DyadAlertView[];
  direction?: { direction: string; reasons: string[] };
  /** Feeds loaded for part of the window only (from the ledger): holes that can read like shifts. */
  coverage: DyadReport['coverage'];
}

export function toDyadView(report: DyadReport, by: Granularity): DyadView {
  const points = report.series.points.map((p): DyadPoint => ({
    period: p.period, start: p.start, end: p.end, count: p.both.count, net: p.both.net, netAB: p.ab.net, netBA: p.ba.net,
    quad: { 1: p.both.quad[1], 2: p.both.quad[2], 3: p.both.quad[3], 4: p.both.quad[4] }, domains: p.both.domains,
  }));
  // The change points the direction was called on, as the brief tells them: none when the record
  // is too thin to call a direction, though the detector may still mark some.
  const changes = report.overall.changes.map((c): DyadChange => ({
    period: c.period, date: c.date, direction: c.direction, before: c.before, after: c.after, size: c.size,
  }));
  const alerts = (report.alerts?.alerts ?? []).map((al): DyadAlertView => ({
    week: report.alerts?.week ?? '', scope: String(al.scope), kind: al.kind, count: al.count, mean: al.mean,
  }));
  const view: DyadView = {
    a: report.series.dyad.a, b: report.series.dyad.b, by, from: report.series.from, to: report.series.to, points, changes, alerts,
    coverage: report.coverage,
  };
  view.direction = { direction: report.overall.direction, reasons: report.overall.reasons };
  return view;
}

export async function getDyadView(a: string, b: string, by: Granularity, signal?: AbortSignal): Promise<DyadView> {
  // No bootstrap intervals: the dashboard does not draw them, and they cost most of the answer's time.
  const report = await request<DyadReport>('GET', `/api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/series`, {
    query: { by, resamples: 0 }, ...(signal ? { signal } : {}),
  });
  return toDyadView(report, by);
}
