import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from './test-helpers/index.js';
import { FIXTURE_EVENT_COUNT, expectClientError, testServer } from './test-helpers/index.js';

describe('a real server on an ephemeral port', () => {
  let server: TestServer;
  let base: string;
  beforeAll(async () => {
    server = await testServer();
    base = await server.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => { await server.close(); });

  it('answers real fetch requests, signs up through CSRF and annotates', async () => {
    const health = await fetch(`${base}/api/health`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { counts: { events: number } }).counts.events).toBe(FIXTURE_EVENT_COUNT);

    const csrf = await fetch(`${base}/api/auth/csrf`);
    const { token } = (await csrf.json()) as { token: string };
    const csrfCookie = csrf.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const signUp = await fetch(`${base}/api/auth/sign-up`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie: csrfCookie },
      body: JSON.stringify({ email: 'ana@example.org', name: 'Ana', password: 'a long enough secret' }),
    });
    expect(signUp.status).toBe(201);
    const cookies = [csrfCookie, ...signUp.headers.getSetCookie().map((c) => c.split(';')[0])].join('; ');
    const annotate = await fetch(`${base}/api/annotations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie: cookies },
      body: JSON.stringify({ target: { kind: 'event', id: 'ev-accord' }, kind: 'comment', body: 'Seen from a real socket.' }),
    });
    expect(annotate.status).toBe(201);
    const noToken = await fetch(`${base}/api/annotations`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: cookies }, body: '{}' });
    expect(noToken.status).toBe(403);
  });

  it('sends security headers', async () => {
    const response = await fetch(`${base}/api/health`);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('answers unknown API paths and methods with a JSON 404, and the plain page without a build', async () => {
    const missing = await fetch(`${base}/api/nothing-here`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    const page = await fetch(`${base}/dashboard`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('has not been built');
  });
});

describe('the built web app', () => {
  let dir: string;
  let server: TestServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'entente-web-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>entente app</title><script type="module" src="/assets/app-1a2b3c.js"></script>');
    writeFileSync(join(dir, 'assets', 'app-1a2b3c.js'), 'console.log("app");');
    server = await testServer({ staticDir: dir }, false);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves files, hashed assets as immutable, and index.html for deep links', async () => {
    const index = await server.app.inject({ url: '/' });
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain('entente app');
    const asset = await server.app.inject({ url: '/assets/app-1a2b3c.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    const deep = await server.app.inject({ url: '/dyads/IRN/RUS?from=2025-01-01' });
    expect(deep.statusCode).toBe(200);
    expect(deep.headers['content-type']).toContain('text/html');
    expect(deep.body).toContain('entente app');
    expectClientError(await server.app.inject({ url: '/api/nope' }), 404, 'NOT_FOUND');
    expect((await server.app.inject({ method: 'DELETE', url: '/somewhere' })).statusCode).toBe(404);
  });
});
