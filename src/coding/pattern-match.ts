/**
 * Matching one verb pattern around a verb. Elements after the verb are matched left to right
 * from the verb's end, elements before it right to left from the verb's start. An element
 * written joined (`_`) must sit right next to its neighbour; otherwise any words may come between
 * (TABARI's open match). `$` `+` `%` bind actor phrases, `^` skips a noun phrase, `{}` and `()`
 * must match a noun / prepositional phrase. Backtracking keeps the first full match.
 */
import type { PatternElement } from '../domain/index.js';
import type { ActorPhrase, Word, WordSpan } from './types.js';
import type { NeedContext } from './pattern-index.js';
import type { PhraseTrie } from './trie.js';

export interface MatchContext extends NeedContext {
  words: readonly Word[];
  keys: readonly string[];
  phrases: readonly ActorPhrase[];
  /** Phrase index covering each word, or -1. */
  actorAt: Int32Array;
  /** Noun-phrase chunk covering each word, or -1; chunks in `nps`. */
  npAt: Int32Array;
  nps: readonly WordSpan[];
  synsets: Map<string, PhraseTrie<true>>;
  stems: boolean;
  minStem: number;
  /** Words an open match may not skip over (heads of other verbs), when set. */
  barriers: Uint8Array | undefined;
}

export interface Bindings {
  source?: number;
  target?: number;
  compound?: number;
}

type Role = 'source' | 'target' | 'compound';

function wordMatches(ctx: MatchContext, el: Extract<PatternElement, { kind: 'word' }>, key: string): boolean {
  const t = el.word.text;
  if (key === t) return true;
  return el.word.prefix && ctx.stems && t.length >= ctx.minStem && key.startsWith(t);
}

/** End of `el` when it starts at `p` (forward), or -1. Every element has at most one: a word, the
 * longest synset member, the actor phrase or noun phrase starting there. */
function endAt(ctx: MatchContext, el: PatternElement, p: number, limit: number, b: Bindings): number {
  if (p >= limit) return -1;
  switch (el.kind) {
    case 'word':
      return wordMatches(ctx, el, ctx.keys[p]!) ? p + 1 : -1;
    case 'synset': {
      const trie = ctx.synsets.get(el.name);
      const m = trie?.longest(ctx.keys, p, limit, ctx.ids);
      return m ? m.end : -1;
    }
    case 'source':
    case 'target':
    case 'compound': {
      const k = ctx.actorAt[p]!;
      const ph = ctx.phrases[k];
      if (k < 0 || !ph || ph.start !== p || ph.end > limit) return -1;
      if (el.kind === 'compound' && ph.codes.length < 2) return -1;
      if (b[el.kind] !== undefined) return -1;
      return ph.end;
    }
    case 'skip': {
      const np = ctx.npAt[p]!;
      const k = ctx.actorAt[p]!;
      let end = -1;
      // "their populations": the skip may start inside a noun phrase.
      if (np >= 0) end = ctx.nps[np]!.end;
      if (k >= 0 && ctx.phrases[k]!.start === p) end = Math.max(end, ctx.phrases[k]!.end);
      return end > p && end <= limit ? end : -1;
    }
    case 'np': {
      const np = ctx.npAt[p]!;
      if (np < 0 || ctx.nps[np]!.start !== p) return -1;
      const end = Math.min(ctx.nps[np]!.end, limit);
      return matchSeq(ctx, el.elements, 0, p, end, b, true) >= 0 ? end : -1;
    }
    case 'pp': {
      if (ctx.words[p]!.tag !== 'ADP' && ctx.words[p]!.tag !== 'TO') return -1;
      let end = p + 1;
      while (end < limit && DET_ADJ_NUM.has(ctx.words[end]!.tag)) end++;
      const np = ctx.npAt[end] ?? -1;
      const k = ctx.actorAt[end] ?? -1;
      if (np >= 0) end = Math.max(end, ctx.nps[np]!.end);
      if (k >= 0) end = Math.max(end, ctx.phrases[k]!.end);
      end = Math.min(end, limit);
      return matchSeq(ctx, el.elements, 0, p, end, b, true) >= 0 ? end : -1;
    }
  }
}

