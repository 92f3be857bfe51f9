/**
 * The dyads that moved most: net-cooperation change between a window and the equal window before
 * it, ranked by the store in SQL. Without dates, the window is the 30 days up to the store's last
 * event.
 */
import type { ActorMatch, DyadRanking } from '../analysis/index.js';
import { ValidationError } from '../errors.js';
import type { Store } from '../store/index.js';
import { addDays, checkDate } from './window.js';

export interface TopDyadsOptions {
  from?: string;
  to?: string;
  /** Default 20. */
  limit?: number;
  match?: ActorMatch;
}

export interface TopDyads extends DyadRanking {
  from: string;
  to: string;
}

export const DEFAULT_TOP_DAYS = 30;

export async function topDyads(store: Store, options: TopDyadsOptions = {}): Promise<TopDyads> {
  if (options.from !== undefined) checkDate(options.from, 'from');
  if (options.to !== undefined) checkDate(options.to, 'to');
  const to = options.to ?? (await store.stats()).lastDate ?? options.from;
  if (to === undefined) {
    throw new ValidationError('VALIDATION', `the store ${store.location} holds no events, so the window cannot default to its dates`, {
      location: { field: 'to' }, hint: 'import or ingest events first, or give --from and --to',
    });
  }
  const from = options.from ?? addDays(to, -(DEFAULT_TOP_DAYS - 1));
  const ranking = await store.topDyadChanges({
    from, to,
    ...(options.limit !== undefined ? { limit: options.limit } : {}),
    ...(options.match !== undefined ? { match: options.match } : {}),
  });
  return { from, to, ...ranking };
}
