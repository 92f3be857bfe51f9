import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from './test-helpers/index.js';
import { testServer } from './test-helpers/index.js';

let server: TestServer;
const routes: Array<{ method: string; url: string }> = [];
beforeAll(async () => {
  server = await testServer({}, false);
  // Every route fastify knows, from its printed tree (children are indented 4 per level below their parent).
  const stack: string[] = [];
  for (const line of server.app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^(.*?)(\/\S*) \(([A-Z, ]+)\)$/.exec(line);
    if (!m) continue;
    const depth = (m[1] ?? '').length / 4 - 1;
    stack.length = depth;
    const url = `${stack.join('')}${m[2] ?? ''}`;
    stack.push(m[2] ?? '');
    for (const method of (m[3] ?? '').split(', ')) if (method !== 'HEAD') routes.push({ method, url });
  }
});
afterAll(async () => { await server.close(); });

async function document(): Promise<{ openapi: string; paths: Record<string, Record<string, { parameters: Array<{ name: string; in: string }>; responses: Record<string, unknown>; requestBody?: unknown }>> }> {
  const response = await server.app.inject({ url: '/api/openapi.json' });
  expect(response.statusCode).toBe(200);
  expect(response.headers['content-type']).toContain('application/json');
  return response.json();
}

describe('GET /api/openapi.json', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const doc = await document();
    expect(doc.openapi).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate(doc as unknown as Parameters<Validator['validate']>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    // The validator does reject a broken document, so the check above means something.
    expect((await new Validator().validate({ ...doc, paths: { 'no-slash': { get: {} } } } as unknown as Parameters<Validator['validate']>[0])).valid).toBe(false);
  });

  it('covers every API route fastify serves, and no route that does not exist', async () => {
    const doc = await document();
    expect(routes.length).toBeGreaterThan(15);
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)).sort();
    const served = routes.map((r) => `${r.method} ${r.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}')}`).sort();
    expect(documented).toEqual([...new Set(served)]);
  });

  it('documents parameters and bodies from the validating schemas', async () => {
    const doc = await document();
    const events = doc.paths['/api/events']?.get;
    expect(events?.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(['actor', 'dyad', 'quad', 'from', 'to', 'text', 'limit', 'offset']));
    expect(doc.paths['/api/events/{id}']?.get?.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path' })]);
    expect(doc.paths['/api/events/{id}']?.get?.responses).toHaveProperty('404');
    expect(doc.paths['/api/annotations']?.post?.requestBody).toBeDefined();
    expect(doc.paths['/api/annotations']?.post?.responses).toHaveProperty('401');
    expect(doc.paths['/api/auth/sign-in']?.post?.responses).toHaveProperty('429');
  });
});
