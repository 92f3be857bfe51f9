/** Quotes located in their sentences, so a claim can cite the words and where they were said. */
import type { DocumentDetail, StoredQuote } from '../../store/index.js';
import type { QuoteRef } from '../types.js';

/** The quote with its sentence, or undefined when the document or sentence is not in the store. */
export function quoteRef(q: StoredQuote, documents: ReadonlyMap<string, DocumentDetail>): QuoteRef | undefined {
  const sentence = documents.get(q.docId)?.sentences.find((s) => s.index === q.sentenceIndex);
  if (!sentence) return undefined;
  const start = Math.max(0, q.start - sentence.start);
  const ref: QuoteRef = {
    docId: q.docId,
    sentenceIndex: q.sentenceIndex,
    sentence: sentence.text,
    span: { start, end: Math.min(sentence.text.length, start + (q.end - q.start)) },
    text: q.text,
  };
  if (q.speaker !== undefined) ref.speaker = q.speaker;
  if (q.speakerCode !== undefined) ref.speakerCode = q.speakerCode;
  if (q.speakerOffice !== undefined) ref.office = q.speakerOffice;
  if (q.docDate !== undefined) ref.date = q.docDate;
  return ref;
}

/** Quotes said in the same sentence as one of these evidence locations. */
export function quotesAt(
  quotes: readonly StoredQuote[],
  at: readonly { docId: string; sentenceIndex: number }[],
  documents: ReadonlyMap<string, DocumentDetail>,
): QuoteRef[] {
  const keys = new Set(at.map((x) => `${x.docId}|${x.sentenceIndex}`));
  return quotes
    .filter((q) => keys.has(`${q.docId}|${q.sentenceIndex}`))
    .flatMap((q) => quoteRef(q, documents) ?? []);
}
