import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefBody } from '../schemas/index.js';
import type { TestServer } from '../test-helpers/index.js';
import { expectClientError, testServer } from '../test-helpers/index.js';

let server: TestServer;
beforeAll(async () => { server = await testServer(); });
afterAll(async () => { await server.close(); });

const get = (url: string) => server.app.inject({ url });

describe('GET /api/briefs/:a/:b', () => {
  it('builds the brief as JSON matching the Brief schema, with evidence behind claims', async () => {
    const response = await get('/api/briefs/IRN/RUS?from=2024-01-01&to=2025-12-31');
    expect(response.statusCode, response.body).toBe(200);
    const brief = response.json() as BriefBody;
    expect(brief.dyad.a.code).toBe('IRN');
    expect(brief.dyad.b.code).toBe('RUS');
    expect(brief.window).toMatchObject({ from: '2024-01-01', to: '2025-12-31' });
    expect(brief.figures.events).toBeGreaterThan(90);
    const claims = [...brief.lede, ...brief.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.claims))];
    const cited = claims.flatMap((c) => c.evidence);
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.every((e) => e.sentence.length > 0)).toBe(true);
  });

  it('renders standalone HTML and Markdown', async () => {
    const html = await get('/api/briefs/IRN/RUS?format=html&from=2024-01-01&to=2025-12-31');
    expect(html.statusCode).toBe(200);
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toMatch(/^<!DOCTYPE html>/i);
    expect(html.body).not.toContain('<script');
    const md = await get('/api/briefs/IRN/RUS?format=md&from=2024-01-01&to=2025-12-31');
    expect(md.headers['content-type']).toContain('text/markdown');
    expect(md.body).toMatch(/^# /);
    const again = await get('/api/briefs/IRN/RUS?format=md&from=2024-01-01&to=2025-12-31');
    expect(again.headers['x-cache']).toBe('hit');
    expect(again.body).toBe(md.body);
  });

  it('answers bad requests with 4xx', async () => {
    expect(expectClientError(await get('/api/briefs/IRN/QQQ'), 404, 'NOT_FOUND').message).toContain('QQQ');
    expectClientError(await get('/api/briefs/IRN/IRN'), 400);
    expectClientError(await get('/api/briefs/IRN/RUS?format=pdf'), 400);
    expectClientError(await get('/api/briefs/IRN/RUS?from=2025-13-01'), 400);
    expectClientError(await get('/api/briefs/IRN/RUS?from=2025-06-01&to=2025-01-01'), 400);
  });
});
