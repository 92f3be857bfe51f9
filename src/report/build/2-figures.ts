/**
 * Step 2: the analysis behind the brief, all from src/analysis on the loaded rows: the monthly
 * net-cooperation series and its direction and change points, weekly alerts (this week against
 * the previous 4 and 52), triads, requests against deliveries, and related dyads.
 */
import {
  aggregateDyad, dyadSeries, formatDay, overallDirection, pairRequests, parseDay, periodOf, relatedDyads, seriesValues,
  sparkline, strongestTriads, weeklyAlerts,
} from '../../analysis/index.js';
import type {
  AnalysisEvent, DyadRanking, DyadSeries, OverallDirection, RequestsResult, Triad, WeeklyAlerts,
} from '../../analysis/index.js';
import type { Dyad, Event } from '../../domain/index.js';
import { EntenteError } from '../../errors.js';
import { domainOf } from '../../model/index.js';
import { isDyad } from './1-load.js';
import type { Loaded, Window } from './1-load.js';

/** Fewest dyad events in the window for a direction to be called. */
export const MIN_EVENTS = 10;

export interface Figures {
  window: Window;
  dyad: Dyad;
  byId: Map<string, Event>;
  /** Every loaded event (look-back included), and the dyad's non-negated events inside the window. */
  all: Event[];
  dyadEvents: Event[];
  negated: Event[];
  beforeWindow: number;
  monthly: DyadSeries;
  direction: OverallDirection;
  weekly: WeeklyAlerts | undefined;
  weeklySeries: DyadSeries | undefined;
  triads: Triad[];
  requests: RequestsResult;
  related: DyadRanking;
  sparkline: string;
}

/** Events whose code the model does not know still count, under a domain of their own. */
function toAnalysis(e: Event): AnalysisEvent {
  const row: AnalysisEvent = {
    id: e.id, date: e.date, source: e.source, target: e.target, code: e.code, root: e.root, quad: e.quad,
    goldstein: e.goldstein, domain: domainOf(e.code) ?? 'unclassified',
  };
  if (e.negated) row.negated = true;
  if (e.unfulfilled) row.unfulfilled = true;
  return row;
}

function weeklyFigures(rows: readonly AnalysisEvent[], dyad: Dyad, to: string): { series: DyadSeries; alerts: WeeklyAlerts } {
  const toDay = parseDay(to) ?? 0;
  // 52 full weeks before the current one, so the 52-week baseline is complete.
  const start = periodOf(toDay, 'week').start - 52 * 7;
  const series = dyadSeries(aggregateDyad(rows, { dyad, from: formatDay(start), to, granularity: 'week' }), { resamples: 0 });
  return { series, alerts: weeklyAlerts(series) };
}

export function computeFigures(loaded: Loaded): Figures {
  const w = loaded.window;
  const dyad = { a: w.a, b: w.b };
  const all = loaded.events;
  const byId = new Map(all.map((e) => [e.id, e]));
  const rows = all.map(toAnalysis);
  const inWindow = all.filter((e) => e.date >= w.from && e.date <= w.to && isDyad(e, w));
  const monthly = dyadSeries(aggregateDyad(rows, { dyad, from: w.from, to: w.to, granularity: 'month' }), { resamples: 0 });
  const weekly = inWindow.length > 0 ? weeklyFigures(rows, dyad, w.to) : undefined;
  const window = { from: w.from, to: w.to };
  return {
    window: w,
    dyad,
    byId,
    all,
    dyadEvents: inWindow.filter((e) => !e.negated),
    negated: inWindow.filter((e) => e.negated),
    beforeWindow: loaded.beforeWindow,
    monthly,
    direction: overallDirection(monthly, { minEvents: MIN_EVENTS }),
    weekly: weekly?.alerts,
    weeklySeries: weekly?.series,
    triads: strongestTriads(rows, dyad, { ...window, limit: 5 }),
    requests: pairRequests(rows, { dyad, ...window, asOf: w.asOf }),
    related: relatedDyads(rows, dyad, { ...window, limit: 5 }),
    sparkline: sparkline(seriesValues(monthly, 'net')),
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

/** Too few events for the analysis to call a direction (its reasons say so); the brief then
 * tells no change points either. */
export function thin(f: Pick<Figures, 'direction'>): boolean {
  return f.direction.events < MIN_EVENTS;
}
