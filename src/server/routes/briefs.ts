/** Briefs: built from the store for a dyad and window, answered as JSON, standalone HTML or Markdown. */
import { ValidationError } from '../../errors.js';
import { storeCoverage } from '../../ledger/index.js';
import { buildBrief, renderHtml, renderMarkdown } from '../../report/index.js';
import type { BriefRequest } from '../../report/index.js';
import type { RouteRegistry } from '../route.js';
import { BriefParams, BriefQuery, BriefSchema } from '../schemas/index.js';
import { checkWindow, requireActor } from './actor-check.js';
import type { Services } from './index.js';

export function registerBriefs(registry: RouteRegistry, s: Services): void {
  registry.add({
    method: 'GET', url: '/api/briefs/:a/:b', tag: 'briefs',
    summary: 'The evidence-linked brief on two actors: JSON (default), standalone HTML, or Markdown',
    params: BriefParams, query: BriefQuery, response: BriefSchema, errors: [404], cached: true,
    produces: { 'text/html': 'the brief as one standalone page', 'text/markdown': 'the brief as Markdown with evidence footnotes' },
  }, async ({ params, query, reply }) => {
    if (params.a === params.b) {
      throw new ValidationError('VALIDATION', `a brief needs two different actors, got ${params.a} twice`, { location: { field: 'b' } });
    }
    await requireActor(s, 'a', params.a);
    await requireActor(s, 'b', params.b);
    checkWindow(query.from, query.to);
    const request: BriefRequest = { a: params.a, b: params.b };
    if (query.from !== undefined) request.from = query.from;
    if (query.to !== undefined) request.to = query.to;
    if (query.asOf !== undefined) request.asOf = query.asOf;
    const brief = await buildBrief(s.store, request, { coverage: (from, to) => storeCoverage(s.store, from, to) });
    if (query.format === 'json') return brief;
    const [type, body] = query.format === 'html'
      ? ['text/html; charset=utf-8', renderHtml(brief)]
      : ['text/markdown; charset=utf-8', renderMarkdown(brief)];
    s.remember(reply.request, type, body);
    return reply.type(type).send(body);
  });
}
