/**
 * nlp — text understanding for the coder: sentences, tokens with lemmas and universal
 * part-of-speech tags, dates resolved against the document date, and quotes with speakers.
 * One wink-nlp pass per document feeds every step.
 */
import type { Document, Quote, Sentence } from '../domain/index.js';
import { InputError } from '../errors.js';
import { splitSentences } from './1-sentences.js';
import { tokenize } from './2-tokens.js';
import { tagTokens } from './3-tags.js';
import { findDates } from './4-dates.js';
import { findQuotes } from './5-quotes.js';
import { type Day, parseDay } from './calendar.js';
import { readText } from './reader.js';

export interface Analysis {
  sentences: Sentence[];
  quotes: Quote[];
}

/** The pipeline's steps, as timed by `analyseTimed`. */
export type StepName = 'read' | 'sentences' | 'tokens' | 'tags' | 'dates' | 'quotes';

/**
 * Analyses a document. Relative dates ("last week", "on Friday") and dates without a year
 * ("June 13") resolve against `doc.date`; when the document has no date they are left out,
 * and only dates with an explicit year are reported.
 *
 * @throws InputError when `doc.date` is present but not an ISO `YYYY-MM-DD` day.
 */
export function analyse(doc: Document): Analysis {
  return run(doc.text, referenceDay(doc.date, doc.origin, doc.id), undefined);
}

/** A single text without a Document (the evaluator's sentences); `date` as in `analyse`. */
export function analyseText(text: string, date?: string): Analysis {
  return run(text, referenceDay(date, undefined, undefined), undefined);
}

/** `analyseText` with the time spent in each step, measured with the given clock (ms). */
export function analyseTimed(
  text: string,
  date: string | undefined,
  clock: () => number,
): { analysis: Analysis; ms: Record<StepName, number> } {
  const ms: Record<StepName, number> = { read: 0, sentences: 0, tokens: 0, tags: 0, dates: 0, quotes: 0 };
  const analysis = run(text, referenceDay(date, undefined, undefined), { clock, ms });
  return { analysis, ms };
}

interface Timing {
  clock: () => number;
  ms: Record<StepName, number>;
}

function run(text: string, reference: Day | undefined, timing: Timing | undefined): Analysis {
  let mark = timing?.clock() ?? 0;
  const lap = (step: StepName): void => {
    if (!timing) return;
    const now = timing.clock();
    timing.ms[step] += now - mark;
    mark = now;
  };
  const reading = readText(text);
  lap('read');
  const spans = splitSentences(reading);
  lap('sentences');
  const tokens = tokenize(reading, spans);
  lap('tokens');
  for (const sentenceTokens of tokens) tagTokens(sentenceTokens);
  lap('tags');
  const sentences: Sentence[] = spans.map((span, index) => {
    const sentenceText = text.slice(span.start, span.end);
    const sentenceTokens = tokens[index] ?? [];
    return { index, start: span.start, end: span.end, text: sentenceText, tokens: sentenceTokens, dates: findDates(sentenceText, sentenceTokens, reference) };
  });
  lap('dates');
  const quotes = findQuotes(text, sentences);
  lap('quotes');
  return { sentences, quotes };
}

function referenceDay(date: string | undefined, origin: string | undefined, id: string | undefined): Day | undefined {
  if (date === undefined) return undefined;
  const day = parseDay(date);
  if (day) return day;
  const where = /^(.*):(\d+)$/.exec(origin ?? '');
  const location = where
    ? { file: where[1] ?? '', line: Number(where[2]), field: 'date' }
    : { ...(origin !== undefined ? { file: origin } : {}), field: 'date' };
  throw new InputError('INPUT_RECORD', `${id === undefined ? 'text' : `document ${id}`}: date "${date}" is not a calendar day`, {
    hint: 'expected an ISO date YYYY-MM-DD (e.g. 2025-06-20)',
    location,
  });
}

export { splitSentences } from './1-sentences.js';
export { tokenize } from './2-tokens.js';
export { tagTokens } from './3-tags.js';
export { findDates } from './4-dates.js';
export { findQuotes, pairQuoteMarks } from './5-quotes.js';
export type { QuoteMarks } from './5-quotes.js';
export { parseDay } from './calendar.js';
export type { Day } from './calendar.js';
export { readText } from './reader.js';
export type { Reading } from './reader.js';
