/** Dyad analytics over the store (src/dyads): series with change points and alerts, and the event-level analyses. */
import { ValidationError } from '../../errors.js';
import { dyadAlerts, dyadAlignment, dyadReport, dyadRequests, dyadTriads, topDyads } from '../../dyads/index.js';
import { storeCoverage } from '../../ledger/index.js';
import type { RouteRegistry } from '../route.js';
import {
  AlignmentResponse, ChangePointsResponse, DyadAlertsQuery, DyadAlertsSchema, DyadParams, DyadReportSchema, DyadRequestsQuery,
  DyadSeriesQuery, DyadTriadsQuery, DyadWindowQuery, RequestsResponse, TopDyadsQuery, TopDyadsResponse, TriadsResponse,
} from '../schemas/index.js';
import { checkWindow, requireActor } from './actor-check.js';
import type { Services } from './index.js';

/** Both actors exist and differ; the window is in order. */
async function checkDyad(s: Services, a: string, b: string, from?: string, to?: string): Promise<void> {
  if (a === b) throw new ValidationError('VALIDATION', `a dyad needs two different actors, got ${a} twice`, { location: { field: 'b' }, hint: 'e.g. /api/dyads/IRN/RUS' });
  await requireActor(s, 'a', a);
  await requireActor(s, 'b', b);
  checkWindow(from, to);
}

function windowOf(q: { from?: string | undefined; to?: string | undefined }): { from?: string; to?: string } {
  return { ...(q.from !== undefined ? { from: q.from } : {}), ...(q.to !== undefined ? { to: q.to } : {}) };
}

export function registerDyads(registry: RouteRegistry, s: Services): void {
  const base = { tag: 'dyads', params: DyadParams, cached: true, errors: [404] } as const;

  registry.add({
    ...base, method: 'GET', url: '/api/dyads/:a/:b/series',
    summary: 'Period series (quad classes, Goldstein, net cooperation each way, intervals), change points, weekly alerts and the overall direction',
    query: DyadSeriesQuery, response: DyadReportSchema,
  }, async ({ params, query }) => {
    await checkDyad(s, params.a, params.b, query.from, query.to);
    const report = await dyadReport(s.store, {
      a: params.a, b: params.b, ...windowOf(query), match: query.match, by: query.by, direction: query.direction,
      measure: query.measure, resamples: query.resamples, alerts: query.alerts,
    });
    return { ...report, coverage: await storeCoverage(s.store, report.series.from, report.series.to) };
  });

  registry.add({
    ...base, method: 'GET', url: '/api/dyads/:a/:b/change-points',
    summary: 'Change points of net cooperation (with the events around each) and the overall direction with its reasons',
    query: DyadSeriesQuery.omit({ resamples: true, alerts: true }), response: ChangePointsResponse,
  }, async ({ params, query }) => {
    await checkDyad(s, params.a, params.b, query.from, query.to);
    const report = await dyadReport(s.store, {
      a: params.a, b: params.b, ...windowOf(query), match: query.match, by: query.by, direction: query.direction,
      measure: query.measure, resamples: 0, alerts: false,
    });
    return { shifts: report.shifts, overall: report.overall, sparkline: report.sparkline };
  });

  registry.add({
    ...base, method: 'GET', url: '/api/dyads/:a/:b/alerts',
    summary: 'Weekly alerts: the week judged against its 4- and 52-week baselines, overall and by quad class',
    query: DyadAlertsQuery, response: DyadAlertsSchema,
  }, async ({ params, query }) => {
    await checkDyad(s, params.a, params.b);
    return dyadAlerts(s.store, {
      a: params.a, b: params.b, match: query.match, direction: query.direction,
      ...(query.to !== undefined ? { to: query.to } : {}), ...(query.week !== undefined ? { week: query.week } : {}),
    });
  });

  registry.add({
    ...base, method: 'GET', url: '/api/dyads/:a/:b/alignment', summary: 'Alignment (S-score) of the two actors\' relations with third parties',
    query: DyadWindowQuery, response: AlignmentResponse,
  }, async ({ params, query }) => {
    await checkDyad(s, params.a, params.b, query.from, query.to);
    return dyadAlignment(s.store, { a: params.a, b: params.b, ...windowOf(query), match: query.match });
  });

  registry.add({
    ...base, method: 'GET', url: '/api/dyads/:a/:b/triads', summary: 'Third parties acting against one side, and the other side\'s stance toward them',
    query: DyadTriadsQuery, response: TriadsResponse,
  }, async ({ params, query }) => {
    await checkDyad(s, params.a, params.b, query.from, query.to);
    return dyadTriads(s.store, { a: params.a, b: params.b, ...windowOf(query), match: query.match, limit: query.limit });
  });

  registry.add({
    ...base, method: 'GET', url: '/api/dyads/:a/:b/requests', summary: 'Requests between the two (appeals, promises, demands) and what answered each: delivered, refused, unfulfilled, pending',
    query: DyadRequestsQuery, response: RequestsResponse,
  }, async ({ params, query }) => {
    await checkDyad(s, params.a, params.b, query.from, query.to);
    return dyadRequests(s.store, { a: params.a, b: params.b, ...windowOf(query), match: query.match, windowDays: query.windowDays });
  });

  registry.add({
    method: 'GET', url: '/api/dyads/top', tag: 'dyads', cached: true,
    summary: 'Dyads that moved most: net-cooperation change against the previous equal window, and the most active',
    query: TopDyadsQuery, response: TopDyadsResponse,
  }, async ({ query }) => {
    checkWindow(query.from, query.to);
    return topDyads(s.store, { ...windowOf(query), limit: query.limit, match: query.match, actors: query.actors });
  });
}