const DET_ADJ_NUM = new Set(['DET', 'ADJ', 'NUM']);

function bind(b: Bindings, el: PatternElement, p: number, ctx: MatchContext): Role | undefined {
  if (el.kind === 'source' || el.kind === 'target' || el.kind === 'compound') {
    b[el.kind] = ctx.actorAt[p]!;
    return el.kind;
  }
  return undefined;
}

/**
 * Matches `els[k..]` forward from `pos` within `[.., limit)`. The first element must start at
 * `pos` when `anchored` (or when it is written joined). Returns the end, or -1.
 */
export function matchSeq(ctx: MatchContext, els: readonly PatternElement[], k: number, pos: number, limit: number, b: Bindings, anchored: boolean): number {
  if (k >= els.length) return pos;
  const el = els[k]!;
  const last = el.joined === true || anchored ? pos : limit - 1;
  for (let p = pos; p <= last && p < limit; p++) {
    // "sent rescue teams to help Iran search for the helicopter": an open match stays in the
    // verb's own phrase and does not run over the next verb.
    if (p > pos && ctx.barriers?.[p - 1] === 1) break;
    const end = endAt(ctx, el, p, limit, b);
    if (end < 0) continue;
    const role = bind(b, el, p, ctx);
    const done = matchSeq(ctx, els, k + 1, end, limit, b, false);
    if (done >= 0) return done;
    if (role) delete b[role];
  }
  return -1;
}

const NONE: readonly number[] = Object.freeze([]);

/** Start positions where `el` can end exactly at `q` (backward matching). Called for every
 * position a backward match tries, so "none" is a shared empty list, not a new one. */
function startsEndingAt(ctx: MatchContext, el: PatternElement, q: number, floor: number, b: Bindings): readonly number[] {
  if (q <= floor) return NONE;
  if (el.kind === 'word') return wordMatches(ctx, el, ctx.keys[q - 1]!) ? [q - 1] : NONE;
  if (el.kind === 'source' || el.kind === 'target' || el.kind === 'compound') {
    const k = ctx.actorAt[q - 1]!;
    const ph = ctx.phrases[k];
    if (k < 0 || !ph || ph.end !== q || ph.start < floor || b[el.kind] !== undefined) return NONE;
    if (el.kind === 'compound' && ph.codes.length < 2) return NONE;
    return [ph.start];
  }
  // Synsets and groups: try each start that makes the element end exactly at q.
  let out: number[] | undefined;
  for (let s = q - 1; s >= Math.max(floor, q - 8); s--) {
    const probe: Bindings = { ...b };
    if (endAt(ctx, el, s, q, probe) === q) (out ??= []).push(s);
  }
  return out ?? NONE;
}

/**
 * Matches `els` (text order) backward so that the last one ends at `end` when `anchored`, or
 * anywhere before it. Returns the start of the first element, or -1.
 */
export function matchBack(ctx: MatchContext, els: readonly PatternElement[], end: number, floor: number, b: Bindings, anchored: boolean): number {
  return matchBackFrom(ctx, els, els.length - 1, end, floor, b, anchored);
}

// A module function, not a closure per call: this runs for every pattern tried.
function matchBackFrom(ctx: MatchContext, els: readonly PatternElement[], k: number, q: number, floor: number, b: Bindings, mustTouch: boolean): number {
  if (k < 0) return q;
  const el = els[k]!;
  const lowest = mustTouch ? q : floor;
  for (let e = q; e >= lowest && e > floor; e--) {
    for (const s of startsEndingAt(ctx, el, e, floor, b)) {
      const role = bind(b, el, s, ctx);
      const done = matchBackFrom(ctx, els, k - 1, s, floor, b, el.joined === true);
      if (done >= 0) return done;
      if (role) delete b[role];
    }
  }
  return -1;
}
