/**
 * Step 5 — quotations and their speakers. Quote marks are paired over the whole document text,
 * so a quote may span sentences; the speaker is read from the words around the marks
 * (see speaker.ts). `speakerCode` stays empty: the coder resolves names to actor codes.
 */
import type { Quote, Sentence } from '../domain/index.js';
import { phraseStartingAt, speakerOf } from './phrases.js';
import { isSpaceCode } from './reader.js';
import { type Attribution, attributeAfter, attributeBefore } from './speaker.js';

/** A pair of marks: `open` is the opening mark, `close` the closing one (or the paragraph end). */
export interface QuoteMarks {
  open: number;
  close: number;
}

const MARKS = /["“”‘’\n]/g;

/** Pairs straight and curly double quotes, and curly single quotes outside them, per paragraph. */
export function pairQuoteMarks(text: string): QuoteMarks[] {
  const pairs: QuoteMarks[] = [];
  let double = -1;
  let single = -1;
  for (const match of text.matchAll(MARKS)) {
    const i = match.index;
    const c = match[0];
    if (c === '\n') {
      // A quote running over paragraphs is closed where its paragraph ends when the next
      // paragraph reopens it (news style); otherwise the stray mark pairs with nothing.
      if (double >= 0 && /^\s*["“]/.test(text.slice(i + 1, i + 8))) pairs.push({ open: double, close: i });
      double = -1;
      single = -1;
    } else if (c === '“') double = i;
    else if (c === '”') {
      if (double >= 0) pairs.push({ open: double, close: i });
      double = -1;
    } else if (c === '"') {
      const opens = !isWordOrPunct(text[i - 1]) && !isSpaceChar(text[i + 1]);
      const closes = !isSpaceChar(text[i - 1]) && !isWordChar(text[i + 1]);
      if (double >= 0) {
        pairs.push({ open: double, close: i });
        double = -1;
      } else if (opens || !closes) double = i;
    } else if (double < 0 && c === '‘' && !isWordChar(text[i - 1]) && isWordChar(text[i + 1])) single = i;
    else if (double < 0 && c === '’' && single >= 0 && !isWordChar(text[i + 1])) {
      pairs.push({ open: single, close: i });
      single = -1;
    }
  }
  return pairs.sort((a, b) => a.open - b.open);
}

export function findQuotes(text: string, sentences: readonly Sentence[]): Quote[] {
  const quotes: Quote[] = [];
  let previous: { quote: Quote; endSentence: number; close: number } | undefined;
  for (const marks of pairQuoteMarks(text)) {
    const inner = innerSpan(text, marks);
    if (!inner) continue;
    const first = sentenceAt(sentences, marks.open);
    const last = sentenceAt(sentences, Math.max(marks.open, marks.close - 1));
    const s0 = sentences[first];
    const s1 = sentences[last];
    if (!s0 || !s1) continue;
    const quote: Quote = { sentenceIndex: s0.index, text: text.slice(inner.start, inner.end), start: inner.start, end: inner.end };
    const sameSentence = previous !== undefined && previous.endSentence === first;
    const fromOffset = sameSentence && previous ? previous.close + 1 - s0.start : 0;
    const before = attributeBefore(s0.text, s0.tokens, tokenAt(s0, fromOffset), tokenAt(s0, marks.open - s0.start));
    let found: Attribution = before;
    if (found === undefined || found === 'inherit') {
      const after = attributeAfter(s1.text, s1.tokens, tokenAt(s1, marks.close + 1 - s1.start));
      if (after !== undefined && after !== 'inherit') found = after;
    }
    if (found === 'inherit') {
      found = sameSentence && previous?.quote.speaker !== undefined
        ? { speaker: previous.quote.speaker, ...(previous.quote.speakerOffice ? { office: previous.quote.speakerOffice } : {}) }
        : clauseSubject(s0);
    }
    if (found !== undefined && found !== 'inherit') {
      quote.speaker = found.speaker;
      if (found.office !== undefined) quote.speakerOffice = found.office;
    }
    quotes.push(quote);
    previous = { quote, endSentence: last, close: marks.close };
  }
  return quotes;
}

/** The quoted words without the marks, surrounding spaces or the comma the frame sentence adds. */
function innerSpan(text: string, marks: QuoteMarks): { start: number; end: number } | undefined {
  let start = marks.open + 1;
  let end = marks.close;
  while (start < end && isSpaceChar(text[start])) start++;
  while (end > start && (isSpaceChar(text[end - 1]) || text[end - 1] === ',')) end--;
  return end > start ? { start, end } : undefined;
}

/** "Peskov spoke to reporters, saying ...": the name that opens the sentence, before its verb. */
function clauseSubject(sentence: Sentence): Attribution {
  const phrase = phraseStartingAt(sentence.tokens, 0);
  if (!phrase) return undefined;
  let k = phrase.last + 1;
  while (sentence.tokens[k]?.pos === 'ADV' || sentence.tokens[k]?.pos === 'AUX') k++;
  return sentence.tokens[k]?.pos === 'VERB' ? speakerOf(sentence.text, sentence.tokens, phrase) : undefined;
}

/** Index of the sentence holding document offset `at` (or the next one when `at` is between). */
function sentenceAt(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid]?.start ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  const s = sentences[lo];
  return s && at >= s.end && lo + 1 < sentences.length ? lo + 1 : lo;
}

/** Index of the first token that starts at or after sentence offset `at`. */
function tokenAt(sentence: Sentence, at: number): number {
  const tokens = sentence.tokens;
  let i = 0;
  while (i < tokens.length && (tokens[i]?.start ?? 0) < at) i++;
  return i;
}

function isSpaceChar(c: string | undefined): boolean {
  return c === undefined || isSpaceCode(c.charCodeAt(0));
}
function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}]/u.test(c);
}
function isWordOrPunct(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}.,;:!?%]/u.test(c);
}
