/**
 * The dyads that moved most: net-cooperation change between a window and the equal window before
 * it, ranked by the store in SQL. Without dates, the window is the 30 days up to the store's last
 * event.
 */
import { isOrganisationKey } from '../analysis/index.js';
import type { ActorMatch, DyadRanking } from '../analysis/index.js';
import { ValidationError } from '../errors.js';
import { actorInfo } from '../model/index.js';
import type { Store } from '../store/index.js';
import { addDays, checkDate } from './window.js';

export interface TopDyadsOptions {
  from?: string;
  to?: string;
  /** Default 20. */
  limit?: number;
  match?: ActorMatch;
  /**
   * `known` (default): only dyads whose both sides name an actor — a state, IGO, NGO, group or
   * region the model knows, or a state's role (RUSGOV). Dataset rows often carry a bare role
   * (GOV, CVL: "a government", "civilians", country unknown) or an ethnic code (GDELT's `sco`);
   * ranked as sides, they crowd out the pairs an analyst asks about. `all` ranks them too.
   */
  actors?: 'known' | 'all';
}

export interface TopDyads extends DyadRanking {
  from: string;
  to: string;
  actors: 'known' | 'all';
}

/** Whether a dyad key (a code, or a country/organisation prefix) names an identifiable actor. */
export function namesKnownActor(key: string): boolean {
  if (actorInfo(key) !== undefined || isOrganisationKey(key)) return true;
  const head = key.length > 3 ? actorInfo(key.slice(0, 3)) : undefined;
  return head !== undefined && head.kind !== 'igo';
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
  const actors = options.actors ?? 'known';
  const ranking = await store.topDyadChanges({
    from, to,
    ...(options.limit !== undefined ? { limit: options.limit } : {}),
    ...(options.match !== undefined ? { match: options.match } : {}),
    ...(actors === 'known' ? { keep: namesKnownActor } : {}),
  });
  return { from, to, actors, ...ranking };
}
