/**
 * Whether an actor code means anything here: known to the model (countries, IGOs, roles) or seen
 * in the store's events. Filters and dyads on an unknown actor are refused with a clear message
 * rather than answered with an empty page that looks like "no events".
 */
import { NotFoundError, ValidationError } from '../../errors.js';
import { actorInfo } from '../../model/index.js';
import type { Services } from './index.js';

const seenCache = new WeakMap<Services, { generation: number; known: Map<string, boolean> }>();

async function seenInStore(s: Services, code: string): Promise<boolean> {
  let entry = seenCache.get(s);
  if (!entry || entry.generation !== s.cache.generation) {
    entry = { generation: s.cache.generation, known: new Map() };
    seenCache.set(s, entry);
  }
  const cached = entry.known.get(code);
  if (cached !== undefined) return cached;
  const seen = (await s.store.actorsSeen({ prefix: code, limit: 1 })).length > 0;
  if (entry.known.size > 10_000) entry.known.clear();
  entry.known.set(code, seen);
  return seen;
}

export async function isKnownActor(s: Services, code: string): Promise<boolean> {
  return actorInfo(code) !== undefined || seenInStore(s, code);
}

/** For query filters: an unknown actor is bad input (400) naming the field. */
export async function checkActorFilter(s: Services, field: string, code: string | undefined): Promise<void> {
  if (code === undefined || await isKnownActor(s, code)) return;
  throw new ValidationError('VALIDATION', `query.${field}: unknown actor "${code}"`, {
    location: { field },
    hint: 'use a CAMEO-style actor code such as IRN or RUSGOV; GET /api/actors?q=name finds one',
  });
}

/** For path parameters: an unknown actor is a resource that does not exist (404). */
export async function requireActor(s: Services, field: string, code: string): Promise<void> {
  if (await isKnownActor(s, code)) return;
  throw new NotFoundError('NOT_FOUND', `unknown actor "${code}"`, {
    location: { field },
    hint: 'use a CAMEO-style actor code such as IRN or RUSGOV; GET /api/actors?q=name finds one',
  });
}

/** `from` after `to` would silently match nothing: say so instead. */
export function checkWindow(from: string | undefined, to: string | undefined): void {
  if (from !== undefined && to !== undefined && from > to) {
    throw new ValidationError('VALIDATION', `query.from (${from}) is after query.to (${to})`, { location: { field: 'from' }, hint: 'swap the dates' });
  }
}
