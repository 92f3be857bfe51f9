/**
 * Requests vs deliveries: did appeals, demands and promises turn into material help? A request
 * from requester R to provider P is paired with later P→R deliveries of the same kind within
 * `windowDays`. Appeals and demands run R→P; a promise runs from the one who will deliver, so for
 * promises the source is the provider.
 *
 * Status, first match wins: `fulfilled` (a delivery), `refused` (a P→R rejection of a matching
 * kind), `unfulfilled` (explicit: a negated/unfulfilled delivery, or the request flagged unfulfilled;
 * or the window passed with nothing), `pending` (the window reaches past the data's last day).
 * One delivery may answer several requests (a repeated appeal and the aid that followed).
 * Requester and provider are paired by actorKey (country level, or the exact code with `exact`):
 * an appeal to RUSGOV is answered by a delivery from RUSMIL.
 */
import { actorKey, dyadDirection } from './match.js';
import { formatDay } from './periods.js';
import { deliveryKind, kindsMatch, refusalKind, requestKind } from './request-kinds.js';
import { eventDay, optionDay, optionDyad, optionNumber, optionalWindow } from './validate.js';
import type { MaterialKind, RequestType } from './request-kinds.js';
import type { ActorMatch, AnalysisEvent } from './types.js';
import type { Dyad } from '../domain/index.js';

export type RequestStatus = 'fulfilled' | 'refused' | 'unfulfilled' | 'pending';

export interface RequestOptions {
  /** Only requests between these two actors (either way). */
  dyad?: Dyad;
  /** Window of request dates; deliveries may fall after `to`. */
  from?: string;
  to?: string;
  /** Days after a request in which a delivery answers it. Default 365. */
  windowDays?: number;
  /** Last day the data covers; default the latest event date. */
  asOf?: string;
  match?: ActorMatch;
}

export interface RequestRecord {
  id: string;
  date: string;
  code: string;
  type: RequestType;
  kind: MaterialKind;
  requester: string;
  provider: string;
  /** Last day a delivery would count. */
  deadline: string;
  status: RequestStatus;
  /** Ids, in date order. */
  deliveries: string[];
  refusals: string[];
  /** Explicit non-delivery: negated/unfulfilled deliveries, and the request itself when flagged unfulfilled. */
  nonDeliveries: string[];
  /** Days from the request to its first delivery. */
  daysToDelivery?: number;
}

export interface RequestsResult {
  requests: RequestRecord[];
  counts: Record<RequestStatus, number>;
  /** Request-coded events not listed, by reason. */
  skipped: { negated: number; notMaterial: number; unknownActor: number };
}

const REQUEST_ROOTS = new Set(['02', '03', '10']);

type AnswerRole = 'delivery' | 'refusal' | 'nonDelivery';
interface Answer { e: AnalysisEvent; day: number; kind: MaterialKind; role: AnswerRole }

function answerOf(e: AnalysisEvent, day: number): Answer | undefined {
  const given = deliveryKind(e.code);
  if (given) return { e, day, kind: given, role: e.negated || e.unfulfilled ? 'nonDelivery' : 'delivery' };
  const refused = refusalKind(e.code);
  if (refused && !e.negated) return { e, day, kind: refused, role: 'refusal' };
  return undefined;
}

/** Index of the first answer on or after `day` in a day-sorted list (binary search). */
function firstOnOrAfter(list: readonly Answer[], day: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.day ?? Infinity) < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function pairRequests(events: readonly AnalysisEvent[], options: RequestOptions = {}): RequestsResult {
  const match = options.match ?? 'prefix';
  const dyad = options.dyad ? optionDyad(options.dyad) : undefined;
  const window = optionalWindow(options.from, options.to);
  const windowDays = optionNumber(options.windowDays ?? 365, 'windowDays', 0, 36500, true);
  const days = events.map((e, i) => eventDay(e, i));
  const asOf = options.asOf !== undefined ? optionDay(options.asOf, 'asOf') : days.reduce((m, d) => (d > m ? d : m), -Infinity);

  // Answers indexed by provider→requester pair, in date order.
  const answers = new Map<string, Answer[]>();
  events.forEach((e, i) => {
    const a = answerOf(e, days[i] ?? 0);
    if (!a || e.source === '' || e.target === '') return;
    const key = `${actorKey(e.source, match)}|${actorKey(e.target, match)}`;
    const list = answers.get(key) ?? [];
    list.push(a);
    answers.set(key, list);
  });
  for (const list of answers.values()) list.sort((x, y) => x.day - y.day);

  const result: RequestsResult = {
    requests: [],
    counts: { fulfilled: 0, refused: 0, unfulfilled: 0, pending: 0 },
    skipped: { negated: 0, notMaterial: 0, unknownActor: 0 },
  };
  events.forEach((e, i) => {
    const day = days[i] ?? 0;
    if (!REQUEST_ROOTS.has(e.code.slice(0, 2)) || day < window.from || day > window.to) return;
    if (dyad && !dyadDirection(e, dyad, match)) return;
    const asked = requestKind(e.code);
    if (!asked) { result.skipped.notMaterial++; return; }
    if (e.negated) { result.skipped.negated++; return; }
    if (e.source === '' || e.target === '') { result.skipped.unknownActor++; return; }
    const [provider, requester] = asked.type === 'promise' ? [e.source, e.target] : [e.target, e.source];
    const deadline = day + windowDays;
    const list = answers.get(`${actorKey(provider, match)}|${actorKey(requester, match)}`) ?? [];
    const found: Answer[] = [];
    for (let k = firstOnOrAfter(list, day); k < list.length; k++) {
      const a = list[k];
      if (!a || a.day > deadline) break;
      if (kindsMatch(asked.kind, a.kind)) found.push(a);
    }
    const ids = (role: AnswerRole): string[] => found.filter((a) => a.role === role).map((a) => a.e.id);
    const deliveries = ids('delivery');
    const refusals = ids('refusal');
    const nonDeliveries = [...(e.unfulfilled ? [e.id] : []), ...ids('nonDelivery')];
    const status: RequestStatus = deliveries.length > 0 ? 'fulfilled'
      : refusals.length > 0 ? 'refused'
      : nonDeliveries.length > 0 || deadline <= asOf ? 'unfulfilled'
      : 'pending';
    const record: RequestRecord = {
      id: e.id, date: e.date, code: e.code, type: asked.type, kind: asked.kind, requester, provider,
      deadline: formatDay(deadline), status, deliveries, refusals, nonDeliveries,
    };
    const first = found.find((a) => a.role === 'delivery');
    if (first) record.daysToDelivery = first.day - day;
    result.requests.push(record);
    result.counts[status]++;
  });
  result.requests.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.id < y.id ? -1 : 1));
  return result;
}
