import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventBody, UploadResult } from '../schemas/index.js';
import type { TestServer } from '../test-helpers/index.js';
import { Client, expectClientError, testServer } from '../test-helpers/index.js';

let server: TestServer;
let ana: Client;
beforeAll(async () => {
  server = await testServer({ limits: { uploadBytes: 256 * 1024 } });
  ana = new Client(server.app);
  await ana.signUp('ana@example.org');
});
afterAll(async () => { await server.close(); });

const ARTICLE = 'Title: Caspian talks\nDate: 2025-05-02\n\nIran and Russia signed a defence agreement in Moscow on Friday. '
  + 'Russia later criticised Israel over the strikes.\n';

function multipart(files: Array<{ name: string; type: string; content: string }>): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----entente-test-boundary';
  const parts = files.map((f) => `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n${f.content}\r\n`);
  return { payload: Buffer.from(`${parts.join('')}--${boundary}--\r\n`), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('POST /api/documents', () => {
  it('decodes and stores a raw text upload, and a repeat changes nothing', async () => {
    const before = ((await ana.request({ url: '/api/events?limit=0' })).json() as { total: number }).total;
    const response = await ana.request({ method: 'POST', url: '/api/documents?name=caspian.txt', payload: ARTICLE, headers: { 'content-type': 'text/plain' } });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json() as UploadResult;
    expect(result).toMatchObject({ read: 1, stored: 1, skipped: 0, failed: 0, errors: [] });
    expect(result.events).toBeGreaterThan(0);
    const after = ((await ana.request({ url: '/api/events?limit=0' })).json() as { total: number }).total;
    expect(after).toBe(before + result.events);
    const again = (await ana.request({ method: 'POST', url: '/api/documents', payload: ARTICLE, headers: { 'content-type': 'text/plain' } })).json() as UploadResult;
    expect(again).toMatchObject({ read: 1, stored: 0, skipped: 1, events: 0 });
  });

  it('reports per-record errors of a JSONL upload with counts, and stores the good records', async () => {
    const jsonl = [
      JSON.stringify({ id: 'jl-1', date: '2025-05-03', title: 'One', text: 'Israel condemned Iran for the missile launch.' }),
      '{"id": "jl-2", "text": ',
      JSON.stringify({ id: 'jl-3', date: 'someday', text: 'Russia praised Iran.' }),
      JSON.stringify({ id: 'jl-4', date: '2025-05-04', text: 'The United States imposed sanctions on Iran.' }),
    ].join('\n');
    const response = await ana.request({ method: 'POST', url: '/api/documents?name=feed.jsonl', payload: jsonl, headers: { 'content-type': 'application/x-ndjson' } });
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json() as UploadResult;
    expect(result).toMatchObject({ read: 2, stored: 2, failed: 2 });
    expect(result.errors.map((e) => e.line)).toEqual([2, 3]);
    expect(result.errors[0]).toMatchObject({ code: 'INPUT_RECORD', file: 'feed.jsonl' });
    expect(result.errors[1]?.field).toBe('date');
    expect(result.documents.map((d) => [d.id, d.title])).toEqual([['jl-1', 'One'], ['jl-4', undefined]]);
    const coded = (await ana.request({ url: '/api/events?docId=jl-1' })).json() as { total: number };
    expect(result.documents[0]?.events).toBe(coded.total);
    expect((await ana.request({ url: '/api/documents/jl-1' })).statusCode).toBe(200);
  });

  it('takes several files in one multipart upload, HTML among them', async () => {
    const html = '<html><head><title>Gulf brief</title></head><body><nav>Menu</nav><article><h1>Gulf brief</h1>'
      + '<p>Saudi Arabia hosted Iranian diplomats in Riyadh for talks on shipping.</p><p>Both sides praised the meeting as a useful step forward.</p></article></body></html>';
    const form = multipart([
      { name: 'gulf.html', type: 'text/html', content: html },
      { name: 'note.txt', type: 'text/plain', content: 'Turkey criticised Russia over grain exports on Monday.' },
    ]);
    const response = await ana.request({ method: 'POST', url: '/api/documents', ...form });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ read: 2, stored: 2, failed: 0 });
    const list = (await ana.request({ url: '/api/documents?title=gulf' })).json() as { items: Array<{ title?: string; format: string }> };
    expect(list.items).toEqual([expect.objectContaining({ title: 'Gulf brief', format: 'html' })]);
  });

  it('stores pasted text with its metadata', async () => {
    const response = await ana.request({ method: 'POST', url: '/api/documents/text', payload: { text: 'Egypt welcomed the ceasefire between Israel and Hamas.', title: 'Cairo reacts', date: '2025-05-05', source: 'Desk' } });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ read: 1, stored: 1 });
    const list = (await ana.request({ url: '/api/documents?source=Desk' })).json() as { items: Array<{ title?: string; date?: string }> };
    expect(list.items[0]).toMatchObject({ title: 'Cairo reacts', date: '2025-05-05' });
    expectClientError(await ana.request({ method: 'POST', url: '/api/documents/text', payload: { text: ' ' } }), 400);
    expect(expectClientError(await ana.request({ method: 'POST', url: '/api/documents/text', payload: { text: 'x', date: '2025-13-01' } }), 400).field).toBe('date');
  });

  it('refuses uploads that cannot be read, too large, empty or anonymous', async () => {
    const binary = await ana.request({ method: 'POST', url: '/api/documents?name=photo.png', payload: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0, 1, 2, 3]), headers: { 'content-type': 'application/octet-stream' } });
    const error = expectClientError(binary, 415, 'INPUT_BINARY');
    expect(error.message).toContain('nothing could be read');
    const huge = await ana.request({ method: 'POST', url: '/api/documents', payload: 'Iran. '.repeat(60_000), headers: { 'content-type': 'text/plain' } });
    expectClientError(huge, 413, 'INPUT_TOO_LARGE');
    const hugeFile = await ana.request({ method: 'POST', url: '/api/documents', ...multipart([{ name: 'big.txt', type: 'text/plain', content: 'Iran. '.repeat(60_000) }]) });
    expectClientError(hugeFile, 413, 'INPUT_TOO_LARGE');
    expectClientError(await ana.request({ method: 'POST', url: '/api/documents', ...multipart([]) }), 400, 'INPUT_EMPTY');
    expectClientError(await ana.request({ method: 'POST', url: '/api/documents', payload: '', headers: { 'content-type': 'text/plain' } }), 400);
    expectClientError(await ana.request({ method: 'POST', url: '/api/documents', payload: 'x', headers: { 'content-type': 'image/png' } }), 415);
    expectClientError(await ana.request({ method: 'POST', url: '/api/documents?name=a/b.txt', payload: 'x', headers: { 'content-type': 'text/plain' } }), 400);
    expectClientError(await new Client(server.app).request({ method: 'POST', url: '/api/documents', payload: ARTICLE, headers: { 'content-type': 'text/plain' } }), 401);
  });
});

