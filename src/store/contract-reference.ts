/**
 * What the queries mean, written plainly over arrays: the contract compares every store with
 * this on random data, so the SQL of an implementation is checked against an independent reading.
 */
import type { Event } from '../domain/index.js';
import type { ActorSeen, EventQuery, EventSort } from './store.js';

function codeMatch(code: string, filter: string, exact: boolean): boolean {
  return exact || filter === '' ? code === filter : code.startsWith(filter);
}

/** `documentId`: the document the event was saved with. */
export function referenceMatch(e: Event, q: EventQuery, documentId?: string): boolean {
  const exact = q.exactActors === true;
  const side = (code: string, filter: string | undefined): boolean => filter === undefined || codeMatch(code, filter, exact);
  if (!side(e.source, q.source) || !side(e.target, q.target)) return false;
  if (q.actor !== undefined && !(codeMatch(e.source, q.actor, exact) || codeMatch(e.target, q.actor, exact))) return false;
  if (q.dyad) {
    const { a, b } = q.dyad;
    const ab = codeMatch(e.source, a, exact) && codeMatch(e.target, b, exact);
    const ba = codeMatch(e.source, b, exact) && codeMatch(e.target, a, exact);
    if (!ab && !ba) return false;
  }
  if (q.code !== undefined && !e.code.startsWith(q.code)) return false;
  if (q.quad !== undefined && !(Array.isArray(q.quad) ? q.quad : [q.quad]).includes(e.quad)) return false;
  if (q.plover !== undefined && e.plover !== q.plover) return false;
  if (q.from !== undefined && e.date < q.from) return false;
  if (q.to !== undefined && e.date > q.to) return false;
  if (q.docId !== undefined && documentId !== q.docId) return false;
  if (q.dataset !== undefined && e.dataset !== q.dataset) return false;
  if (q.text !== undefined) {
    const sentence = e.evidence?.sentence.toLowerCase();
    for (const term of q.text.toLowerCase().split(/\s+/).filter((t) => t !== '')) {
      if (sentence === undefined || !sentence.includes(term)) return false;
    }
  }
  if (q.minConfidence !== undefined && e.confidence < q.minConfidence) return false;
  return true;
}

const byId = (a: Event, b: Event): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byDate = (a: Event, b: Event): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

export function referenceSort(events: Event[], sort: EventSort = 'date-asc'): Event[] {
  const order: Record<EventSort, (a: Event, b: Event) => number> = {
    'date-asc': (a, b) => byDate(a, b) || byId(a, b),
    'date-desc': (a, b) => byDate(b, a) || byId(a, b),
    'goldstein-asc': (a, b) => a.goldstein - b.goldstein || byDate(a, b) || byId(a, b),
    'goldstein-desc': (a, b) => b.goldstein - a.goldstein || byDate(a, b) || byId(a, b),
  };
  return [...events].sort(order[sort]);
}

export function referenceQuery(events: Event[], q: EventQuery, documentOf: (e: Event) => string | undefined = () => undefined): { ids: string[]; total: number } {
  const matched = referenceSort(events.filter((e) => referenceMatch(e, q, documentOf(e))), q.sort);
  const offset = q.offset ?? 0;
  return { ids: matched.slice(offset, offset + (q.limit ?? 100)).map((e) => e.id), total: matched.length };
}

export function referenceActors(events: Event[], prefix = ''): ActorSeen[] {
  const found = new Map<string, { seen: ActorSeen; names: Map<string, number> }>();
  const visit = (code: string, name: string | undefined, role: 'asSource' | 'asTarget', counts: boolean): void => {
    if (code === '' || !code.startsWith(prefix)) return;
    let entry = found.get(code);
    if (!entry) {
      entry = { seen: { code, events: 0, asSource: 0, asTarget: 0 }, names: new Map() };
      found.set(code, entry);
    }
    entry.seen[role] += 1;
    if (counts) entry.seen.events += 1;
    if (name !== undefined) entry.names.set(name, (entry.names.get(name) ?? 0) + 1);
  };
  for (const e of events) {
    visit(e.source, e.sourceName, 'asSource', true);
    visit(e.target, e.targetName, 'asTarget', e.source !== e.target);
  }
  return [...found.values()]
    .map(({ seen, names }) => {
      const best = [...names].sort(([a, n], [b, m]) => m - n || (a < b ? -1 : a > b ? 1 : 0))[0];
      return best === undefined ? seen : { ...seen, name: best[0] };
    })
    .sort((a, b) => b.events - a.events || (a.code < b.code ? -1 : 1));
}
