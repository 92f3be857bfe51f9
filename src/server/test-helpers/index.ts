/** What the API tests share: a seeded in-memory store, a server on it, and a cookie-keeping client. */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Store } from '../../store/index.js';
import { DuckDbStore } from '../../store/index.js';
import { buildServer } from '../build-server.js';
import type { ServerOptions } from '../options.js';
import { FIXTURE_DOCUMENTS } from './fixtures.js';

export { FIXTURE_DOCUMENTS, FIXTURE_EVENT_COUNT } from './fixtures.js';

export interface TestServer {
  app: FastifyInstance;
  store: Store;
  /** Moves the server's clock. */
  advance(ms: number): void;
  close(): Promise<void>;
}

export async function testServer(options: Partial<ServerOptions> = {}, seed = true): Promise<TestServer> {
  const store = await DuckDbStore.open({ path: ':memory:' });
  if (seed) await store.saveCoded(FIXTURE_DOCUMENTS);
  let now = Date.parse('2025-07-01T12:00:00.000Z');
  const app = await buildServer({ store, clock: () => new Date(now), checkResponses: true, ...options });
  return {
    app,
    store,
    advance: (ms) => { now += ms; },
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

/** A browser-like client: keeps cookies and sends the CSRF token on state-changing requests. */
export class Client {
  private cookies = new Map<string, string>();
  private token: string | undefined;

  constructor(private readonly app: FastifyInstance) {}

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async request(options: InjectOptions & { csrf?: boolean }): Promise<LightMyRequestResponse> {
    const method = (options.method ?? 'GET').toUpperCase();
    const headers: Record<string, string> = { ...(options.headers as Record<string, string> | undefined) };
    if (method !== 'GET' && options.csrf !== false) headers['x-csrf-token'] = await this.csrf();
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const { csrf: _csrf, ...rest } = options;
    const response = await this.app.inject({ ...rest, headers });
    for (const c of response.cookies as Array<{ name: string; value: string; maxAge?: number; expires?: Date }>) {
      // The server's clock is fixed in 2025, so only the 1970 date of a cleared cookie means "gone".
      const expired = c.value === '' || (c.expires !== undefined && c.expires.getTime() < Date.UTC(2000, 0, 1));
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return response;
  }

  async csrf(): Promise<string> {
    if (this.token === undefined) {
      const response = await this.request({ method: 'GET', url: '/api/auth/csrf' });
      this.token = (response.json() as { token: string }).token;
    }
    return this.token;
  }

  async signUp(email: string, name = email.split('@')[0] ?? 'someone', password = 'correct horse battery'): Promise<{ id: string; admin: boolean }> {
    const response = await this.request({ method: 'POST', url: '/api/auth/sign-up', payload: { email, name, password } });
    expect(response.statusCode, response.body).toBe(201);
    return (response.json() as { user: { id: string; admin: boolean } }).user;
  }
}

/** Asserts a 4xx JSON error with a message, and returns its body. */
export function expectClientError(response: LightMyRequestResponse, status: number, code?: string): { code: string; message: string; field?: string; hint?: string } {
  expect(response.statusCode, response.body).toBe(status);
  const body = response.json() as { error: { code: string; message: string; field?: string; hint?: string } };
  expect(body.error.message.length).toBeGreaterThan(5);
  if (code !== undefined) expect(body.error.code).toBe(code);
  return body.error;
}
