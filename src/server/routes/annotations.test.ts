import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnotationBody } from '../schemas/index.js';
import type { TestServer } from '../test-helpers/index.js';
import { Client, expectClientError, testServer } from '../test-helpers/index.js';

let server: TestServer;
let admin: Client;
let ana: Client;
let bob: Client;

beforeAll(async () => {
  server = await testServer();
  admin = new Client(server.app);
  ana = new Client(server.app);
  bob = new Client(server.app);
  expect((await admin.signUp('admin@example.org', 'Admin')).admin).toBe(true);
  await ana.signUp('ana@example.org', 'Ana');
  await bob.signUp('bob@example.org', 'Bob');
});
afterAll(async () => { await server.close(); });

async function create(client: Client, payload: object) {
  return client.request({ method: 'POST', url: '/api/annotations', payload });
}

describe('annotations', () => {
  it('needs a signed-in user to annotate, and anyone may read', async () => {
    const anonymous = new Client(server.app);
    const refused = await create(anonymous, { target: { kind: 'event', id: 'ev-accord' }, kind: 'comment', body: 'Hello' });
    expect(expectClientError(refused, 401, 'UNAUTHORIZED').hint).toContain('sign-in');
    const made = await create(ana, { target: { kind: 'event', id: 'ev-accord' }, kind: 'comment', body: 'The accord was signed in Moscow.' });
    expect(made.statusCode).toBe(201);
    const listed = await anonymous.request({ url: '/api/annotations?targetKind=event&targetId=ev-accord' });
    const page = listed.json() as { items: AnnotationBody[]; total: number };
    expect(page.total).toBe(1);
    expect(page.items[0]).toMatchObject({ kind: 'comment', authorName: 'Ana', body: 'The accord was signed in Moscow.', createdAt: '2025-07-01T12:00:00.000Z' });
    const one = await anonymous.request({ url: `/api/annotations/${page.items[0]?.id ?? ''}` });
    expect(one.json()).toEqual(page.items[0]);
  });

  it('stores corrections and brief-section comments, listed by target', async () => {
    const fix = await create(ana, {
      target: { kind: 'event', id: 'ev-warning' }, kind: 'correction', body: 'This was a threat, not a warning.', correction: { code: '138', source: 'usagov' },
    });
    expect(fix.statusCode).toBe(201);
    expect((fix.json() as AnnotationBody).correction).toEqual({ code: '138', source: 'USAGOV' });
    const section = await create(bob, { target: { kind: 'brief', id: 'IRN-RUS', section: 'outlook' }, kind: 'comment', body: 'The outlook is too rosy.' });
    expect(section.statusCode).toBe(201);
    const list = (await bob.request({ url: '/api/annotations?targetKind=brief&targetId=IRN-RUS&section=outlook' })).json() as { items: AnnotationBody[] };
    expect(list.items.map((a) => a.body)).toEqual(['The outlook is too rosy.']);
  });

  it('lets only the author or an admin edit or delete', async () => {
    const made = (await create(ana, { target: { kind: 'event', id: 'ev-reject' }, kind: 'comment', body: 'First take.' })).json() as AnnotationBody;
    const url = `/api/annotations/${made.id}`;
    expectClientError(await bob.request({ method: 'PATCH', url, payload: { body: 'Hijacked.' } }), 403, 'FORBIDDEN');
    expectClientError(await bob.request({ method: 'DELETE', url }), 403, 'FORBIDDEN');
    expectClientError(await new Client(server.app).request({ method: 'DELETE', url }), 401);

    server.advance(60_000);
    const edited = await ana.request({ method: 'PATCH', url, payload: { body: 'Second take.', correction: { code: '1211' } } });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ body: 'Second take.', kind: 'correction', correction: { code: '1211' }, updatedAt: '2025-07-01T12:01:00.000Z' });

    const byAdmin = await admin.request({ method: 'PATCH', url, payload: { correction: null } });
    expect(byAdmin.json()).toMatchObject({ kind: 'comment', body: 'Second take.' });
    expect((await admin.request({ method: 'DELETE', url })).statusCode).toBe(204);
    expectClientError(await ana.request({ url }), 404, 'NOT_FOUND');
    expectClientError(await ana.request({ method: 'DELETE', url }), 404);
  });

  it('exports corrections beside the stored coding as JSONL and CSV', async () => {
    const jsonl = await bob.request({ url: '/api/annotations/corrections?format=jsonl' });
    expect(jsonl.statusCode).toBe(200);
    expect(jsonl.headers['content-type']).toContain('application/x-ndjson');
    expect(jsonl.headers['content-disposition']).toContain('attachment');
    const records = jsonl.body.trim().split('\n').map((l) => JSON.parse(l) as Record<string, string>);
    const warning = records.find((r) => r.eventId === 'ev-warning');
    expect(warning).toMatchObject({ codedCode: '138', codedSource: 'USAGOV', codedTarget: 'IRNGOV', correctCode: '138', correctSource: 'USAGOV', author: 'Ana', docId: 'doc-warning' });
    const csv = await bob.request({ url: '/api/annotations/corrections?format=csv' });
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toMatch(/^annotationId,eventId,date,/);
    expect(lines).toHaveLength(records.length + 1);
    expect(csv.body).toContain('"This was a threat, not a warning."');
  });

  it('refuses bad annotations with 4xx and a message', async () => {
    const bad = async (payload: object, status = 400) => expectClientError(await create(ana, payload), status);
    expect((await bad({ target: { kind: 'event', id: 'no-such-event' }, kind: 'comment', body: 'x' }, 404)).field).toBe('target.id');
    expect((await bad({ target: { kind: 'event', id: 'ev-accord' }, kind: 'correction', body: 'x' })).field).toBe('correction');
    expect((await bad({ target: { kind: 'event', id: 'ev-accord' }, kind: 'correction', body: 'x', correction: {} })).message).toContain('right code');
    expect((await bad({ target: { kind: 'event', id: 'ev-accord' }, kind: 'correction', body: 'x', correction: { code: 'ABC' } })).field).toBe('correction.code');
    expect((await bad({ target: { kind: 'event', id: 'ev-accord' }, kind: 'note', body: 'x' })).field).toBe('kind');
    expect((await bad({ target: { kind: 'brief', id: 'IRN-RUS' }, kind: 'comment', body: 'x' })).field).toBe('target.section');
    expect((await bad({ target: { kind: 'event', id: 'ev-accord' }, kind: 'comment', body: '   ' })).field).toBe('body');
    expect((await bad({ target: { kind: 'event', id: 'ev-accord' }, kind: 'comment', body: 'x'.repeat(70_000) }, 413)).message).toContain('larger');
    expectClientError(await ana.request({ method: 'PATCH', url: '/api/annotations/nope', payload: { body: 'x' } }), 404);
    expectClientError(await ana.request({ method: 'PATCH', url: '/api/annotations/nope', payload: {} }), 400);
    expectClientError(await ana.request({ url: '/api/annotations?limit=-1' }), 400);
    expectClientError(await ana.request({ url: '/api/annotations/corrections?format=xml' }), 400);
  });
});
