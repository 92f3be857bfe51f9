/**
 * Evidence numbers shared by the Markdown and HTML renderings: each event and each quote gets one
 * number at its first citation, so a sentence cited by five claims is listed once.
 */
import type { Brief, Claim, EvidenceRef, QuoteRef } from '../types.js';

export type Cited = { kind: 'event'; n: number; ref: EvidenceRef } | { kind: 'quote'; n: number; ref: QuoteRef };

export const quoteKey = (q: QuoteRef): string => `${q.docId}|${q.sentenceIndex}|${q.span.start}|${q.span.end}`;

export interface Numbering {
  /** In order of first citation. */
  list: Cited[];
  event: Map<string, number>;
  quote: Map<string, number>;
}

/** Every claim of the brief in reading order: lede, then each section's paragraphs. */
export function allClaims(brief: Brief): Claim[] {
  return [...brief.lede, ...brief.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.claims))];
}

export function numberEvidence(brief: Brief): Numbering {
  const numbering: Numbering = { list: [], event: new Map(), quote: new Map() };
  for (const c of allClaims(brief)) {
    for (const ref of c.evidence) {
      if (numbering.event.has(ref.eventId)) continue;
      const n = numbering.list.length + 1;
      numbering.event.set(ref.eventId, n);
      numbering.list.push({ kind: 'event', n, ref });
    }
    for (const ref of c.quotes ?? []) {
      const key = quoteKey(ref);
      if (numbering.quote.has(key)) continue;
      const n = numbering.list.length + 1;
      numbering.quote.set(key, n);
      numbering.list.push({ kind: 'quote', n, ref });
    }
  }
  return numbering;
}

export interface Segment {
  text: string;
  /** Which part of the event this stretch of the sentence is, when highlighted. */
  mark?: 'source' | 'verb' | 'target' | 'quote';
}

/** The sentence cut at the highlighted spans, in order; overlapping or out-of-range spans are skipped. */
export function segments(sentence: string, marks: { kind: NonNullable<Segment['mark']>; start: number; end: number }[]): Segment[] {
  const sorted = marks
    .filter((m) => m.start >= 0 && m.end <= sentence.length && m.end > m.start)
    .sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Segment[] = [];
  let at = 0;
  for (const m of sorted) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ text: sentence.slice(at, m.start) });
    out.push({ text: sentence.slice(m.start, m.end), mark: m.kind });
    at = m.end;
  }
  if (at < sentence.length) out.push({ text: sentence.slice(at) });
  return out;
}

export function eventSegments(ref: EvidenceRef): Segment[] {
  const h = ref.highlights;
  const marks = (['source', 'verb', 'target'] as const).flatMap((kind) => {
    const span = h[kind];
    return span ? [{ kind, start: span.start, end: span.end }] : [];
  });
  return segments(ref.sentence, marks);
}

export function quoteSegments(ref: QuoteRef): Segment[] {
  return segments(ref.sentence, [{ kind: 'quote', start: ref.span.start, end: ref.span.end }]);
}

/** A claim's text cut before its final full stop, so an aggregate's count can sit inside the
 * sentence: "… net cooperation of +47.3 (11 events)." */
export function beforeStop(text: string): { body: string; stop: string } {
  return text.endsWith('.') ? { body: text.slice(0, -1), stop: '.' } : { body: text, stop: '' };
}
