import { afterEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../test-helpers/index.js';
import { Client, expectClientError, testServer } from '../test-helpers/index.js';

let server: TestServer | undefined;
afterEach(async () => { await server?.close(); server = undefined; });

async function start(options: Parameters<typeof testServer>[0] = {}): Promise<TestServer> {
  server = await testServer(options, false);
  return server;
}

function setCookie(response: { headers: Record<string, unknown> }, name: string): string {
  const raw = response.headers['set-cookie'];
  const all = Array.isArray(raw) ? raw.map(String) : [String(raw)];
  const found = all.find((c) => c.startsWith(`${name}=`));
  expect(found, `Set-Cookie ${name}`).toBeDefined();
  return found ?? '';
}

describe('auth flow', () => {
  it('signs up (first user is admin), reads me, signs out and in again', async () => {
    const { app } = await start();
    const client = new Client(app);
    expect((await client.request({ url: '/api/auth/me' })).json()).toEqual({ user: null });
    const signUp = await client.request({ method: 'POST', url: '/api/auth/sign-up', payload: { email: 'Ana@Example.org', name: 'Ana', password: 'a long enough secret' } });
    expect(signUp.statusCode).toBe(201);
    const user = (signUp.json() as { user: { email: string; admin: boolean; name: string } }).user;
    expect(user).toMatchObject({ email: 'ana@example.org', name: 'Ana', admin: true });
    expect(JSON.stringify(signUp.json())).not.toContain('scrypt');

    const cookie = setCookie(signUp, 'entente_session');
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Expires=/i);
    expect(cookie).not.toMatch(/Secure/i);
    expect(setCookie(await app.inject({ url: '/api/auth/csrf' }), 'entente_csrf')).toMatch(/HttpOnly/i);

    expect(((await client.request({ url: '/api/auth/me' })).json() as { user: { email: string } }).user.email).toBe('ana@example.org');
    const out = await client.request({ method: 'POST', url: '/api/auth/sign-out' });
    expect(out.statusCode).toBe(204);
    expect(setCookie(out, 'entente_session')).toMatch(/Expires=Thu, 01 Jan 1970/);
    expect((await client.request({ url: '/api/auth/me' })).json()).toEqual({ user: null });

    const wrong = await client.request({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'ana@example.org', password: 'not the secret' } });
    expect(expectClientError(wrong, 401, 'UNAUTHORIZED').message).toBe('wrong email or password');
    const nobody = await client.request({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'bob@example.org', password: 'whatever it is' } });
    expect(expectClientError(nobody, 401).message).toBe('wrong email or password');
    const again = await client.request({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'ANA@example.org', password: 'a long enough secret' } });
    expect(again.statusCode).toBe(200);
    expect(((await client.request({ url: '/api/auth/me' })).json() as { user: { name: string } }).user.name).toBe('Ana');

    const second = new Client(app);
    expect((await second.signUp('bob@example.org')).admin).toBe(false);
    expectClientError(await second.request({ method: 'POST', url: '/api/auth/sign-up', payload: { email: 'bob@example.org', name: 'Bob', password: 'another secret!' } }), 409, 'CONFLICT');
  });

  it('marks cookies Secure when the request came over https through a trusted proxy', async () => {
    const { app } = await start({ trustProxy: true });
    const client = new Client(app);
    const response = await client.request({
      method: 'POST', url: '/api/auth/sign-up', headers: { 'x-forwarded-proto': 'https' },
      payload: { email: 'ana@example.org', name: 'Ana', password: 'a long enough secret' },
    });
    expect(setCookie(response, 'entente_session')).toMatch(/Secure/);
  });

  it('rejects state-changing requests without a valid CSRF token', async () => {
    const { app } = await start();
    const client = new Client(app);
    const payload = { email: 'ana@example.org', name: 'Ana', password: 'a long enough secret' };
    const none = await client.request({ method: 'POST', url: '/api/auth/sign-up', payload, csrf: false });
    expect(expectClientError(none, 403, 'FORBIDDEN').hint).toContain('x-csrf-token');
    await client.csrf();
    const forged = await client.request({ method: 'POST', url: '/api/auth/sign-up', payload, csrf: false, headers: { 'x-csrf-token': 'forged-token' } });
    expectClientError(forged, 403, 'FORBIDDEN');
    // A token from another client does not match this client's secret cookie.
    const other = await new Client(app).csrf();
    expectClientError(await client.request({ method: 'POST', url: '/api/auth/sign-up', payload, csrf: false, headers: { 'x-csrf-token': other } }), 403);
    expect((await client.request({ method: 'POST', url: '/api/auth/sign-up', payload })).statusCode).toBe(201);
  });

  it('trips the rate limit on repeated sign-in attempts', async () => {
    const { app } = await start({ limits: { authPerMinute: 3 } });
    const client = new Client(app);
    const attempt = () => client.request({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'x@example.org', password: 'guess guess' } });
    for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
    const limited = await attempt();
    expectClientError(limited, 429, 'RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('ends a session when it expires', async () => {
    const s = await start({ limits: { sessionTtlMs: 60_000 } });
    const client = new Client(s.app);
    await client.signUp('ana@example.org');
    expect(((await client.request({ url: '/api/auth/me' })).json() as { user: unknown }).user).not.toBeNull();
    s.advance(61_000);
    expect((await client.request({ url: '/api/auth/me' })).json()).toEqual({ user: null });
  });

  it('ignores a forged or malformed session cookie', async () => {
    const { app } = await start();
    for (const value of ['x'.repeat(43), 'not a token', '']) {
      const response = await app.inject({ url: '/api/auth/me', headers: { cookie: `entente_session=${value}` } });
      expect(response.json()).toEqual({ user: null });
    }
  });

  it('refuses bad sign-up bodies with the field named', async () => {
    const { app } = await start();
    const client = new Client(app);
    const post = (payload: unknown) => client.request({ method: 'POST', url: '/api/auth/sign-up', payload: payload as object });
    expect(expectClientError(await post({ email: 'not-an-email', name: 'A', password: 'long enough pw' }), 400).field).toBe('email');
    expect(expectClientError(await post({ email: 'a@example.org', name: 'A', password: 'short' }), 400).message).toContain('at least 10');
    expect(expectClientError(await post({ email: 'a@example.org', password: 'long enough pw' }), 400).message).toBe('body.name is required');
    expect(expectClientError(await post({ email: 42, name: 'A', password: 'long enough pw' }), 400).field).toBe('email');
    expect(expectClientError(await post({ email: 'a@example.org', name: 'A', password: 'long enough pw', admin: true }), 400).field).toBe('body');
    const notJson = await client.request({ method: 'POST', url: '/api/auth/sign-in', payload: '{"email":', headers: { 'content-type': 'application/json' } });
    expectClientError(notJson, 400);
    const huge = await client.request({ method: 'POST', url: '/api/auth/sign-in', payload: { email: 'a@example.org', password: 'p'.repeat(100_000) } });
    expectClientError(huge, 413, 'INPUT_TOO_LARGE');
  });
});
