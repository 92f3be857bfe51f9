import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { ChangePointsResponse, DyadReportSchema, TopDyadsResponse } from '../schemas/index.js';
import type { TestServer } from '../test-helpers/index.js';
import { expectClientError, testServer } from '../test-helpers/index.js';

let server: TestServer;
beforeAll(async () => { server = await testServer(); });
afterAll(async () => { await server.close(); });

const get = (url: string) => server.app.inject({ url });
const WINDOW = 'from=2024-01-01&to=2025-12-31';

describe('dyad endpoints', () => {
  it('gives the monthly series with intervals, the 2025 turn as a change point, and alerts', async () => {
    const response = await get(`/api/dyads/IRN/RUS/series?${WINDOW}&by=month&resamples=50`);
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json() as z.infer<typeof DyadReportSchema>;
    expect(report.series.points).toHaveLength(24);
    expect(report.series.points[0]?.both.net).toBeGreaterThan(0);
    expect(report.series.points[23]?.both.net).toBeLessThan(0);
    expect(report.series.points[0]?.both.interval).toBeDefined();
    expect(report.shifts.changes.map((c) => c.period)).toContain('2025-01');
    expect(report.shifts.changes[0]?.direction).toBe('cooling');
    expect(report.overall.direction).not.toBe('deepening');
    expect(report.alerts?.week).toMatch(/^2025-W\d\d$/);
    expect([...report.sparkline]).toHaveLength(24);
  });

  it('gives change points alone, by quarter', async () => {
    const body = (await get(`/api/dyads/RUS/IRN/change-points?${WINDOW}&by=quarter`)).json() as z.infer<typeof ChangePointsResponse>;
    expect(body.shifts.changes.length).toBeGreaterThan(0);
    expect(body.overall.reasons.length).toBeGreaterThan(0);
  });

  it('answers alerts, alignment, triads and requests in their shapes', async () => {
    for (const path of ['alerts?week=2025-W26', `alignment?${WINDOW}`, `triads?${WINDOW}`, `requests?${WINDOW}`]) {
      const response = await get(`/api/dyads/IRN/RUS/${path}`);
      expect(response.statusCode, `${path}: ${response.body}`).toBe(200);
    }
    const alignment = (await get(`/api/dyads/IRN/RUS/alignment?${WINDOW}`)).json() as { result: { thirdParties: string[] } };
    expect(alignment.result.thirdParties).toEqual(expect.arrayContaining(['USA', 'ISR']));
  });

  it('ranks the dyads that moved most', async () => {
    const body = (await get('/api/dyads/top?from=2025-01-01&to=2025-12-31&limit=5')).json() as z.infer<typeof TopDyadsResponse>;
    // The previous window has the same length (365 days; 2024 is a leap year) and ends the day before.
    expect(body.previous).toEqual({ from: '2024-01-02', to: '2024-12-31' });
    const irnRus = body.byChange.find((c) => [c.dyad.a, c.dyad.b].sort().join('-') === 'IRN-RUS');
    expect(irnRus?.change).toBeLessThan(0);
    expect(body.byCount.length).toBeLessThanOrEqual(5);
    expect(body.actors).toBe('known');
    expect(((await get('/api/dyads/top?from=2025-01-01&to=2025-12-31&actors=all')).json() as { actors: string }).actors).toBe('all');
  });

  it('refuses bad dyad requests with 4xx and a message', async () => {
    expect(expectClientError(await get('/api/dyads/IRN/QQQ/series'), 404, 'NOT_FOUND').field).toBe('b');
    expectClientError(await get('/api/dyads/IRN/IRN/series'), 400);
    expect(expectClientError(await get('/api/dyads/IRN/RUS/series?by=year'), 400).field).toBe('by');
    expectClientError(await get('/api/dyads/IRN/RUS/series?from=2025-02-29'), 400);
    expectClientError(await get('/api/dyads/IRN/RUS/series?from=2025-06-01&to=2025-01-01'), 400);
    expectClientError(await get('/api/dyads/IRN/RUS/series?resamples=-1'), 400);
    expectClientError(await get('/api/dyads/IRN/RUS/series?alerts=maybe'), 400);
    expectClientError(await get('/api/dyads/IRN/RUS/alerts?week=2025-W60'), 400);
    expectClientError(await get('/api/dyads/IRN/RUS/alerts?week=June'), 400);
    expectClientError(await get('/api/dyads/IRN/RUS/triads?limit=0'), 400);
    expectClientError(await get('/api/dyads/top?limit=1000'), 400);
    expect(expectClientError(await get('/api/dyads/top?actors=some'), 400).field).toBe('actors');
    expectClientError(await get('/api/dyads/top?from=2025-06-01&to=2025-01-01'), 400);
  });
});
