/**
 * The repo commits no third-party text, yet a brief quotes its sources. Goldens of briefs on
 * third-party articles (the seed in ../shared) are therefore pinned with every sentence and
 * quotation replaced by a fingerprint — where it is, how long it is and a hash of it — so the
 * golden still catches any change in what is cited, without holding the words.
 */
import { createHash } from 'node:crypto';
import type { Brief, Claim, EvidenceRef, QuoteRef } from '../types.js';

function fingerprint(kind: string, text: string): string {
  return `[${kind}: ${text.length} characters, sha256 ${createHash('sha256').update(text).digest('hex').slice(0, 12)}]`;
}

function evidence(r: EvidenceRef): EvidenceRef {
  // Spans point into the words that are gone; the placeholder has nothing to highlight.
  return { ...r, sentence: r.sentence === '' ? '' : fingerprint(`sentence ${r.sentenceIndex + 1} of ${r.docId}`, r.sentence), highlights: {} };
}

function quote(q: QuoteRef): QuoteRef {
  return { ...q, sentence: fingerprint(`sentence ${q.sentenceIndex + 1} of ${q.docId}`, q.sentence), text: fingerprint('quote', q.text), span: { start: 0, end: 0 } };
}

function claim(c: Claim): Claim {
  let text = c.text;
  // Voices carry the quoted words in their text: replace them as well.
  for (const q of c.quotes ?? []) {
    const words = q.text.trim().replace(/[,;:]$/, '');
    if (words !== '') text = text.split(words).join(fingerprint('quote', q.text));
  }
  const out: Claim = { ...c, text, evidence: c.evidence.map(evidence) };
  if (c.quotes) out.quotes = c.quotes.map(quote);
  return out;
}

export function redactSources(brief: Brief): Brief {
  return {
    ...brief,
    lede: brief.lede.map(claim),
    sections: brief.sections.map((s) => ({ ...s, paragraphs: s.paragraphs.map((p) => ({ ...p, claims: p.claims.map(claim) })) })),
  };
}
