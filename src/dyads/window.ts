/**
 * The window a dyad question is asked over, with the store's data filling what the caller left
 * out: `to` defaults to the last event date (so answers do not drift with the clock), `from` to
 * the first. The dyad and the dates are checked here so every service function fails alike.
 */
import { formatDay, parseDay } from '../analysis/index.js';
import type { ActorMatch } from '../analysis/index.js';
import type { Dyad } from '../domain/index.js';
import { ValidationError } from '../errors.js';
import type { Store } from '../store/index.js';

/** A dyad question: two actors, an optional window, how actor codes match. */
export interface DyadQuery {
  a: string;
  b: string;
  /** Inclusive ISO dates; default the store's first and last event dates. */
  from?: string;
  to?: string;
  /** Default `prefix`: RUS takes RUSGOV, RUSMIL. */
  match?: ActorMatch;
}

export interface ResolvedWindow {
  dyad: Dyad;
  from: string;
  to: string;
  match: ActorMatch;
}

export function checkDate(value: string, field: string): number {
  const day = parseDay(value);
  if (day === undefined) {
    throw new ValidationError('VALIDATION', `${field} must be a calendar date YYYY-MM-DD, got "${value}"`, {
      location: { field }, hint: 'write dates as 2025-06-13',
    });
  }
  return day;
}

export function checkDyad(a: string, b: string): Dyad {
  for (const [field, code] of [['a', a], ['b', b]] as const) {
    if (typeof code !== 'string' || code.trim() === '') {
      throw new ValidationError('VALIDATION', `actor ${field} must be an actor code such as IRN or RUSGOV`, { location: { field } });
    }
  }
  if (a === b) {
    throw new ValidationError('VALIDATION', `a dyad needs two different actors, got ${a} twice`, {
      location: { field: 'b' }, hint: 'name two actors, e.g. IRN RUS',
    });
  }
  return { a, b };
}

export const addDays = (iso: string, days: number): string => formatDay(checkDate(iso, 'date') + days);

/** Applies the defaults; `fromDefault` (days before `to`) replaces the store's first date when given. */
export async function resolveWindow(store: Store, q: DyadQuery, fromDefault?: number): Promise<ResolvedWindow> {
  const dyad = checkDyad(q.a, q.b);
  const match = q.match ?? 'prefix';
  if (match !== 'prefix' && match !== 'exact') {
    throw new ValidationError('VALIDATION', `match must be "prefix" or "exact", got "${String(match)}"`, { location: { field: 'match' } });
  }
  if (q.from !== undefined) checkDate(q.from, 'from');
  if (q.to !== undefined) checkDate(q.to, 'to');
  const needStats = q.to === undefined || q.from === undefined;
  const stats = needStats ? await store.stats() : undefined;
  const to = q.to ?? stats?.lastDate ?? q.from;
  if (to === undefined) {
    throw new ValidationError('VALIDATION', `the store ${store.location} holds no events, so the window cannot default to its dates`, {
      location: { field: 'to' }, hint: 'import or ingest events first, or give --from and --to',
    });
  }
  const from = q.from ?? (fromDefault !== undefined ? addDays(to, -fromDefault) : stats?.firstDate ?? to);
  if (from > to) {
    throw new ValidationError('VALIDATION', `window starts (${from}) after it ends (${to})`, {
      location: { field: 'from' }, hint: q.to === undefined ? `the store's last event is on ${to}; give --to` : 'give from <= to',
    });
  }
  return { dyad, from, to, match };
}
