/**
 * "No claim without evidence", as a check the tests run on any brief: every claim cites at least
 * one event or quote; every cited event exists in the store with the same document, sentence and
 * span, and that sentence is the stored sentence; every cited event runs between actors the claim
 * names; every actor the claim names appears in its evidence (as an event's side, an actor
 * mentioned in an evidence sentence, or a quote's speaker); every quote sits in its stored
 * sentence. Returns the problems found, one line each, so a failure says which claim and why.
 */
import { matchesActor } from '../../analysis/index.js';
import type { DocumentDetail, Store } from '../../store/index.js';
import { allClaims } from '../render/index.js';
import type { Brief } from '../types.js';

export async function checkEvidence(brief: Brief, store: Store): Promise<{ claims: number; refs: number; problems: string[] }> {
  const problems: string[] = [];
  const docs = new Map<string, DocumentDetail | undefined>();
  const doc = async (id: string): Promise<DocumentDetail | undefined> => {
    if (!docs.has(id)) docs.set(id, await store.document(id));
    return docs.get(id);
  };
  const claims = allClaims(brief);
  let refs = 0;
  for (const c of claims) {
    const where = `claim "${c.text.slice(0, 70)}"`;
    const quotes = c.quotes ?? [];
    if (c.evidence.length + quotes.length === 0) problems.push(`${where}: cites nothing`);
    const covered = new Set<string>();
    const cover = (code: string | undefined): void => {
      for (const actor of c.actors) if (code !== undefined && matchesActor(code, actor, 'prefix')) covered.add(actor);
    };
    for (const ref of c.evidence) {
      refs++;
      const e = await store.event(ref.eventId);
      if (!e) { problems.push(`${where}: event ${ref.eventId} is not in the store`); continue; }
      const ev = e.evidence;
      if (ev) {
        if (ev.docId !== ref.docId || ev.sentenceIndex !== ref.sentenceIndex) problems.push(`${where}: event ${e.id} is evidenced elsewhere`);
        if (ev.sentence !== ref.sentence) problems.push(`${where}: event ${e.id}: sentence differs from the stored evidence`);
        if (ev.span.start !== ref.span.start || ev.span.end !== ref.span.end) problems.push(`${where}: event ${e.id}: span differs`);
        const stored = (await doc(ev.docId))?.sentences.find((s) => s.index === ev.sentenceIndex);
        if (stored?.text !== ref.sentence) problems.push(`${where}: event ${e.id}: sentence ${ev.sentenceIndex} of ${ev.docId} is not the cited text`);
        for (const m of (await doc(ev.docId))?.actors ?? []) if (m.sentenceIndex === ev.sentenceIndex) m.codes.forEach(cover);
      } else if (ref.sentence !== '') {
        problems.push(`${where}: event ${e.id} has no text evidence but the claim cites a sentence`);
      }
      for (const side of [e.source, e.target]) {
        if (!c.actors.some((a) => matchesActor(side, a, 'prefix'))) problems.push(`${where}: event ${e.id} involves ${side}, not named by the claim (${c.actors.join(', ')})`);
      }
      cover(e.source);
      cover(e.target);
    }
    for (const q of quotes) {
      refs++;
      const stored = (await doc(q.docId))?.sentences.find((s) => s.index === q.sentenceIndex);
      if (!stored) { problems.push(`${where}: quote sentence ${q.docId}#${q.sentenceIndex} is not in the store`); continue; }
      if (stored.text !== q.sentence) problems.push(`${where}: quote sentence differs from the stored sentence`);
      if (!stored.text.includes(q.text.trim())) problems.push(`${where}: quoted words not in their sentence`);
      cover(q.speakerCode);
    }
    for (const actor of c.actors) if (!covered.has(actor)) problems.push(`${where}: names ${actor}, which none of its evidence shows`);
  }
  return { claims: claims.length, refs, problems };
}
