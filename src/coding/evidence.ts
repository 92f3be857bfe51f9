/**
 * From a coding to the Event record: CAMEO facts from src/model (root, quad, Goldstein, PLOVER),
 * the evidence (sentence, spans of source / verb / target, the rule), the event date (a date
 * written in the verb's clause, else the document's) and the sentence's issue codes.
 */
import type { DateMention, Event, Evidence, Sentence, Span } from '../domain/index.js';
import { actorInfo, cameoCode } from '../model/index.js';
import type { Coding } from './4-events.js';
import { eventId } from './5-dedup.js';
import type { Word, WordSpan } from './types.js';

function charSpan(words: readonly Word[], span: WordSpan | undefined): Span | undefined {
  if (!span || span.end <= span.start) return undefined;
  const a = words[span.start];
  const b = words[span.end - 1];
  return a && b ? { start: a.start, end: b.end } : undefined;
}

/** The date a coding happened on: a date mention in the verb's clause or a clause above it
 * ("in 1586, when Iran offered ..."), nearest the verb. */
export function eventDate(
  sentence: Sentence, words: readonly Word[], clauseOf: Int32Array | undefined, coding: Coding, fallback: string | undefined, parents: readonly number[] = [],
): string | undefined {
  const verb = words[coding.verbSpan.start];
  const above = new Set<number>();
  for (let c = coding.clause; c >= 0 && !above.has(c); c = parents[c] ?? -1) above.add(c);
  let best: DateMention | undefined;
  let bestDistance = Infinity;
  for (const d of sentence.dates) {
    const at = words.findIndex((w) => w.start >= d.start);
    const clause = at >= 0 && clauseOf ? clauseOf[at] : undefined;
    if (clauseOf && (clause === undefined || !above.has(clause))) continue;
    const distance = verb ? Math.abs(d.start - verb.start) : 0;
    if (distance < bestDistance) {
      best = d;
      bestDistance = distance;
    }
  }
  return best?.date ?? fallback;
}

const names = new Map<string, string | undefined>();

function nameOf(code: string): string | undefined {
  if (!names.has(code)) names.set(code, actorInfo(code)?.name);
  return names.get(code);
}

export interface EventContext {
  docId: string;
  sentence: Sentence;
  words: readonly Word[];
  clauseOf: Int32Array | undefined;
  clauseParents?: number[];
  date: string | undefined;
  issues: string[];
}

/** Builds the Event, or says why it cannot: a code outside the CAMEO codebook, or no date known. */
export function toEvent(c: Coding, ctx: EventContext): Event | 'code not in the CAMEO codebook' | 'no date for the event' {
  const cameo = cameoCode(c.code);
  if (!cameo) return 'code not in the CAMEO codebook';
  const date = eventDate(ctx.sentence, ctx.words, ctx.clauseOf, c, ctx.date, ctx.clauseParents);
  if (date === undefined) return 'no date for the event';
  const highlights: Evidence['highlights'] = {};
  const source = charSpan(ctx.words, c.sourceSpan);
  const verb = charSpan(ctx.words, c.verbSpan);
  const target = charSpan(ctx.words, c.targetSpan);
  if (source) highlights.source = source;
  if (verb) highlights.verb = verb;
  if (target) highlights.target = target;
  const parts = [source, verb, target].filter((x): x is Span => x !== undefined);
  const span = { start: Math.min(...parts.map((p) => p.start)), end: Math.max(...parts.map((p) => p.end)) };
  const evidence: Evidence = { docId: ctx.docId, sentenceIndex: ctx.sentence.index, sentence: ctx.sentence.text, span, highlights, rule: c.rule };
  const event: Event = {
    id: eventId(ctx.docId, ctx.sentence.index, c.source, c.target, c.code), date, source: c.source, target: c.target,
    code: c.code, root: cameo.root, quad: cameo.quad, goldstein: cameo.goldstein, plover: cameo.plover, confidence: c.confidence,
    negated: c.negated, modality: c.modality, evidence,
  };
  const sourceName = nameOf(c.source);
  const targetName = nameOf(c.target);
  if (sourceName) event.sourceName = sourceName;
  if (targetName) event.targetName = targetName;
  if (c.unfulfilled) event.unfulfilled = true;
  if (ctx.issues.length > 0) event.issues = [...ctx.issues];
  return event;
}
