import { afterEach, describe, expect, it } from 'vitest';
import { DuckDbStore } from '../../store/index.js';
import { buildServer } from '../build-server.js';
import type { TestServer } from '../test-helpers/index.js';
import { FIXTURE_EVENT_COUNT, testServer } from '../test-helpers/index.js';

let server: TestServer | undefined;
afterEach(async () => { await server?.close(); server = undefined; });

describe('GET /api/health', () => {
  it('says the store is reachable and what it holds', async () => {
    server = await testServer();
    const response = await server.app.inject({ url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'ok', store: { kind: 'duckdb', readOnly: false, reachable: true }, accounts: true, generation: 0,
      counts: { documents: 3, events: FIXTURE_EVENT_COUNT, firstDate: '2024-01-06', lastDate: '2025-12-24' },
    });
  });

  it('answers 503 when the store cannot be read', async () => {
    const store = await DuckDbStore.open({ path: ':memory:' });
    const app = await buildServer({ store });
    await store.close();
    const response = await app.inject({ url: '/api/health' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toMatchObject({ status: 'unavailable', store: { reachable: false } });
    await app.close();
  });
});
