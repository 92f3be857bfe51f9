/**
 * Step 1 — actors. Longest dictionary matches (actors and agents), composed into actor phrases
 * (agents with countries, titles with names, possessives, lists as compounds), then pronouns and
 * "the two countries" resolved against the sentence and the document's discourse state.
 */
import { dropDocuments, placeAgents } from './actor-context.js';
import { findHits } from './actor-hits.js';
import { placeHits } from './place-hits.js';
import type { PlaceLookup } from './place-hits.js';
import { buildCores, linkPossessives } from './actor-cores.js';
import { groupLists, linkPrepositions, toPhrase } from './actor-phrases.js';
import type { CompiledLexicon } from './compile.js';
import { resolvePronouns } from './discourse.js';
import { attackAnaphors } from './event-coreference.js';
import type { Discourse } from './discourse.js';
import type { ActorPhrase, Word } from './types.js';

export interface ActorStep {
  /** Phrases in text order. */
  phrases: ActorPhrase[];
  /** For each word, the index of the phrase covering it, or -1. */
  at: Int32Array;
}

/** What the caller may add: the words' keys and ids in the lexicon's vocabulary when made
 * already, and a gazetteer for places the dictionaries do not name. */
export interface ActorOptions {
  keys?: readonly string[];
  ids?: Int32Array;
  places?: PlaceLookup;
}

/** `news` (CAMEO conventions): resolve pronouns, read "military aid" as no agent, look up places;
 * PETRARCH does none of these. */
export function findActors(words: readonly Word[], lex: CompiledLexicon, date: string | undefined, discourse: Discourse, news = true, more: ActorOptions = {}): ActorStep {
  const coreference = news;
  const keys = more.keys ?? words.map((w) => w.up);
  const ids = more.ids ?? lex.vocab.idsOf(keys);
  let hits = findHits(words, keys, ids, lex, date, coreference);
  if (news && more.places) {
    const places = placeHits(words, hits, more.places);
    if (places.length > 0) hits = [...hits, ...places].sort((a, b) => a.start - b.start);
  }
  const { cores, possessive } = linkPossessives(words, buildCores(words, hits));
  const groups = linkPrepositions(words, groupLists(words, cores, news));
  let phrases: ActorPhrase[] = groups.map((g) => {
    const last = g.members[g.members.length - 1]!;
    const poss = possessive.has(last) && last.end === g.end;
    return toPhrase(words, g, poss);
  });
  if (news) phrases = dropDocuments(words, phrases);
  if (news) placeAgents(words, phrases);
  const pronouns = coreference ? resolvePronouns(words, phrases, discourse) : [];
  const events = coreference && discourse.attacker ? attackAnaphors(words, takenBy(words.length, phrases, pronouns), discourse) : [];
  // Phrases come in text order; only added pronouns and event anaphors need sorting in.
  const all = pronouns.length === 0 && events.length === 0 ? phrases : [...phrases, ...pronouns, ...events].sort((a, b) => a.start - b.start);
  const at = new Int32Array(words.length).fill(-1);
  all.forEach((p, k) => {
    for (let i = p.start; i < p.end; i++) at[i] = k;
  });
  return { phrases: all, at };
}

function takenBy(n: number, ...lists: ActorPhrase[][]): (i: number) => boolean {
  const taken = new Uint8Array(n);
  for (const list of lists) for (const p of list) taken.fill(1, p.start, p.end);
  return (i) => taken[i] === 1;
}

/** Resolves a quote's speaker ("Maria Zakharova", "The Kremlin's spokesman") to an actor code. */
export function speakerCode(
  speaker: string | undefined, office: string | undefined, lex: CompiledLexicon, date: string | undefined, discourse: Discourse,
): string | undefined {
  let best: string | undefined;
  for (const text of [speaker, office]) {
    if (!text) continue;
    const words = textWords(text);
    const { phrases } = findActors(words, lex, date, discourse);
    for (const p of phrases) {
      if (p.codes.length !== 1 || p.source === 'coreference') continue;
      const code = p.codes[0]!;
      // A named person or a composed role (RUSGOV) says more than a bare country (RUS).
      if (!best || (code.length > best.length && code.startsWith(best.slice(0, 3))) || best.startsWith('---')) best = code;
    }
  }
  return best;
}

/** Words for a short name phrase outside a sentence (speaker strings): every word a proper noun. */
function textWords(text: string): Word[] {
  const words: Word[] = [];
  const re = /[A-Za-z0-9.\u00C0-\u024F]+|'s|’s|[-,]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const t = m[0];
    const up = t.toUpperCase().replace('’', "'");
    const tag = up === "'S" ? 'POSS' : t === ',' ? 'PUNCT' : t === '-' ? 'PUNCT' : /^(THE|A|AN)$/.test(up) ? 'DET' : 'NP';
    words.push({ i: words.length, text: t, up, lemma: up, tag, pos: tag, start: m.index, end: m.index + t.length });
  }
  return words;
}
