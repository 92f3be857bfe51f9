/**
 * One sentence through the five steps: words -> actors -> phrases -> verbs -> events -> dedup.
 * Used by codeDocument for articles and directly by the evaluator for validation records.
 */
import type { Sentence } from '../domain/index.js';
import { findActors } from './1-actors.js';
import { retagNames } from './actor-context.js';
import { analysePhrases } from './2-phrases.js';
import { expandDrafts, verbDrafts } from './4-events.js';
import type { Coding } from './4-events.js';
import { dedupCodings } from './5-dedup.js';
import { composeGoverned } from './compose.js';
import { applyModals } from './modals.js';
import type { Coder } from './coder.js';
import { updateDiscourse } from './discourse.js';
import { keepDyad } from './dyads.js';
import { elaboration, rememberEvents } from './event-coreference.js';
import type { Discourse } from './discourse.js';
import { madeByVerb, nominalDrafts } from './nominal.js';
import type { RoleContext } from './roles.js';
import type { ActorPhrase, Phrases, Word } from './types.js';
import { wordsFromTokens } from './words.js';

export interface SentenceResult {
  words: Word[];
  actors: ActorPhrase[];
  codings: Coding[];
  /** Clause id of each word, and each clause's parent (absent when nothing was analysed). */
  clauseOf?: Int32Array;
  clauseParents?: number[];
  /** Set when a discard phrase matched: nothing was coded. */
  discarded?: 'sentence' | 'story';
  /** Heading / list-line text that was not coded. */
  skipped?: 'heading';
  /** The words' ids in the coder's vocabulary (for further dictionary lookups on the sentence). */
  ids?: Int32Array;
}

export interface SentenceInput {
  words: Word[];
  /** Phrases from a supplied parse; the chunker runs when absent. */
  phrases?: Phrases;
  /** ISO date that date-restricted codes resolve against. */
  date?: string;
}

function discardOf(coder: Coder, keys: readonly string[], ids: Int32Array): 'sentence' | 'story' | undefined {
  let scope: 'sentence' | 'story' | undefined;
  for (let i = 0; i < keys.length; i++) {
    const m = coder.lex.discards.longest(keys, i, keys.length, ids);
    if (!m) continue;
    for (const d of m.values) if (d.scope === 'story' || !scope) scope = d.scope;
  }
  return scope;
}

/** A heading or list line: short, no verb-final punctuation, mostly capitalised words. */
export function isHeading(text: string, words: readonly Word[]): boolean {
  const trimmed = text.trim();
  if (/[.!?]["'”’)]*$/.test(trimmed) || words.length > 18) return false;
  if (/^[-–•*]\s/.test(trimmed)) return true;
  const content = words.filter((w) => /^[A-Za-z]/.test(w.text) && w.text.length > 3);
  const capital = content.filter((w) => /^[A-Z]/.test(w.text)).length;
  return content.length > 0 && capital / content.length >= 0.6;
}

export function codeWords(coder: Coder, input: SentenceInput, discourse: Discourse, text = ''): SentenceResult {
  const { words } = input;
  const keys = words.map((w) => w.up);
  const ids = coder.lex.vocab.idsOf(keys);
  const discarded = coder.lex.lexicon.discards.length > 0 ? discardOf(coder, keys, ids) : undefined;
  if (discarded) return { words, actors: [], codings: [], discarded };
  const actors = findActors(words, coder.lex, input.date, discourse, coder.options.conventions === 'cameo', coder.places ? { keys, ids, places: coder.places } : { keys, ids });
  if (coder.options.headings && text !== '' && isHeading(text, words)) {
    return { words, actors: actors.phrases, codings: [], skipped: 'heading' };
  }
  if (!input.phrases && coder.options.conventions === 'cameo') retagNames(words, actors.phrases);
  const phrases = input.phrases ?? analysePhrases(words);
  const npAt = new Int32Array(words.length).fill(-1);
  phrases.nps.forEach((np, k) => {
    for (let i = np.start; i < np.end; i++) npAt[i] = k;
  });
  const ctx: RoleContext = {
    words, keys, ids, vocab: coder.lex.vocab, phrases: actors.phrases, actorAt: actors.at, npAt, nps: phrases.nps, synsets: coder.lex.synsets,
    stems: coder.options.stems, minStem: coder.options.minStem, verbs: phrases.verbs, clauses: phrases.clauses, clauseOf: phrases.clauseOf,
    petrarch: coder.options.conventions === 'petrarch', wordMark: -1, stemMark: -1, stemIds: undefined, barriers: undefined,
  };
  if (!ctx.petrarch) {
    const barriers = new Uint8Array(words.length);
    for (const g of phrases.verbs) if (g.head >= 0) barriers[g.head] = 1;
    ctx.barriers = barriers;
  }
  const drafts = verbDrafts(ctx, coder.lex, coder.options);
  if (coder.options.nominals) {
    const nominal = nominalDrafts(ctx, coder.nominals, drafts);
    // "ready to resume talks with Washington": an event noun governed by a verb is composed too.
    const made = nominal.filter((d) => madeByVerb(ctx, d));
    const composed = [...composeGoverned(ctx, [...drafts, ...made], coder.options.conventions, made).slice(drafts.length), ...nominal.filter((d) => !made.includes(d))];
    applyModals(composed, coder.options.conventions);
    drafts.push(...composed);
  }
  let codings = expandDrafts(ctx, drafts);
  const petrarch = coder.options.conventions === 'petrarch';
  codings = codings.filter((c) => keepDyad(c, petrarch, coder.options.requireDyad));
  codings = codings.filter((c) => c.confidence >= coder.options.minConfidence && (coder.options.hypothetical || petrarch || c.modality !== 'hypothetical'));
  if (!petrarch) {
    codings.push(...elaboration(words, keys, coder.lex.synsets, discourse));
    rememberEvents(discourse, codings);
  }
  updateDiscourse(discourse, actors.phrases);
  return { words, actors: actors.phrases, codings: dedupCodings(codings), clauseOf: phrases.clauseOf, clauseParents: phrases.clauses.map((c) => c.parent), ids };
}

/** Codes one nlp sentence (tokens with universal tags). */
export function codeSentence(coder: Coder, sentence: Sentence, discourse: Discourse, date?: string): SentenceResult {
  const input: SentenceInput = { words: wordsFromTokens(sentence.tokens) };
  if (date !== undefined) input.date = date;
  return codeWords(coder, input, discourse, sentence.text);
}
