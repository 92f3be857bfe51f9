/** Events: filtered, paginated listing; one event; download of everything that matches. */
import type { EventQuery } from '../../store/index.js';
import { NotFoundError } from '../../errors.js';
import type { RouteRegistry } from '../route.js';
import { EventListQuery, EventPage, EventParams, EventSchema } from '../schemas/index.js';
import type { EventFiltersOut } from './event-filters.js';
import { eventQuery } from './event-filters.js';
import type { Services } from './index.js';
import { registerEventExport } from './event-export.js';

export function registerEvents(registry: RouteRegistry, s: Services): void {
  registry.add({
    method: 'GET', url: '/api/events', tag: 'events',
    summary: 'Events matching filters (actor, source, target, dyad, code, quad, PLOVER type, dates, text), a page at a time with the total',
    query: EventListQuery, response: EventPage, cached: true,
  }, async ({ query }) => {
    const { limit, offset, ...filters } = query;
    const q: EventQuery = { ...(await eventQuery(s, filters satisfies EventFiltersOut)), limit, offset };
    return s.store.events(q);
  });

  registerEventExport(registry, s);

  registry.add({
    method: 'GET', url: '/api/events/:id', tag: 'events', summary: 'One event with its evidence',
    params: EventParams, response: EventSchema, errors: [404],
  }, async ({ params }) => {
    const event = await s.store.event(params.id);
    if (!event) throw new NotFoundError('NOT_FOUND', `no event with id "${params.id}"`, { location: { field: 'id' }, hint: 'list events with GET /api/events' });
    return event;
  });
}
