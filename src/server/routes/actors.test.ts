import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../test-helpers/index.js';
import { expectClientError, testServer } from '../test-helpers/index.js';

let server: TestServer;
beforeAll(async () => { server = await testServer(); });
afterAll(async () => { await server.close(); });

const get = (url: string) => server.app.inject({ url });

describe('actors', () => {
  it('searches by name, demonym and code, with flags', async () => {
    const items = ((await get('/api/actors?q=iran')).json() as { items: Array<{ code: string; flag?: string; via: string }> }).items;
    expect(items[0]).toMatchObject({ code: 'IRN', via: 'country' });
    expect(items[0]?.flag).toBe('🇮🇷');
    const russian = ((await get('/api/actors?q=Russian&limit=3')).json() as { items: Array<{ code: string }> }).items;
    expect(russian.map((a) => a.code)).toContain('RUS');
    expect(russian.length).toBeLessThanOrEqual(3);
  });

  it('finds office holders with their offices and dates', async () => {
    const items = ((await get('/api/actors?q=putin')).json() as { items: Array<{ via: string; person?: { terms: Array<{ code: string; from: string }> } }> }).items;
    const person = items.find((a) => a.via === 'person');
    expect(person?.person?.terms.length).toBeGreaterThan(0);
    expect(person?.person?.terms[0]?.code).toMatch(/^RUS/);
  });

  it('lists the most active actors of the store', async () => {
    const items = ((await get('/api/actors/seen?limit=3')).json() as { items: Array<{ code: string; events: number }> }).items;
    expect(items).toHaveLength(3);
    expect(items[0]?.code).toBe('IRNGOV');
    expect(items.map((a) => a.events)).toEqual([...items.map((a) => a.events)].sort((a, b) => b - a));
    const prefixed = ((await get('/api/actors/seen?prefix=rus')).json() as { items: Array<{ code: string }> }).items;
    expect(prefixed.every((a) => a.code.startsWith('RUS'))).toBe(true);
  });

  it('explains one actor with its activity', async () => {
    const body = (await get('/api/actors/rusgov')).json() as { actor: { code: string; name: string; role?: string }; seen?: { events: number } };
    expect(body.actor).toMatchObject({ code: 'RUSGOV', role: 'GOV' });
    expect(body.actor.name).toContain('Russia');
    expect(body.seen?.events).toBeGreaterThan(90);
    const quiet = (await get('/api/actors/FRA')).json() as { seen?: unknown };
    expect(quiet.seen).toBeUndefined();
  });

  it('answers bad input with 4xx', async () => {
    expect(expectClientError(await get('/api/actors'), 400).message).toBe('query.q is required');
    expectClientError(await get('/api/actors?q=%20%20'), 400);
    expectClientError(await get('/api/actors?q=iran&limit=0'), 400);
    expectClientError(await get(`/api/actors?q=${'a'.repeat(300)}`), 400);
    expectClientError(await get('/api/actors/seen?prefix=12'), 400);
    expect(expectClientError(await get('/api/actors/QQQ'), 404, 'NOT_FOUND').message).toContain('QQQ');
    expectClientError(await get('/api/actors/1'), 400);
  });
});
