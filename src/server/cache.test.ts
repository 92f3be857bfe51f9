import { describe, expect, it } from 'vitest';
import { AnswerCache, InFlight } from './cache.js';
import { Client, testServer } from './test-helpers/index.js';

describe('AnswerCache', () => {
  it('keeps the most recently used answers within its entry and byte bounds, and forgets all on bump', () => {
    const cache = new AnswerCache(2, 1000);
    cache.put('a', { type: 't', body: 'A' });
    cache.put('b', { type: 't', body: 'B' });
    expect(cache.get('a')?.body).toBe('A');
    cache.put('c', { type: 't', body: 'C' });
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')?.body).toBe('A');
    cache.put('big', { type: 't', body: 'x'.repeat(300) });
    expect(cache.get('big')).toBeUndefined();
    cache.bump();
    expect(cache.size).toBe(0);
    expect(cache.generation).toBe(1);
    expect(new AnswerCache(0, 1000).get('a')).toBeUndefined();
  });
});

describe('InFlight', () => {
  it('lets later askers wait for the first one\'s answer', async () => {
    const flight = new InFlight();
    const owner = {};
    flight.begin(owner, 'k');
    const waiting = flight.wait('k');
    expect(waiting).toBeDefined();
    flight.end(owner, { type: 't', body: 'done' });
    expect((await waiting)?.body).toBe('done');
    expect(flight.wait('k')).toBeUndefined();
  });
});

describe('the answer cache in the server', () => {
  it('computes a burst of identical requests once, and drops answers when an upload writes', async () => {
    const server = await testServer({ openIngest: true });
    try {
      const url = '/api/dyads/IRN/RUS/series?resamples=20&from=2024-01-01&to=2025-12-31';
      const burst = await Promise.all(Array.from({ length: 8 }, () => server.app.inject({ url })));
      expect(burst.every((r) => r.statusCode === 200 && r.body === burst[0]?.body)).toBe(true);
      expect(burst.filter((r) => r.headers['x-cache'] === undefined)).toHaveLength(1);

      const count = async () => ((await server.app.inject({ url: '/api/events?limit=0' })).json() as { total: number }).total;
      const before = await count();
      expect((await server.app.inject({ url: '/api/events?limit=0' })).headers['x-cache']).toBe('hit');
      const upload = await new Client(server.app).request({
        method: 'POST', url: '/api/documents/text', payload: { text: 'Iran and Russia signed a defence agreement in Moscow on Friday.', date: '2025-05-02' },
      });
      expect(upload.statusCode, upload.body).toBe(200);
      const added = (upload.json() as { events: number }).events;
      expect(added).toBeGreaterThan(0);
      expect(await count()).toBe(before + added);
      expect(((await server.app.inject({ url: '/api/health' })).json() as { generation: number }).generation).toBe(1);
    } finally {
      await server.close();
    }
  });
});
