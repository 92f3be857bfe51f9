/**
 * Who said a quote, from the words around it in its sentence. Speech verbs and nouns are the
 * only triggers: a quote with none near it (a scare quote) gets no speaker.
 */
import type { Token } from '../domain/index.js';
import { appositive, isPossessive, phraseEndingAt, phraseStartingAt, type Phrase, type Speaker, speakerOf } from './phrases.js';
import { SPEECH_NOUNS, SPEECH_VERBS } from './words.js';

/** A speaker; `inherit` when a participle ("arguing that") continues the previous quote's speaker. */
export type Attribution = Speaker | 'inherit' | undefined;

/** Words allowed between a trigger and the quote ("stated that", "said Moscow was"). */
const MAX_GAP = 8;
const SKIPPABLE: ReadonlySet<string> = new Set(['ADV', 'AUX', 'PART']);
/** Verbs news puts before their subject after a quote ("...," said Peskov); others there
 * ("...," underscores the weight) start a new clause, not an attribution. */
const INVERTED: ReadonlySet<string> = new Set([
  'say', 'add', 'write', 'continue', 'explain', 'note', 'insist', 'reply', 'ask', 'declare', 'recall',
  'remark', 'quip', 'retort', 'conclude', 'warn', 'tell',
]);

const isSpeechVerb = (t: Token | undefined, words: ReadonlySet<string> = SPEECH_VERBS): boolean =>
  t !== undefined && t.pos === 'VERB' && words.has(t.lemma ?? t.lower);
const isAccordingTo = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.lower === 'to' && tokens[i - 1]?.lower === 'according';

/** Attribution from tokens [from, to) before the opening mark: `X said: "`, `X's announcement that "`. */
export function attributeBefore(text: string, tokens: readonly Token[], from: number, to: number): Attribution {
  let gap = 0;
  for (let i = to - 1; i >= from; i--) {
    const t = tokens[i];
    if (!t) break;
    if (isAccordingTo(tokens, i)) return forward(text, tokens, i + 1);
    if (isSpeechVerb(t)) return t.lower.endsWith('ing') ? 'inherit' : subjectOf(text, tokens, i);
    // A speech noun introduces the quote only directly: "Dahl's announcement that ...".
    if (t.pos === 'NOUN' && SPEECH_NOUNS.has(t.lower) && /^(?:that|:|,)?$/.test(i + 1 < to ? (tokens[i + 1]?.lower ?? '') : '')) {
      const owner = isPossessive(tokens[i - 1]) ? phraseEndingAt(tokens, i - 2) : undefined;
      return owner ? speakerOf(text, tokens, owner) : undefined;
    }
    const isPunct = t.pos === 'PUNCT' || t.pos === 'SYM';
    if (isPunct && !(i === to - 1 && (t.text === ',' || t.text === ':'))) return undefined;
    if (!isPunct && ++gap > MAX_GAP) return undefined;
  }
  return undefined;
}

/** Attribution from the tokens after the closing mark: `"...," said X` / `"...," X said`. */
export function attributeAfter(text: string, tokens: readonly Token[], from: number): Attribution {
  let i = from;
  while (tokens[i]?.text === ',') i++;
  const t = tokens[i];
  if (!t) return undefined;
  if (tokens[i]?.lower === 'according' && isAccordingTo(tokens, i + 1)) return forward(text, tokens, i + 2);
  if (isSpeechVerb(t, INVERTED)) return forward(text, tokens, i + 1);
  const subject = phraseStartingAt(tokens, i);
  if (!subject) return undefined;
  let j = subject.last + 1;
  let title: Phrase | undefined;
  if (tokens[j]?.text === ',') {
    title = phraseStartingAt(tokens, j + 1);
    if (title && tokens[title.last + 1]?.text === ',') j = title.last + 2;
    else title = undefined;
  }
  while (tokens[j] && SKIPPABLE.has(tokens[j]?.pos ?? '')) j++;
  if (!isSpeechVerb(tokens[j]) && !isSpeechVerb(tokens[j], INVERTED)) return undefined;
  return title ? appositive(text, tokens, subject, title) : speakerOf(text, tokens, subject);
}

/** The speaker named after a verb or "according to", with an appositive office after a comma. */
function forward(text: string, tokens: readonly Token[], at: number): Attribution {
  const name = phraseStartingAt(tokens, at);
  if (!name) return undefined;
  const next = name.last + 1;
  if (tokens[next]?.text === ',' && tokens[next + 1]?.pos === 'DET') {
    const title = phraseStartingAt(tokens, next + 1);
    if (title) return appositive(text, tokens, name, title);
  }
  return speakerOf(text, tokens, name);
}

/** The subject of the speech verb at `verb`, read leftwards past adverbs, "who" and appositives. */
function subjectOf(text: string, tokens: readonly Token[], verb: number): Attribution {
  let k = verb - 1;
  while (k >= 0 && SKIPPABLE.has(tokens[k]?.pos ?? '')) {
    // "The deal was called a 'threat'": in the passive the subject is not the speaker.
    if (tokens[k]?.lemma === 'be' || tokens[k]?.lemma === 'get') return undefined;
    k--;
  }
  // "Moscow, meanwhile, said": a parenthetical adverb between commas.
  while (tokens[k]?.text === ',' && tokens[k - 1]?.pos === 'ADV' && tokens[k - 2]?.text === ',') k -= 3;
  if (tokens[k]?.lower === 'who') {
    k--;
    if (tokens[k]?.text === ',') k--;
    const phrase = phraseEndingAt(tokens, k);
    return phrase ? speakerOf(text, tokens, phrase) : 'inherit';
  }
  if (tokens[k]?.text === ',') {
    // "Russia, which has condemned the strikes, said": the subject stands before the clause.
    const clause = relativeClauseStart(tokens, k);
    if (clause >= 0) {
      const phrase = phraseEndingAt(tokens, clause - 1);
      return phrase ? speakerOf(text, tokens, phrase) : 'inherit';
    }
    const near = phraseEndingAt(tokens, k - 1);
    if (!near) return 'inherit';
    const far = tokens[near.first - 1]?.text === ',' ? phraseEndingAt(tokens, near.first - 2) : undefined;
    return far ? appositive(text, tokens, near, far) : speakerOf(text, tokens, near);
  }
  const phrase = phraseEndingAt(tokens, k);
  return phrase ? speakerOf(text, tokens, phrase) : 'inherit';
}

const RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'whose', 'whom', 'where']);

/** Index of the comma opening a relative clause that the comma at `close` ends, or -1. */
function relativeClauseStart(tokens: readonly Token[], close: number): number {
  for (let c = close - 1; c >= 0; c--) {
    if (tokens[c]?.text !== ',') continue;
    return RELATIVES.has(tokens[c + 1]?.lower ?? '') ? c : -1;
  }
  return -1;
}