describe('GET /api/documents', () => {
  it('lists documents newest first with counts, filtered and paged', async () => {
    const page = (await ana.request({ url: '/api/documents?limit=2' })).json() as { items: Array<{ id: string; date?: string; events: number }>; total: number };
    expect(page.items).toHaveLength(2);
    expect(page.total).toBeGreaterThanOrEqual(3);
    expect(page.items[0]?.id).toBe('doc-history');
    const ranged = (await ana.request({ url: '/api/documents?from=2025-06-18&to=2025-06-20&sort=date-asc' })).json() as { items: Array<{ id: string }> };
    expect(ranged.items.map((d) => d.id)).toEqual(['doc-warning', 'doc-accord']);
    expectClientError(await ana.request({ url: '/api/documents?from=2025-06-20&to=2025-06-18' }), 400);
    expectClientError(await ana.request({ url: '/api/documents?sort=random' }), 400);
  });

  it('returns one document with its sentences, quotes, mentions and events', async () => {
    const response = await ana.request({ url: '/api/documents/doc-accord' });
    expect(response.statusCode).toBe(200);
    const detail = response.json() as { document: { title: string }; sentences: unknown[]; quotes: Array<{ speakerCode?: string }>; events: EventBody[]; eventCount: number };
    expect(detail.document.title).toBe('Tehran and Moscow sign a trade accord');
    expect(detail.sentences).toHaveLength(2);
    expect(detail.quotes[0]?.speakerCode).toBe('RUSGOV');
    expect(detail.events.map((e) => e.id).sort()).toEqual(['ev-accord', 'ev-praise']);
    expect(detail.eventCount).toBe(2);
    expectClientError(await ana.request({ url: '/api/documents/nope' }), 404, 'NOT_FOUND');
  });
});
