/**
 * Step 6: unfulfilled expectations — appeals, demands and promises between the two sides that no
 * delivery followed (src/analysis pairRequests), and deliveries the text itself reports as not
 * made ("Russia has not supplied the jets").
 */
import { actorKey, deliveryKind } from '../../analysis/index.js';
import type { RequestRecord } from '../../analysis/index.js';
import type { Event } from '../../domain/index.js';
import { actorName, capitalise, count, formatDate, listOf } from '../english.js';
import type { Claim, Paragraph, Section } from '../types.js';
import { eventsOf } from './2-figures.js';
import type { Figures } from './2-figures.js';
import { claim, codeName, eventLabel } from './evidence.js';

const KIND_WORDS: Record<RequestRecord['kind'], string> = {
  economic: 'economic help', military: 'military help', judicial: 'judicial cooperation', intelligence: 'intelligence',
  humanitarian: 'humanitarian aid', protection: 'protection', yield: 'concessions', general: 'material support',
};

function asked(r: RequestRecord): string {
  const [R, P] = [actorName(r.requester), actorName(r.provider)];
  const what = KIND_WORDS[r.kind];
  switch (r.type) {
    case 'appeal': return `${capitalise(R)} asked ${P} for ${what} on ${formatDate(r.date)}`;
    case 'demand': return `${capitalise(R)} demanded ${what} from ${P} on ${formatDate(r.date)}`;
    case 'promise': return `${capitalise(P)} promised ${R} ${what} on ${formatDate(r.date)}`;
  }
}

function outcome(f: Figures, r: RequestRecord): string {
  const P = actorName(r.provider);
  switch (r.status) {
    case 'refused': {
      const first = eventsOf(f, r.refusals)[0];
      return `${P} turned it down${first ? ` on ${formatDate(first.date)}` : ''}`;
    }
    case 'pending': return `no delivery yet; one would count until ${formatDate(r.deadline)}`;
    case 'unfulfilled': return r.nonDeliveries.length > 0
      ? 'the record says it was not delivered'
      : `no delivery followed by ${formatDate(r.deadline)}`;
    case 'fulfilled': {
      // The text flags the request unmet although a delivery of a matching kind is coded too:
      // both are told, the reader judges with the sentences.
      const first = eventsOf(f, r.deliveries)[0];
      return `the text says it went unmet, though a delivery (${first ? codeName(first.code).toLowerCase() : 'of a matching kind'}${first ? `, ${formatDate(first.date)}` : ''}) is also recorded`;
    }
  }
}

function requestClaim(f: Figures, r: RequestRecord): Claim {
  const events = eventsOf(f, [r.id, ...r.refusals, ...r.nonDeliveries, ...(r.status === 'fulfilled' ? r.deliveries : [])]);
  // The analysis pairs requests and answers at country level (an appeal to RUSGOV is answered by
  // RUSMIL), so the claim names the countries.
  const sides = [actorKey(r.requester, 'prefix'), actorKey(r.provider, 'prefix')];
  return claim(`${asked(r)} (${codeName(r.code).toLowerCase()}); ${outcome(f, r)}.`, sides, events, { limit: 6 });
}

/** Deliveries the text reports as not made or unmet, which no listed request already cites. */
function reportedNonDeliveries(f: Figures, cited: ReadonlySet<string>): Event[] {
  return [...f.negated, ...f.dyadEvents]
    .filter((e) => (e.negated || e.unfulfilled === true) && deliveryKind(e.code) !== undefined && !cited.has(e.id))
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.id < y.id ? -1 : 1));
}

/**
 * Requests and promises with no delivery (open ones included), or that the text itself says went
 * unanswered, and the deliveries reported as not made that no listed request cites.
 */
export function unmetExpectations(f: Figures): { unmet: RequestRecord[]; missing: Event[] } {
  const records = f.requests.requests;
  const unmet = records.filter((r) => r.status !== 'fulfilled' || r.nonDeliveries.length > 0);
  const cited = new Set(records.flatMap((r) => [r.id, ...r.nonDeliveries]));
  return { unmet, missing: reportedNonDeliveries(f, cited) };
}

/**
 * The lede's line on what went unmet, when anything did (refused, unfulfilled, or reported not
 * delivered; requests still within their window do not count yet). It backs the title's
 * "with unmet expectations".
 */
export function unmetClaim(f: Figures): Claim | undefined {
  const { unmet, missing } = unmetExpectations(f);
  const settled = unmet.filter((r) => r.status !== 'pending' || r.nonDeliveries.length > 0);
  if (settled.length === 0 && missing.length === 0) return undefined;
  const parts = [
    settled.length > 0 ? `${count(settled.length, 'material request or promise', 'material requests and promises')} went unmet or ${settled.length === 1 ? 'was' : 'were'} refused` : '',
    missing.length > 0 ? `${count(missing.length, 'delivery', 'deliveries')} ${missing.length === 1 ? 'is' : 'are'} reported as not made` : '',
  ].filter((p) => p !== '');
  const events = [...eventsOf(f, settled.flatMap((r) => [r.id, ...r.refusals, ...r.nonDeliveries])), ...missing];
  return claim(`Between them, ${listOf(parts)}.`, [f.dyad.a, f.dyad.b], events);
}

export function expectations(f: Figures): Section | undefined {
  const { a, b } = f.dyad;
  const records = f.requests.requests;
  // Unmet: no delivery, or the text itself says the request went unanswered.
  const { unmet, missing } = unmetExpectations(f);
  if (unmet.length === 0 && missing.length === 0) return undefined;
  const paragraphs: Paragraph[] = [];
  if (records.length > 0) {
    const c = f.requests.counts;
    const contested = records.filter((r) => r.status === 'fulfilled' && r.nonDeliveries.length > 0).length;
    const delivered = c.fulfilled - contested;
    const parts = [
      delivered > 0 ? `${delivered} ${delivered === 1 ? 'was' : 'were'} followed by a delivery` : '',
      contested > 0 ? `${contested} ${contested === 1 ? 'is' : 'are'} reported unmet although a delivery is also coded` : '',
      c.refused > 0 ? `${c.refused} ${c.refused === 1 ? 'was' : 'were'} refused` : '',
      c.unfulfilled > 0 ? `${c.unfulfilled} went unmet` : '',
      c.pending > 0 ? `${c.pending} ${c.pending === 1 ? 'is' : 'are'} still open` : '',
    ].filter((p) => p !== '');
    paragraphs.push({ claims: [claim(
      `Of ${count(records.length, 'material request or promise', 'material requests and promises')} between ${actorName(a)} and ${actorName(b)}, ${listOf(parts)}.`,
      [a, b], eventsOf(f, records.map((r) => r.id)),
    )] });
  }
  if (unmet.length > 0) paragraphs.push({ list: true, claims: unmet.map((r) => requestClaim(f, r)) });
  if (missing.length > 0) {
    paragraphs.push({
      heading: 'Reported as not delivered',
      list: true,
      claims: missing.map((e) => claim(`${eventLabel(e)}: reported as ${e.negated ? 'not done' : 'unmet'}.`, [e.source, e.target], [e], { limit: 1 })),
    });
  }
  return { id: 'expectations', title: 'Unfulfilled expectations', paragraphs };
}
