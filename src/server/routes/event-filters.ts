/** Turns the validated event filters of a request into the store's EventQuery. */
import type { z } from 'zod';
import type { EventQuery } from '../../store/index.js';
import type { EventFilters } from '../schemas/index.js';
import { checkActorFilter, checkWindow } from './actor-check.js';
import type { Services } from './index.js';

export type EventFiltersOut = z.output<typeof EventFilters>;

export async function eventQuery(s: Services, f: EventFiltersOut): Promise<EventQuery> {
  checkWindow(f.from, f.to);
  await checkActorFilter(s, 'actor', f.actor);
  await checkActorFilter(s, 'source', f.source);
  await checkActorFilter(s, 'target', f.target);
  const q: EventQuery = { sort: f.sort };
  if (f.dyad !== undefined) {
    const [a = '', b = ''] = f.dyad.toUpperCase().split(',');
    await checkActorFilter(s, 'dyad', a);
    await checkActorFilter(s, 'dyad', b);
    q.dyad = { a, b };
  }
  if (f.actor !== undefined) q.actor = f.actor;
  if (f.source !== undefined) q.source = f.source;
  if (f.target !== undefined) q.target = f.target;
  if (f.code !== undefined) q.code = f.code;
  if (f.quad !== undefined) q.quad = f.quad;
  if (f.plover !== undefined) q.plover = f.plover;
  if (f.from !== undefined) q.from = f.from;
  if (f.to !== undefined) q.to = f.to;
  if (f.text !== undefined) q.text = f.text;
  if (f.docId !== undefined) q.docId = f.docId;
  if (f.dataset !== undefined) q.dataset = f.dataset;
  if (f.minConfidence !== undefined) q.minConfidence = f.minConfidence;
  return q;
}
