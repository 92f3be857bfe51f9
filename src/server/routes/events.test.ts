import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventBody } from '../schemas/index.js';
import type { TestServer } from '../test-helpers/index.js';
import { FIXTURE_EVENT_COUNT, expectClientError, testServer } from '../test-helpers/index.js';

let server: TestServer;
beforeAll(async () => { server = await testServer(); });
afterAll(async () => { await server.close(); });

async function get(url: string) {
  return server.app.inject({ method: 'GET', url });
}

describe('GET /api/events', () => {
  it('pages through every event with the total', async () => {
    const first = await get('/api/events?limit=10');
    expect(first.statusCode).toBe(200);
    const page = first.json() as { items: EventBody[]; total: number; limit: number; offset: number };
    expect(page.total).toBe(FIXTURE_EVENT_COUNT);
    expect(page.items).toHaveLength(10);
    expect(page.items.map((e) => e.date)).toEqual([...page.items.map((e) => e.date)].sort().reverse());
    const last = (await get(`/api/events?limit=10&offset=${FIXTURE_EVENT_COUNT - 3}`)).json() as { items: EventBody[] };
    expect(last.items).toHaveLength(3);
  });

  it('filters by dyad, source, quad, code, PLOVER type, dates and text', async () => {
    const dyad = (await get('/api/events?dyad=IRN,RUS&limit=1000')).json() as { items: EventBody[]; total: number };
    expect(dyad.total).toBeGreaterThan(90);
    for (const e of dyad.items) expect([e.source.slice(0, 3), e.target.slice(0, 3)].sort()).toEqual(['IRN', 'RUS']);

    const warning = (await get('/api/events?source=usa&target=IRN&code=13&from=2025-06-01&to=2025-06-30')).json() as { items: EventBody[] };
    expect(warning.items.map((e) => e.id).sort()).toEqual(['ev-warning', 'gen-17-1-b', 'gen-17-3-b']);

    const conflict = (await get('/api/events?actor=RUS&quad=3,4&limit=1000')).json() as { items: EventBody[] };
    expect(conflict.items.length).toBeGreaterThan(0);
    for (const e of conflict.items) expect([3, 4]).toContain(e.quad);

    const text = (await get('/api/events?text=trade%20accord&limit=1000')).json() as { items: EventBody[] };
    expect(text.items.every((e) => /trade accord/i.test(e.evidence?.sentence ?? ''))).toBe(true);
    expect(text.items.length).toBeGreaterThan(0);

    const reject = (await get('/api/events?plover=reject')).json() as { items: EventBody[] };
    expect(reject.items.map((e) => e.id)).toContain('ev-reject');
  });

  it('sorts by Goldstein', async () => {
    const items = ((await get('/api/events?sort=goldstein-asc&limit=20')).json() as { items: EventBody[] }).items;
    expect(items.map((e) => e.goldstein)).toEqual([...items.map((e) => e.goldstein)].sort((a, b) => a - b));
  });

  it('refuses bad filters with 400 and names the field', async () => {
    expect(expectClientError(await get('/api/events?from=2025-02-30'), 400, 'VALIDATION').field).toBe('from');
    expect(expectClientError(await get('/api/events?from=yesterday'), 400).message).toContain('YYYY-MM-DD');
    expect(expectClientError(await get('/api/events?from=2025-06-01&to=2025-01-01'), 400).field).toBe('from');
    expect(expectClientError(await get('/api/events?limit=abc'), 400).field).toBe('limit');
    expect(expectClientError(await get('/api/events?limit=100000'), 400).field).toBe('limit');
    expect(expectClientError(await get('/api/events?quad=5'), 400).field).toBe('quad');
    expect(expectClientError(await get('/api/events?code=abc'), 400).field).toBe('code');
    expect(expectClientError(await get('/api/events?sort=sideways'), 400).field).toBe('sort');
    expect(expectClientError(await get('/api/events?dyad=IRN'), 400).field).toBe('dyad');
    expect(expectClientError(await get('/api/events?limit=1&limit=2'), 400).field).toBe('limit');
  });

  it('refuses an unknown actor with 400 rather than an empty page', async () => {
    const error = expectClientError(await get('/api/events?actor=QQQ'), 400, 'VALIDATION');
    expect(error.message).toContain('unknown actor "QQQ"');
    expect(error.hint).toContain('/api/actors');
    expectClientError(await get('/api/events?dyad=IRN,QQQ'), 400);
    expectClientError(await get('/api/events?source=1RN'), 400);
  });

  it('answers a repeated query from the cache until a write', async () => {
    const url = '/api/events?actor=ISR&limit=5';
    const first = await get(url);
    const second = await get(url);
    expect(first.headers['x-cache']).toBeUndefined();
    expect(second.headers['x-cache']).toBe('hit');
    expect(second.body).toBe(first.body);
  });
});

describe('GET /api/events/:id', () => {
  it('returns one event with its evidence', async () => {
    const response = await get('/api/events/ev-accord');
    expect(response.statusCode).toBe(200);
    const event = response.json() as EventBody;
    expect(event).toMatchObject({ id: 'ev-accord', source: 'IRNGOV', target: 'RUSGOV', code: '057' });
    expect(event.evidence?.sentence).toContain('trade accord');
  });

  it('answers 404 for an unknown id', async () => {
    expect(expectClientError(await get('/api/events/no-such-event'), 404, 'NOT_FOUND').message).toContain('no-such-event');
    expectClientError(await get(`/api/events/${'x'.repeat(300)}`), 414, 'INPUT_TOO_LARGE');
  });
});

describe('GET /api/events/export', () => {
  it('downloads every matching event as CSV, JSONL, Parquet and GDELT rows', async () => {
    const leftBefore = readdirSync(tmpdir()).filter((name) => name.startsWith('entente-download-'));
    const total = ((await get('/api/events?dyad=IRN,USA&limit=0')).json() as { total: number }).total;
    expect(total).toBeGreaterThan(40);
    const csv = await get('/api/events/export?dyad=IRN,USA&format=csv');
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="entente-events-2025-07-01\.csv"/);
    expect(Number(csv.headers['x-event-count'])).toBe(total);
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toMatch(/^id,/);
    expect(lines).toHaveLength(total + 1);

    const jsonl = await get('/api/events/export?dyad=IRN,USA&format=jsonl');
    const rows = jsonl.body.trim().split('\n').map((l) => JSON.parse(l) as { id: string; date: string });
    expect(rows).toHaveLength(total);
    expect(rows.map((r) => r.date)).toEqual([...rows.map((r) => r.date)].sort());

    const parquet = await get('/api/events/export?dyad=IRN,USA&format=parquet');
    expect(parquet.headers['content-type']).toBe('application/vnd.apache.parquet');
    expect(parquet.rawPayload.subarray(0, 4).toString('latin1')).toBe('PAR1');

    const gdelt = await get('/api/events/export?dyad=IRN,USA&format=gdelt');
    expect(gdelt.body.trim().split('\n')[0]?.split('\t')).toHaveLength(61);

    // The temporary files behind the downloads are gone once they are sent.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readdirSync(tmpdir()).filter((name) => name.startsWith('entente-download-'))).toEqual(leftBefore);
  });

  it('refuses bad filters and formats with 400', async () => {
    expect(expectClientError(await get('/api/events/export?format=xlsx'), 400).field).toBe('format');
    expectClientError(await get('/api/events/export?actor=QQQ'), 400);
    expectClientError(await get('/api/events/export?from=2025-02-30'), 400);
  });
});
