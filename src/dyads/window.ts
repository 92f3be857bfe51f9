/**
 * The window a dyad question is asked over — one rule for the CLI, the HTTP API, the dashboard and
 * the brief, so the same store gives them the same series and the same change points:
 *  - `to` defaults to the pair's last event (not the store's: a store that runs past the pair's
 *    record would pad the series with empty periods);
 *  - `from` defaults to the pair's first event on or before `to`, clipped so the window spans at
 *    most `DEFAULT_SPAN_MONTHS` calendar months (`to`'s own included): a long record is read over
 *    its recent years. The clipped start is aligned to a period of the granularity asked (months
 *    by default), so the first period is not cut short and read as a fall;
 *  - a pair without events falls back to the store's last date for `to`, with the same clip.
 * Only the store's data fills the defaults, never the clock, so answers do not drift.
 */
import { GRANULARITIES, formatDay, parseDay, periodOf } from '../analysis/index.js';
import type { ActorMatch, Granularity } from '../analysis/index.js';
import type { Dyad } from '../domain/index.js';
import { ValidationError } from '../errors.js';
import type { Store } from '../store/index.js';

/** A dyad question: two actors, an optional window, how actor codes match. */
export interface DyadQuery {
  a: string;
  b: string;
  /** Inclusive ISO dates; default the pair's first and last events (see above). */
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

/** How far back a default window reaches at most: two years, the span a brief describes. */
export const DEFAULT_SPAN_MONTHS = 24;

const ACTOR = /^[A-Z]{3}[A-Z0-9]*$/;

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
    if (typeof code !== 'string' || !ACTOR.test(code)) {
      throw new ValidationError('VALIDATION', `actor ${field} must be an actor code such as IRN or RUSGOV, got "${String(code)}"`, {
        location: { field }, hint: 'give CAMEO-style codes: three capital letters, then letters or digits (IRN, RUSGOV)',
      });
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

/** Start of a window of `months` calendar months ending in `to`'s month, aligned to a `by` period. */
export function spanStart(to: string, months = DEFAULT_SPAN_MONTHS, by: Granularity = 'month'): string {
  const [y, m] = to.split('-').map(Number);
  const first = Date.UTC(y ?? 1970, (m ?? 1) - 1 - (months - 1), 1) / 86_400_000;
  return formatDay(periodOf(first, by).start);
}

export interface WindowOptions {
  /** Granularity the clipped start is aligned to, so no period is cut short. Default month. */
  by?: Granularity;
}

/** Checks the question and fills the window's defaults by the rule above. */
export async function resolveWindow(store: Store, q: DyadQuery, options: WindowOptions = {}): Promise<ResolvedWindow> {
  const dyad = checkDyad(q.a, q.b);
  const match = q.match ?? 'prefix';
  if (match !== 'prefix' && match !== 'exact') {
    throw new ValidationError('VALIDATION', `match must be "prefix" or "exact", got "${String(match)}"`, { location: { field: 'match' } });
  }
  if (q.from !== undefined) checkDate(q.from, 'from');
  if (q.to !== undefined) checkDate(q.to, 'to');
  const by = options.by ?? 'month';
  if (!GRANULARITIES.includes(by)) {
    throw new ValidationError('VALIDATION', `granularity must be one of ${GRANULARITIES.join(', ')}, got "${String(by)}"`, { location: { field: 'granularity' } });
  }
  // The pair's first and last events (negated reports included: they are part of its record).
  // With no `to`, the window ends on the last, so the first is the same with or without that bound.
  const span = q.to === undefined ? await store.dyadDates({ dyad, match }) : undefined;
  // Only a pair without events needs the store's last date.
  const storeLast = q.to === undefined && span?.last === undefined ? (await store.stats()).lastDate : undefined;
  const last = span?.last;
  const to = q.to ?? last ?? storeLast ?? q.from;
  if (to === undefined) {
    throw new ValidationError('VALIDATION', `the store ${store.location} holds no events, so the window cannot default to its dates`, {
      location: { field: 'to' }, hint: 'import or ingest events first, or give --from and --to',
    });
  }
  let from = q.from;
  if (from === undefined) {
    const clip = spanStart(to, DEFAULT_SPAN_MONTHS, by);
    // Not bounded below by the clip: an event before it is what makes the window start there.
    const first = span ? span.first : (await store.dyadDates({ dyad, match, to })).first;
    from = first !== undefined && first > clip ? first : clip;
  }
  if (from > to) {
    throw new ValidationError('VALIDATION', `window starts (${from}) after it ends (${to})`, {
      location: { field: 'from' },
      hint: q.to !== undefined ? 'give from <= to' : last !== undefined ? `the pair's last event is on ${to}; give --to` : `the store's last event is on ${to}; give --to`,
    });
  }
  return { dyad, from, to, match };
}
