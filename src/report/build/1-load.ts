/**
 * Step 1: the window, by src/dyads' rule (the one `entente dyad`, the API and the dashboard use:
 * the pair's first to last event, at most two years), then one read of the store for what the
 * brief cites — every event with A or B on either side over the window plus the stretch before it
 * that the comparisons need (the previous window for related dyads, 52 weeks for alerts), the
 * quotes of both sides, and the documents whose actor mentions tell on whose behalf a warning was
 * made. The figures themselves come from src/dyads in step 2.
 */
import { dyadDirection, formatDay, matchesActor, parseDay } from '../../analysis/index.js';
import { checkDate, checkDyad, dataAsOf, resolveWindow } from '../../dyads/index.js';
import type { DocumentDetail, EventQuery, Page, QuoteQuery, Store, StoredQuote } from '../../store/index.js';
import type { Event } from '../../domain/index.js';
import type { BriefRequest } from '../types.js';

/** The window after defaults are applied. `empty`: the store has no event of either actor. */
export interface Window {
  a: string;
  b: string;
  from: string;
  to: string;
  asOf: string;
  empty: boolean;
}

export interface Loaded {
  window: Window;
  /** Every event with A or B on either side, from the start of the look-back to asOf, by date then id. */
  events: Event[];
  quotes: StoredQuote[];
  /** Documents whose sentences and mentions the brief reads (quotes, stance candidates), by id. */
  documents: Map<string, DocumentDetail>;
  /** Dyad events dated before the window: not described, but counted so none vanish unseen. */
  beforeWindow: number;
}

const PAGE = 10_000;
/** The alerts judge the last complete week on or before `to` against the 52 before it: up to
 * 13 + 52·7 days back. */
const LOOKBACK_DAYS = 54 * 7;

async function all<T>(fetch: (page: { limit: number; offset: number }) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await fetch({ limit: PAGE, offset });
    out.push(...page.items);
    if (page.items.length < PAGE || out.length >= page.total) return out;
  }
}

async function lastDate(store: Store, query: EventQuery): Promise<string | undefined> {
  return (await store.events({ ...query, sort: 'date-desc', limit: 1 })).items[0]?.date;
}

async function briefWindow(store: Store, request: BriefRequest): Promise<Window> {
  const a = request.a.trim().toUpperCase();
  const b = request.b.trim().toUpperCase();
  checkDyad(a, b);
  if (request.asOf !== undefined) checkDate(request.asOf, 'asOf');
  const latest = [await lastDate(store, { actor: a }), await lastDate(store, { actor: b })]
    .filter((d): d is string => d !== undefined).sort().at(-1);
  // Written as of a day, the brief reaches to that day unless told otherwise.
  const to = request.to ?? request.asOf;
  if (latest === undefined && request.from === undefined && to === undefined) return { a, b, from: '', to: '', asOf: '', empty: true };
  const w = await resolveWindow(store, {
    a, b, ...(request.from !== undefined ? { from: request.from } : {}), ...(to !== undefined ? { to } : {}),
  });
  const asOf = request.asOf ?? await dataAsOf(store, w.to);
  return { a, b, from: w.from, to: w.to, asOf: asOf > w.to ? asOf : w.to, empty: latest === undefined };
}

/** Documents whose sentences the brief needs beyond the events' own: those of A→third-party
 * conflict events (their actor mentions tell on whose behalf a warning was made) and of quotes. */
async function neededDocuments(store: Store, events: readonly Event[], quotes: readonly StoredQuote[], w: Window): Promise<Map<string, DocumentDetail>> {
  const ids = new Set(quotes.map((q) => q.docId));
  const on = (code: string, actor: string): boolean => matchesActor(code, actor, 'prefix');
  for (const e of events) {
    if (e.quad < 3 || !e.evidence || e.date < w.from || e.date > w.to) continue;
    const ours = (code: string): boolean => on(code, w.a) || on(code, w.b);
    if (ours(e.source) && !ours(e.target)) ids.add(e.evidence.docId);
  }
  const docs = new Map<string, DocumentDetail>();
  for (const id of [...ids].sort()) {
    const d = await store.document(id);
    if (d) docs.set(id, d);
  }
  return docs;
}

export async function loadBriefData(store: Store, request: BriefRequest): Promise<Loaded> {
  const window = await briefWindow(store, request);
  if (window.empty) return { window, events: [], quotes: [], documents: new Map(), beforeWindow: 0 };
  const from = parseDay(window.from) ?? 0;
  const to = parseDay(window.to) ?? 0;
  const start = formatDay(Math.min(from - (to - from + 1), to - LOOKBACK_DAYS));
  const range = { from: start, to: window.asOf };
  const byId = new Map<string, Event>();
  for (const actor of [window.a, window.b]) {
    for (const e of await all((p) => store.events({ ...range, actor, ...p }))) byId.set(e.id, e);
  }
  const events = [...byId.values()].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const quotes: StoredQuote[] = [];
  const seen = new Set<string>();
  const addQuotes = async (query: QuoteQuery): Promise<void> => {
    for (const q of await all((p) => store.quotes({ ...query, ...p }))) {
      const key = `${q.docId}|${q.start}|${q.end}`;
      if (!seen.has(key)) { seen.add(key); quotes.push(q); }
    }
  };
  await addQuotes({ actor: window.a });
  await addQuotes({ actor: window.b });
  const dyadDocs = new Set(events.flatMap((e) => (e.evidence && isDyad(e, window) && e.date >= window.from && e.date <= window.to ? [e.evidence.docId] : [])));
  for (const docId of [...dyadDocs].sort()) await addQuotes({ docId });
  // Voices are quotes published inside the window; the rest are not the brief's subject.
  const inWindow = quotes.filter((q) => q.docDate !== undefined && q.docDate >= window.from && q.docDate <= window.to);
  const dayBefore = formatDay(from - 1);
  const beforeWindow = (await store.events({ dyad: { a: window.a, b: window.b }, to: dayBefore, limit: 0 })).total;
  const documents = await neededDocuments(store, events, inWindow, window);
  return { window, events, quotes: inWindow, documents, beforeWindow };
}

export function isDyad(e: Pick<Event, 'source' | 'target'>, w: Pick<Window, 'a' | 'b'>): boolean {
  return dyadDirection(e, w, 'prefix') !== undefined;
}
