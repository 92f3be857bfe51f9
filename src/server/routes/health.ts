import { HealthResponse } from '../schemas/index.js';
import type { RouteRegistry } from '../route.js';
import type { Services } from './index.js';

export function registerHealth(registry: RouteRegistry, s: Services): void {
  registry.add({
    method: 'GET', url: '/api/health', tag: 'health', summary: 'Whether the store answers, and what it holds',
    response: HealthResponse, errors: [503],
  }, async ({ reply }) => {
    const store = { kind: s.store.kind, readOnly: s.store.readOnly };
    try {
      const counts = await s.store.stats();
      return { status: 'ok' as const, store: { ...store, reachable: true }, counts, generation: s.cache.generation, accounts: s.accounts !== undefined };
    } catch {
      reply.status(503);
      return reply.send({ status: 'unavailable', store: { ...store, reachable: false }, generation: s.cache.generation, accounts: s.accounts !== undefined });
    }
  });
}
