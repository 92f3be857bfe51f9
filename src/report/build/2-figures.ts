/**
 * Step 2: the analysis behind the brief, asked of src/dyads exactly as the dashboard and
 * `entente dyad` ask it — the monthly series with its direction, change points and weekly alerts
 * (`dyadReport`), requests against deliveries (`dyadRequests`), triads (`dyadTriads`) — plus the
 * related dyads from analysis. The brief adds only the evidence: the loaded events behind each id.
 */
import { addScores, relatedDyads } from '../../analysis/index.js';
import type { AnalysisEvent, DyadRanking, DyadSeries, OverallDirection, RequestsResult, Triad } from '../../analysis/index.js';
import type { Dyad, Event } from '../../domain/index.js';
import { dyadReport, dyadRequests, dyadTriads } from '../../dyads/index.js';
import type { DyadAlerts, DyadReport } from '../../dyads/index.js';
import { EntenteError } from '../../errors.js';
import { analysisDomain } from '../../store/index.js';
import type { Store } from '../../store/index.js';
import { isDyad } from './1-load.js';
import type { Loaded, Window } from './1-load.js';

/** Fewest dyad events in the window for a direction to be called (analysis' default, restated
 * because the lede says so in words). */
export const MIN_EVENTS = 10;
const TRIADS = 5;
const RELATED = 5;

/** The series' sums over the window: the same figures the dashboard's summary adds up. */
export interface Totals {
  events: number;
  cooperative: number;
  conflictual: number;
  net: number;
  ab: number;
  ba: number;
  byDomain: Record<string, number>;
}

export interface Figures {
  window: Window;
  dyad: Dyad;
  byId: Map<string, Event>;
  /** Every loaded event (look-back included), and the dyad's non-negated events inside the window. */
  all: Event[];
  dyadEvents: Event[];
  negated: Event[];
  beforeWindow: number;
  /** src/dyads' answer for the window, monthly; the fields below are parts of it. */
  report: DyadReport;
  monthly: DyadSeries;
  direction: OverallDirection;
  alerts: DyadAlerts | undefined;
  sparkline: string;
  totals: Totals;
  triads: Triad[];
  requests: RequestsResult;
  related: DyadRanking;
}

function totalsOf(series: DyadSeries): Totals {
  const t: Totals = { events: 0, cooperative: 0, conflictual: 0, net: 0, ab: 0, ba: 0, byDomain: {} };
  for (const p of series.points) {
    const q = p.both.quad;
    t.events += p.both.count;
    t.cooperative += q[1] + q[2];
    t.conflictual += q[3] + q[4];
    t.net = addScores(t.net, p.both.net);
    t.ab += p.ab.count;
    t.ba += p.ba.count;
    for (const [d, n] of Object.entries(p.both.domains)) t.byDomain[d] = (t.byDomain[d] ?? 0) + n;
  }
  t.byDomain = Object.fromEntries(Object.entries(t.byDomain).filter(([, n]) => n > 0).sort(([x], [y]) => (x < y ? -1 : 1)));
  return t;
}

/** Related dyads from the loaded rows, which reach back over the previous window the ranking
 * compares with (step 1): reading them again from the store cost a second on 2M events. */
function relatedOf(events: readonly Event[], w: Window): DyadRanking {
  const rows = events.filter((e) => !e.negated).map((e): AnalysisEvent => ({
    id: e.id, date: e.date, source: e.source, target: e.target, code: e.code, root: e.root, quad: e.quad,
    goldstein: e.goldstein, domain: analysisDomain(e.code, e.root),
  }));
  return relatedDyads(rows, { a: w.a, b: w.b }, { from: w.from, to: w.to, limit: RELATED });
}

export async function computeFigures(store: Store, loaded: Loaded): Promise<Figures> {
  const w = loaded.window;
  const dyad = { a: w.a, b: w.b };
  const question = { a: w.a, b: w.b, from: w.from, to: w.to };
  // No bootstrap: the brief prints no intervals, and the dashboard asks the same way.
  const report = await dyadReport(store, { ...question, by: 'month', resamples: 0 });
  const requests = (await dyadRequests(store, { ...question, asOf: w.asOf })).result;
  const triads = (await dyadTriads(store, { ...question, limit: TRIADS })).result;
  const all = loaded.events;
  const inWindow = all.filter((e) => e.date >= w.from && e.date <= w.to && isDyad(e, w));
  const dyadEvents = inWindow.filter((e) => !e.negated);
  const totals = totalsOf(report.series);
  if (totals.events !== dyadEvents.length) {
    // The claims cite the loaded events and state the series' counts: they must be the same set.
    throw new EntenteError('INTERNAL', `the store's series counts ${totals.events} ${w.a}–${w.b} events from ${w.from} to ${w.to}, but the brief loaded ${dyadEvents.length}`);
  }
  return {
    window: w,
    dyad,
    byId: new Map(all.map((e) => [e.id, e])),
    all,
    dyadEvents,
    negated: inWindow.filter((e) => e.negated),
    beforeWindow: loaded.beforeWindow,
    report,
    monthly: report.series,
    direction: report.overall,
    alerts: report.alerts,
    sparkline: report.sparkline,
    totals,
    triads,
    requests,
    related: relatedOf(all, w),
  };
}

/** The loaded events with these ids, skipping none silently: an unknown id is a builder bug. */
export function eventsOf(f: Pick<Figures, 'byId'>, ids: readonly string[]): Event[] {
  return ids.map((id) => {
    const e = f.byId.get(id);
    if (!e) throw new EntenteError('INTERNAL', `analysis cited event ${id}, which the brief did not load`);
    return e;
  });
}

/** The loaded dyad events (not negated) dated from `from` to `to`, of one quad class or all. */
export function dyadEventsBetween(f: Pick<Figures, 'all' | 'dyad'>, from: string, to: string, quad?: number): Event[] {
  return f.all.filter((e) => !e.negated && e.date >= from && e.date <= to && isDyad(e, f.dyad) && (quad === undefined || e.quad === quad));
}

/** Too few events for the analysis to call a direction (its reasons say so, and it reports no
 * change points then). */
export function thin(f: Pick<Figures, 'direction'>): boolean {
  return f.direction.events < MIN_EVENTS;
}
