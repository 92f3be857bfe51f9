/**
 * A titled person the dictionaries do not know ("President Yoweri Museveni", "Defense Secretary
 * William Perry") is coded by title alone (---GOV), which tells a dyad nothing. When the sentence
 * names exactly one country, news writing almost always means that country's office holder, so
 * the title takes it — with the low certainty of a guess. With two countries or none it stays
 * anonymous (news conventions only).
 */
import { countryByCode } from '../model/index.js';
import type { ActorPhrase, Word } from './types.js';

const CALENDAR = /^(JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)$/;

function namedTitle(words: readonly Word[], p: ActorPhrase): boolean {
  const last = words[p.end - 1];
  return p.source === 'agent' && p.codes.length === 1 && p.codes[0]!.startsWith('---') && p.end - p.start >= 2
    && last !== undefined && last.tag === 'NP' && !CALENDAR.test(last.up);
}

/** Texts named after a body: "the UN Charter" is a document, not the UN. */
const DOCUMENTS = new Set(['CHARTER', 'CONVENTION', 'CONVENTIONS', 'CONSTITUTION', 'STATUTE', 'STATUTES', 'LAW', 'LAWS']);

/** Drops the actor of a name that only modifies a document noun ("violate the UN Charter"). */
export function dropDocuments(words: readonly Word[], phrases: ActorPhrase[]): ActorPhrase[] {
  const document = (p: ActorPhrase): boolean => {
    const last = words[p.end - 1];
    const next = words[p.end];
    return (last !== undefined && p.end - p.start > 1 && DOCUMENTS.has(last.up)) || (next !== undefined && (next.tag === 'N' || next.tag === 'NP') && DOCUMENTS.has(next.up));
  };
  return phrases.some(document) ? phrases.filter((p) => !document(p)) : phrases;
}

export function placeTitles(words: readonly Word[], phrases: ActorPhrase[]): void {
  if (!phrases.some((p) => namedTitle(words, p))) return;
  const states = new Set<string>();
  for (const p of phrases) {
    for (const c of p.codes) {
      const head = c.slice(0, 3);
      if (!c.startsWith('---') && countryByCode(head) !== undefined) states.add(head);
    }
  }
  if (states.size !== 1) return;
  const [state] = states;
  for (const p of phrases) {
    if (!namedTitle(words, p)) continue;
    p.codes = [`${state!}${p.codes[0]!.slice(3)}`];
    p.rule = `${p.rule}+context:${state!}`;
  }
}

/** "Israel is opposed to French mediation": taggers now and then read a capitalised name inside a
 * sentence as a verb; a word the dictionary matched as a name is a name. */
export function retagNames(words: Word[], phrases: readonly ActorPhrase[]): void {
  for (const p of phrases) {
    if (p.source === 'coreference' || p.source === 'agent') continue;
    for (let i = Math.max(p.start, 1); i < p.end; i++) {
      const w = words[i]!;
      if (w.tag === 'V' && /^[A-Z]/.test(w.text)) w.tag = 'NP';
    }
  }
}
