/**
 * Hand-built coded documents for the report's unit tests: each story is a date and a few
 * sentences, each event names the sentence it was coded from, and codes take their quad class,
 * Goldstein score and PLOVER type from the model, so tests read like the news they stand for.
 */
import type { CodedDocument, Event, Quote } from '../../domain/index.js';
import { cameoCode } from '../../model/index.js';
import { openStore } from '../../store/index.js';
import type { Store } from '../../store/index.js';

export interface EventSpec {
  /** Index of the sentence in the story. */
  s: number;
  source: string;
  target: string;
  code: string;
  /** Default: the story's date. */
  date?: string;
  negated?: boolean;
  unfulfilled?: boolean;
  /** Words of the sentence to highlight as the verb. */
  verb?: string;
}

export interface QuoteSpec {
  s: number;
  text: string;
  speaker: string;
  speakerCode?: string;
  office?: string;
}

export interface Story {
  id: string;
  date: string;
  title?: string;
  sentences: string[];
  events: EventSpec[];
  quotes?: QuoteSpec[];
  /** Actor mentions: sentence index, words, codes. */
  mentions?: { s: number; text: string; codes: string[] }[];
}

export function codedStory(story: Story): CodedDocument {
  const text = story.sentences.join(' ');
  let at = 0;
  const sentences = story.sentences.map((t, index) => {
    const start = text.indexOf(t, at);
    at = start + t.length;
    return { index, start, end: at, text: t, tokens: [], dates: [] };
  });
  const sentenceAt = (i: number): (typeof sentences)[number] => {
    const found = sentences[i];
    if (!found) throw new Error(`story ${story.id} has no sentence ${i}`);
    return found;
  };
  const events: Event[] = story.events.map((spec, i) => {
    const meta = cameoCode(spec.code);
    if (!meta) throw new Error(`story ${story.id}: unknown CAMEO code ${spec.code}`);
    const s = sentenceAt(spec.s);
    const v = spec.verb !== undefined ? s.text.indexOf(spec.verb) : -1;
    const e: Event = {
      id: `${story.id}-e${i}`, date: spec.date ?? story.date, source: spec.source, target: spec.target,
      code: spec.code, root: meta.root, quad: meta.quad, goldstein: meta.goldstein, plover: meta.plover,
      confidence: 0.8, negated: spec.negated ?? false, modality: 'asserted',
      evidence: {
        docId: story.id, sentenceIndex: s.index, sentence: s.text, span: { start: 0, end: s.text.length },
        highlights: v >= 0 ? { verb: { start: v, end: v + (spec.verb ?? '').length } } : {}, rule: 'test',
      },
    };
    if (spec.unfulfilled) e.unfulfilled = true;
    return e;
  });
  const quotes: Quote[] = (story.quotes ?? []).map((q) => {
    const s = sentenceAt(q.s);
    const start = s.start + s.text.indexOf(q.text);
    const quote: Quote = { sentenceIndex: q.s, text: q.text, start, end: start + q.text.length, speaker: q.speaker };
    if (q.speakerCode !== undefined) quote.speakerCode = q.speakerCode;
    if (q.office !== undefined) quote.speakerOffice = q.office;
    return quote;
  });
  const actors = (story.mentions ?? []).map((m) => {
    const start = sentenceAt(m.s).text.indexOf(m.text);
    return { sentenceIndex: m.s, start, end: start + m.text.length, text: m.text, codes: m.codes, rule: 'test' };
  });
  return {
    document: { id: story.id, contentHash: `hash-${story.id}`, format: 'text', text, date: story.date, ...(story.title ? { title: story.title } : {}) },
    sentences, quotes, actors, events,
  };
}

/** An in-memory store holding the stories. */
export async function storeWith(stories: readonly Story[]): Promise<Store> {
  const store = await openStore({ kind: 'duckdb', path: ':memory:' });
  if (stories.length > 0) await store.saveCoded(stories.map(codedStory));
  return store;
}
