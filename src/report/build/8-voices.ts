/**
 * Step 8: voices — what officials of either side were quoted saying in the window, with speaker,
 * office and date, grouped by side. Quotes whose speaker the coder did not resolve to an actor
 * but that stand in articles about the dyad are kept apart as "other voices".
 */
import { matchesActor } from '../../analysis/index.js';
import type { Event } from '../../domain/index.js';
import type { DocumentDetail, StoredQuote } from '../../store/index.js';
import { actorName, capitalise, formatDate } from '../english.js';
import type { Claim, Paragraph, QuoteRef, Section } from '../types.js';
import type { Figures } from './2-figures.js';
import { claim } from './evidence.js';
import { quoteRef } from './quotes.js';

/** Quotes shown per side. */
const PER_SIDE = 8;

function speakerLine(q: QuoteRef): string {
  const speaker = q.speaker ?? 'An unnamed speaker';
  const office = q.office !== undefined && !speaker.toLowerCase().includes(q.office.toLowerCase()) ? ` (${q.office.replace(/^The /, 'the ')})` : '';
  return `${capitalise(speaker)}${office}`;
}

function voiceClaim(f: Figures, q: QuoteRef, actors: readonly string[]): Claim {
  // Events coded from the quote's own sentence back it as well, when there are any.
  const events: Event[] = f.all.filter((e) => e.evidence?.docId === q.docId && e.evidence.sentenceIndex === q.sentenceIndex && !e.negated);
  const when = q.date !== undefined ? `, ${formatDate(q.date)}` : '';
  const named = [...actors, ...events.flatMap((e) => [e.source, e.target])].filter((c) => c !== '');
  return claim(`${speakerLine(q)}${when}: “${q.text.trim().replace(/[,;:]$/, '')}”`, named, events, { quotes: [q] });
}

export function voices(f: Figures, quotes: readonly StoredQuote[], documents: ReadonlyMap<string, DocumentDetail>): Section | undefined {
  const dyadDocs = new Set(f.dyadEvents.flatMap((e) => (e.evidence ? [e.evidence.docId] : [])));
  const sides = new Map<string, QuoteRef[]>([[f.dyad.a, []], [f.dyad.b, []], ['', []]]);
  const seen = new Set<string>();
  for (const q of quotes) {
    if (q.speaker === undefined || q.text.trim() === '') continue;
    const side = q.speakerCode === undefined ? undefined
      : [f.dyad.a, f.dyad.b].find((actor) => matchesActor(q.speakerCode ?? '', actor, 'prefix'));
    if (side === undefined && !dyadDocs.has(q.docId)) continue;
    const key = `${q.speaker}|${q.text.trim()}`;
    if (seen.has(key)) continue;
    const ref = quoteRef(q, documents);
    if (!ref) continue;
    seen.add(key);
    sides.get(side ?? '')?.push(ref);
  }
  const paragraphs: Paragraph[] = [];
  for (const [side, refs] of sides) {
    if (refs.length === 0) continue;
    const sorted = [...refs].sort((x, y) => ((x.date ?? '') < (y.date ?? '') ? -1 : (x.date ?? '') > (y.date ?? '') ? 1
      : x.docId < y.docId ? -1 : x.docId > y.docId ? 1 : x.sentenceIndex - y.sentenceIndex || x.span.start - y.span.start));
    const shown = sorted.slice(-PER_SIDE);
    paragraphs.push({
      heading: side === '' ? 'Other voices' : `Voices from ${actorName(side)}`,
      list: true,
      claims: shown.map((q) => voiceClaim(f, q, side === '' ? [] : [side])),
    });
  }
  if (paragraphs.length === 0) return undefined;
  return { id: 'voices', title: 'Voices', paragraphs };
}
