/**
 * A whole document: every sentence through the steps with one discourse state (so "its" and
 * "the two countries" resolve across sentences), quotes' speakers resolved to actor codes,
 * actor mentions and events collected. A story-level discard phrase skips the document.
 */
import type { ActorMention, CodedDocument, Document, Event, Quote, Sentence } from '../domain/index.js';
import { speakerCode } from './1-actors.js';
import { codeWords } from './code-sentence.js';
import type { Coder } from './coder.js';
import { newDiscourse } from './discourse.js';
import { toEvent } from './evidence.js';
import type { EventContext } from './evidence.js';
import { wordsFromTokens } from './words.js';

export interface DocumentAnalysis {
  sentences: Sentence[];
  quotes: Quote[];
}

function issuesOf(coder: Coder, words: readonly { up: string }[], known: Int32Array | undefined): string[] {
  if (coder.lex.lexicon.issues.length === 0) return [];
  const keys = words.map((w) => w.up);
  const ids = known ?? coder.lex.vocab.idsOf(keys);
  const found = new Set<string>();
  for (let i = 0; i < keys.length; i++) {
    const m = coder.lex.issues.longest(keys, i, keys.length, ids);
    if (m) for (const e of m.values) if (!e.exclude) found.add(e.code);
  }
  return [...found];
}

export function codeDocument(doc: Document, analysis: DocumentAnalysis, coder: Coder): CodedDocument {
  const discourse = newDiscourse();
  const actors: ActorMention[] = [];
  const events: Event[] = [];
  const skipped: Record<string, number> = {};
  const skip = (reason: string, n = 1): void => {
    skipped[reason] = (skipped[reason] ?? 0) + n;
  };
  const quotes: Quote[] = analysis.quotes.map((q) => {
    const code = speakerCode(q.speaker, q.speakerOffice, coder.lex, doc.date, discourse);
    return code ? { ...q, speakerCode: code } : { ...q };
  });
  for (const sentence of analysis.sentences) {
    const words = wordsFromTokens(sentence.tokens);
    discourse.quotes = [];
    for (const q of quotes) {
      if (q.speakerCode && q.end > sentence.start && q.start < sentence.end) {
        discourse.quotes.push({ start: q.start - sentence.start, end: q.end - sentence.start, code: q.speakerCode });
      }
    }
    const input = doc.date === undefined ? { words } : { words, date: doc.date };
    const result = codeWords(coder, input, discourse, sentence.text);
    if (result.discarded === 'story') {
      return { document: doc, sentences: analysis.sentences, quotes, actors: [], events: [], skipped: { 'discarded story': 1 } };
    }
    for (const p of result.actors) {
      if (p.codes.length === 0) continue;
      const a = words[p.start];
      const b = words[p.end - 1];
      if (!a || !b) continue;
      actors.push({ sentenceIndex: sentence.index, start: a.start, end: b.end, text: sentence.text.slice(a.start, b.end), codes: [...p.codes], rule: p.rule });
    }
    const issues = result.codings.length > 0 ? issuesOf(coder, words, result.ids) : [];
    for (const c of result.codings) {
      const ctx: EventContext = { docId: doc.id, sentence, words, clauseOf: result.clauseOf, date: doc.date, issues };
      if (result.clauseParents) ctx.clauseParents = result.clauseParents;
      const e = toEvent(c, ctx);
      if (typeof e === 'string') skip(e);
      else events.push(e);
    }
  }
  const coded: CodedDocument = { document: doc, sentences: analysis.sentences, quotes, actors, events };
  if (Object.keys(skipped).length > 0) coded.skipped = skipped;
  return coded;
}
