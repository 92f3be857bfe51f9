/** Actors: search (names, codes, demonyms, capitals, office holders — with flags); one actor; the most active. */
import { NotFoundError } from '../../errors.js';
import { actorInfo, searchActors } from '../../model/index.js';
import type { RouteRegistry } from '../route.js';
import { ActorDetail, ActorParams, ActorSearchQuery, ActorSearchResponse, ActorsSeenQuery, ActorsSeenResponse } from '../schemas/index.js';
import type { Services } from './index.js';

export function registerActors(registry: RouteRegistry, s: Services): void {
  registry.add({
    method: 'GET', url: '/api/actors', tag: 'actors',
    summary: 'Find actors by name, code, demonym, capital or office holder (with every office and its dates), best first',
    query: ActorSearchQuery, response: ActorSearchResponse,
  }, async ({ query }) => ({ items: searchActors(query.q, query.limit) }));

  registry.add({
    method: 'GET', url: '/api/actors/seen', tag: 'actors', summary: 'Actor codes found in the stored events, most active first',
    query: ActorsSeenQuery, response: ActorsSeenResponse, cached: true,
  }, async ({ query }) => ({ items: await s.store.actorsSeen({ limit: query.limit, ...(query.prefix ? { prefix: query.prefix } : {}) }) }));

  registry.add({
    method: 'GET', url: '/api/actors/:code', tag: 'actors', summary: 'One actor code explained, with its activity in the store',
    params: ActorParams, response: ActorDetail, errors: [404], cached: true,
  }, async ({ params }) => {
    const seen = (await s.store.actorsSeen({ prefix: params.code, limit: 1000 })).find((a) => a.code === params.code);
    const info = actorInfo(params.code) ?? (seen ? { code: seen.code, name: seen.name ?? seen.code, kind: 'group' as const } : undefined);
    if (!info) {
      throw new NotFoundError('NOT_FOUND', `unknown actor "${params.code}"`, {
        location: { field: 'code' }, hint: 'search with GET /api/actors?q=name',
      });
    }
    return seen ? { actor: info, seen } : { actor: info };
  });
}
