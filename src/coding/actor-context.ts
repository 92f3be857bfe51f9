/**
 * An agent with no country — a titled person the dictionaries do not know ("President Yoweri
 * Museveni"), a role noun alone ("police", "demonstrators", "the opposition") — is coded by its
 * role only (---GOV, ---CVL), which tells a dyad nothing. When the sentence names exactly one
 * country, news writing almost always means that country's office holder, police or protesters
 * ("Egyptian police dispersed demonstrators": the demonstrators are Egyptians), so the agent takes
 * it — keeping the low certainty of a guess. With two countries or none it stays anonymous (news
 * conventions only). This is what lets the domestic events CAMEO codes (a state's police against
 * its people, its people against their government) reach a dyad at all.
 */
import { countryByCode } from '../model/index.js';
import { attributionStart } from './clauses.js';
import type { ActorPhrase, Word } from './types.js';

const CALENDAR = /^(JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)$/;

/** Armed and criminal groups often act abroad ("gunmen seized two Italian tourists", "militants
 * fired rockets at Israel"): the one country named is as likely their victims'. */
const ROVING = new Set(['REB', 'INS', 'SEP', 'UAF', 'CRM']);

function countryless(words: readonly Word[], p: ActorPhrase): boolean {
  if (p.source !== 'agent' || p.codes.length === 0 || !p.codes.every((c) => c.startsWith('---'))) return false;
  if (p.codes.some((c) => ROVING.has(c.slice(3, 6)))) return false;
  // "President Monday": a date after a title is not a name the title absorbed.
  const last = words[p.end - 1];
  return last === undefined || !CALENDAR.test(last.up);
}

/** Texts named after a body: "the UN Charter" is a document, not the UN. */
const DOCUMENTS = new Set(['CHARTER', 'CONVENTION', 'CONVENTIONS', 'CONSTITUTION', 'STATUTE', 'STATUTES', 'LAW', 'LAWS']);

function documentName(words: readonly Word[], p: ActorPhrase): boolean {
  const last = words[p.end - 1];
  const next = words[p.end];
  return (last !== undefined && p.end - p.start > 1 && DOCUMENTS.has(last.up)) || (next !== undefined && (next.tag === 'N' || next.tag === 'NP') && DOCUMENTS.has(next.up));
}

/** Drops the actor of a name that only modifies a document noun ("violate the UN Charter"). */
export function dropDocuments(words: readonly Word[], phrases: ActorPhrase[]): ActorPhrase[] {
  let any = false;
  for (const p of phrases) if (documentName(words, p)) any = true;
  return any ? phrases.filter((p) => !documentName(words, p)) : phrases;
}

function statesIn(phrases: readonly ActorPhrase[], to: number): Set<string> {
  const states = new Set<string>();
  for (const p of phrases) {
    if (p.start >= to) continue;
    for (const c of p.codes) {
      const head = c.slice(0, 3);
      if (!c.startsWith('---') && countryByCode(head) !== undefined) states.add(head);
    }
  }
  return states;
}

export function placeAgents(words: readonly Word[], phrases: ActorPhrase[]): void {
  if (!phrases.some((p) => countryless(words, p))) return;
  // The countries of the report itself; those of its attribution only when it names none.
  let states = statesIn(phrases, attributionStart(words));
  if (states.size === 0) states = statesIn(phrases, words.length);
  if (states.size !== 1) return;
  const [state] = states;
  for (const p of phrases) {
    if (!countryless(words, p)) continue;
    p.codes = p.codes.map((c) => `${state!}${c.slice(3)}`);
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
