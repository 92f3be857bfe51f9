/**
 * From events to the evidence a claim cites. An aggregate claim cites a bounded, representative
 * set — the strongest events (largest |Goldstein|, then most confident, then latest) — and says
 * how many events it stands for, so a claim over 400 events stays readable and still checkable.
 */
import { cameoCode } from '../../model/index.js';
import type { Event } from '../../domain/index.js';
import { actorName, capitalise, formatDate } from '../english.js';
import type { Claim, EvidenceRef, QuoteRef } from '../types.js';

/** Events an aggregate claim cites at most. */
export const MAX_EVIDENCE = 5;

/** The codebook name of a CAMEO code as a phrase: "Sign formal agreement", "Appeal for military aid". */
export function codeName(code: string): string {
  const name = cameoCode(code)?.name ?? `CAMEO ${code}`;
  const plain = name.replace(/,?\s*not specified below/i, '').trim();
  return capitalise(plain === plain.toUpperCase() ? plain.toLowerCase() : plain);
}

/** "Sign formal agreement — Russia to Iran, 17 January 2025" */
export function eventLabel(e: Pick<Event, 'code' | 'source' | 'target' | 'date'>): string {
  return `${codeName(e.code)} — ${actorName(e.source)} to ${actorName(e.target)}, ${formatDate(e.date)}`;
}

export function evidenceRef(e: Event): EvidenceRef {
  const ev = e.evidence;
  const ref: EvidenceRef = {
    eventId: e.id,
    date: e.date,
    docId: ev?.docId ?? '',
    sentenceIndex: ev?.sentenceIndex ?? -1,
    span: ev ? { start: ev.span.start, end: ev.span.end } : { start: 0, end: 0 },
    sentence: ev?.sentence ?? '',
    highlights: ev ? { ...ev.highlights } : {},
    source: e.source,
    target: e.target,
    code: e.code,
    codeName: codeName(e.code),
  };
  if (e.dataset !== undefined) ref.dataset = e.dataset;
  if (e.url !== undefined) ref.url = e.url;
  return ref;
}

const byDateThenId = (x: Event, y: Event): number => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** Strongest first: |Goldstein|, confidence, text evidence over bare dataset rows, later date, id. */
export function byStrength(x: Event, y: Event): number {
  return Math.abs(y.goldstein) - Math.abs(x.goldstein)
    || y.confidence - x.confidence
    || Number(y.evidence !== undefined) - Number(x.evidence !== undefined)
    || -byDateThenId(x, y);
}

/** The `limit` strongest events, listed in date order. */
export function representative(events: readonly Event[], limit = MAX_EVIDENCE): Event[] {
  return [...events].sort(byStrength).slice(0, limit).sort(byDateThenId);
}

/** A claim citing `events` (a representative few when there are more than `limit`). */
export function claim(text: string, actors: readonly string[], events: readonly Event[], options: { limit?: number; quotes?: QuoteRef[] } = {}): Claim {
  const cited = representative(dedupe(events), options.limit ?? MAX_EVIDENCE);
  const c: Claim = { text, actors: [...new Set(actors)].sort(), evidence: cited.map(evidenceRef) };
  const total = dedupe(events).length;
  if (total > cited.length) c.count = total;
  if (options.quotes && options.quotes.length > 0) c.quotes = options.quotes;
  return c;
}

function dedupe(events: readonly Event[]): Event[] {
  const seen = new Set<string>();
  return events.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
}

/** One event as its own claim: "Condemn — Russia to Israel, 13 June 2025." */
export function eventClaim(e: Event, extraActors: readonly string[] = []): Claim {
  return claim(`${eventLabel(e)}.`, [e.source, e.target, ...extraActors], [e], { limit: 1 });
}
