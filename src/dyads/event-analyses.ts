/**
 * Event-level analyses of a dyad: the store selects the rows each needs (by actors, roots and
 * dates, in SQL), analysis' pure functions judge them. Alignment and triads read every event with
 * A or B on either side; requests read the dyad's appeals, promises and demands and the deliveries
 * and refusals that may answer them, up to `windowDays` after the window.
 */
import { actorKey, alignment, formatDay, pairRequests, strongestTriads } from '../analysis/index.js';
import type {
  Alignment, AlignmentOptions, RequestOptions, RequestsResult, StrongestTriadOptions, Triad,
} from '../analysis/index.js';
import type { Store } from '../store/index.js';
import { addDays, checkDate, resolveWindow } from './window.js';
import type { DyadQuery, ResolvedWindow } from './window.js';

/** Analysis options the service sets itself are left out. */
export type DyadAlignmentOptions = DyadQuery & Omit<AlignmentOptions, 'from' | 'to' | 'match'>;
export type DyadTriadOptions = DyadQuery & Omit<StrongestTriadOptions, 'from' | 'to' | 'match'>;
export type DyadRequestOptions = DyadQuery & Omit<RequestOptions, 'dyad' | 'from' | 'to' | 'match'>;

export interface WindowOf<T> {
  window: ResolvedWindow;
  result: T;
}

function analysisOptions<T extends DyadQuery>(options: T): Omit<T, 'a' | 'b' | 'from' | 'to' | 'match'> {
  const { a: _a, b: _b, from: _from, to: _to, match: _match, ...rest } = options;
  return rest;
}

async function eitherSide(store: Store, w: ResolvedWindow) {
  return store.analysisEvents({ actors: [w.dyad.a, w.dyad.b], from: w.from, to: w.to, match: w.match, includeNegated: false });
}

/** Who stands with whom: S-score of A's and B's relations with third parties. */
export async function dyadAlignment(store: Store, options: DyadAlignmentOptions): Promise<WindowOf<Alignment>> {
  const window = await resolveWindow(store, options);
  const events = await eitherSide(store, window);
  return { window, result: alignment(events, window.dyad, { ...analysisOptions(options), from: window.from, to: window.to, match: window.match }) };
}

/** Third parties acting against one side, with the other side's stance toward them. */
export async function dyadTriads(store: Store, options: DyadTriadOptions): Promise<WindowOf<Triad[]>> {
  const window = await resolveWindow(store, options);
  const events = await eitherSide(store, window);
  return { window, result: strongestTriads(events, window.dyad, { ...analysisOptions(options), from: window.from, to: window.to, match: window.match }) };
}

/**
 * The day the data runs to, against which a request's deadline is judged: the store's last event
 * (the data covers up to it, not up to this dyad's last event), or `to` if the window reaches later.
 */
export async function dataAsOf(store: Store, to: string): Promise<string> {
  const last = (await store.stats()).lastDate;
  return last !== undefined && last > to ? last : to;
}

/** Appeals (02), promises (03), demands (10); deliveries (06, 07, 08); refusals (12). */
const REQUEST_ROOTS = ['02', '03', '10', '06', '07', '08', '12'];
const DEFAULT_WINDOW_DAYS = 365;

/** Requests between A and B, each with what answered it (delivered, refused, unfulfilled, pending). */
export async function dyadRequests(store: Store, options: DyadRequestOptions): Promise<WindowOf<RequestsResult>> {
  const window = await resolveWindow(store, options);
  const windowDays = options.windowDays ?? DEFAULT_WINDOW_DAYS;
  // pairRequests pairs requester and provider by actorKey (country level under `prefix`), so an
  // appeal from IRNGOV is answered by a delivery to any IRN code: read the keys' dyad.
  const keys = { a: actorKey(window.dyad.a, window.match), b: actorKey(window.dyad.b, window.match) };
  const asOf = options.asOf !== undefined ? formatDay(checkDate(options.asOf, 'asOf')) : await dataAsOf(store, window.to);
  const reach = Number.isSafeInteger(windowDays) && windowDays >= 0 ? addDays(window.to, windowDays) : window.to;
  // An answer after asOf was not known on that day: a brief written as of a past date must not
  // count a delivery that came later.
  const until = reach < asOf ? reach : asOf < window.to ? window.to : asOf;
  const events = await store.analysisEvents({
    dyad: keys.a === keys.b ? window.dyad : keys, roots: REQUEST_ROOTS, from: window.from, to: until, match: window.match,
  });
  const result = pairRequests(events, {
    ...analysisOptions(options), dyad: window.dyad, from: window.from, to: window.to, match: window.match,
    windowDays, asOf,
  });
  return { window, result };
}
