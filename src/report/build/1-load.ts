/**
 * Step 1: read from the store, once, everything the brief needs — every event with A or B on
 * either side over the window plus the stretch before it that the comparisons need (the previous
 * window for related dyads, 52 weeks for alerts), the quotes of both sides, and the documents
 * whose actor mentions tell on whose behalf a warning was made.
 */
import { dyadDirection, formatDay, matchesActor, parseDay } from '../../analysis/index.js';
import type { DocumentDetail, EventQuery, Page, QuoteQuery, Store, StoredQuote } from '../../store/index.js';
import type { Event } from '../../domain/index.js';
import { ValidationError } from '../../errors.js';
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

const ACTOR = /^[A-Z]{3}[A-Z0-9]*$/;
const PAGE = 10_000;
/** Default window length when no `from` is given: two years. */
const DEFAULT_DAYS = 730;
/** Weekly alerts compare against the previous 52 weeks. */
const LOOKBACK_DAYS = 53 * 7;

function checkActor(code: string, field: 'a' | 'b'): string {
  const upper = code.trim().toUpperCase();
  if (!ACTOR.test(upper)) {
    throw new ValidationError('VALIDATION', `actor ${field} must be an actor code such as IRN or RUSGOV, got "${code}"`, {
      location: { field }, hint: 'give two CAMEO-style actor codes, e.g. IRN RUS',
    });
  }
  return upper;
}

function checkDay(value: string | undefined, field: string): number | undefined {
  if (value === undefined) return undefined;
  const day = parseDay(value);
  if (day === undefined) {
    throw new ValidationError('VALIDATION', `${field} must be a calendar date YYYY-MM-DD, got "${value}"`, {
      location: { field }, hint: 'write dates as 2025-06-13',
    });
  }
  return day;
}

async function all<T>(fetch: (page: { limit: number; offset: number }) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await fetch({ limit: PAGE, offset });
    out.push(...page.items);
    if (page.items.length < PAGE || out.length >= page.total) return out;
  }
}

async function firstDate(store: Store, query: EventQuery): Promise<string | undefined> {
  return (await store.events({ ...query, limit: 1 })).items[0]?.date;
}

async function resolveWindow(store: Store, request: BriefRequest): Promise<Window> {
  const a = checkActor(request.a, 'a');
  const b = checkActor(request.b, 'b');
  if (a === b) {
    throw new ValidationError('VALIDATION', `a brief needs two different actors, got ${a} twice`, { location: { field: 'b' } });
  }
  const fromDay = checkDay(request.from, 'from');
  const toDay = checkDay(request.to, 'to');
  const asOfDay = checkDay(request.asOf, 'asOf');
  const latest = [await firstDate(store, { actor: a, sort: 'date-desc' }), await firstDate(store, { actor: b, sort: 'date-desc' })]
    .filter((d): d is string => d !== undefined).sort().at(-1);
  const asOf = asOfDay ?? toDay ?? (latest !== undefined ? parseDay(latest) : fromDay);
  if (asOf === undefined) return { a, b, from: '', to: '', asOf: '', empty: true };
  const to = toDay ?? asOf;
  const first = await firstDate(store, { dyad: { a, b }, sort: 'date-asc', to: formatDay(to) });
  const firstDay = first !== undefined ? parseDay(first) : undefined;
  const from = fromDay ?? Math.max(to - DEFAULT_DAYS, Math.min(firstDay ?? to, to));
  if (from > to) {
    throw new ValidationError('VALIDATION', `the window starts (${formatDay(from)}) after it ends (${formatDay(to)})`, {
      location: { field: 'from' }, hint: 'give --from on or before --to',
    });
  }
  return { a, b, from: formatDay(from), to: formatDay(to), asOf: formatDay(Math.max(asOf, to)), empty: latest === undefined };
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
  const window = await resolveWindow(store, request);
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
