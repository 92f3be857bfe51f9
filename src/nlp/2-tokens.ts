/**
 * Step 2 — tokens of each sentence, with sentence-relative offsets, the lower-cased key the
 * dictionaries use, and a lemma for verbs and nouns ("condemned" -> "condemn").
 */
import type { Span, Token } from '../domain/index.js';
import type { Reading } from './reader.js';

const LEMMA_TAGS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'NOUN']);

/** Tokens per sentence span (spans in text order); whitespace is not a token. */
export function tokenize(reading: Reading, spans: readonly Span[]): Token[][] {
  const { values, starts, ends, pos, lemmas } = reading;
  const out: Token[][] = [];
  let k = 0;
  for (const span of spans) {
    const tokens: Token[] = [];
    while (k < values.length && (starts[k] ?? 0) < span.start) k++;
    for (; k < values.length && (starts[k] ?? 0) < span.end; k++) {
      const tag = pos[k] ?? 'X';
      const text = values[k] ?? '';
      if (tag === 'SPACE' || text === '') continue;
      const start = (starts[k] ?? 0) - span.start;
      // Split sentences never cut a token (step 1 snaps cuts to token ends), so this holds.
      const end = Math.min(ends[k] ?? 0, span.end) - span.start;
      const piece = end - start < text.length ? text.slice(0, end - start) : text;
      const token: Token = { text: piece, lower: piece.toLowerCase(), start, end, pos: tag };
      const lemma = lemmas[k];
      if (LEMMA_TAGS.has(tag) && lemma) token.lemma = lemma.toLowerCase();
      tokens.push(token);
    }
    out.push(tokens);
  }
  return out;
}
