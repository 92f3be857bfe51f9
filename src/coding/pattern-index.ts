/**
 * Fast rejects for verb patterns. Each pattern lists the word ids it needs (compile.ts); a
 * sentence's words are marked once in the vocabulary, so "does the sentence have this word" is an
 * array lookup. Large families (CAMEO.2.0 runs to 190 patterns in one family) are indexed by one
 * word each pattern needs, so a verb tries only the patterns whose key word the sentence has.
 */
import type { CompiledPattern } from './compile.js';
import type { Vocabulary } from './vocabulary.js';

/** Below this many patterns a family's needs are simply checked in order. */
export const INDEX_FROM = 12;

/**
 * Patterns of a large family under exactly one key each — the first word it needs (compile.ts
 * puts the longest, usually rarest, first), else its first stem — or in `free` when it needs none.
 */
export interface PatternIndex {
  free: number[];
  byWord: Map<number, number[]>;
  /** By the id of the leading `minStem` letters of a required stem. */
  byStem: Map<number, number[]>;
}

/** What a sentence offers the rejects: its word ids, and marks made on first use. */
export interface NeedContext {
  keys: readonly string[];
  ids: Int32Array;
  vocab: Vocabulary;
  minStem: number;
  /** Marks of the sentence's words and stems, -1 until first used (see Marks). Set up front, so
   * every context has one shape. */
  wordMark: number;
  stemMark: number;
  stemIds: Int32Array | undefined;
}

export function indexPatterns(patterns: readonly CompiledPattern[]): PatternIndex {
  const index: PatternIndex = { free: [], byWord: new Map(), byStem: new Map() };
  patterns.forEach((cp, k) => {
    const word = cp.needs[0];
    const stem = cp.needStems[0];
    if (word !== undefined) put(index.byWord, word, k);
    else if (stem !== undefined) put(index.byStem, stem, k);
    else index.free.push(k);
  });
  return index;
}

function put(map: Map<number, number[]>, key: number, k: number): void {
  const list = map.get(key);
  if (list) list.push(k);
  else map.set(key, [k]);
}

function wordMark(ctx: NeedContext): number {
  if (ctx.wordMark < 0 || ctx.vocab.words.current() !== ctx.wordMark) ctx.wordMark = ctx.vocab.words.mark(ctx.ids);
  return ctx.wordMark;
}

/** Ids of the sentence's words' leading letters (only those some dictionary stem has). */
function stemIds(ctx: NeedContext): Int32Array {
  if (ctx.stemIds) return ctx.stemIds;
  const out = new Int32Array(ctx.keys.length);
  for (let i = 0; i < ctx.keys.length; i++) out[i] = ctx.vocab.stem(ctx.ids[i]!, ctx.keys[i]!, ctx.minStem);
  ctx.stemIds = out;
  return out;
}

function stemMark(ctx: NeedContext): number {
  if (ctx.stemMark < 0 || ctx.vocab.stems.current() !== ctx.stemMark) ctx.stemMark = ctx.vocab.stems.mark(stemIds(ctx));
  return ctx.stemMark;
}

/** False when the sentence lacks a word the pattern needs (it cannot match). */
export function mayMatch(ctx: NeedContext, needs: readonly number[], needStems: readonly number[]): boolean {
  if (needs.length > 0) {
    const mark = wordMark(ctx);
    for (let k = 0; k < needs.length; k++) if (!ctx.vocab.words.has(needs[k]!, mark)) return false;
  }
  if (needStems.length > 0) {
    const mark = stemMark(ctx);
    for (let k = 0; k < needStems.length; k++) if (!ctx.vocab.stems.has(needStems[k]!, mark)) return false;
  }
  return true;
}

/** Which patterns of an indexed family the sentence can match: a flag per pattern (free ones and
 * those whose key the sentence has), read in pattern order — no sorting of candidate lists. */
export function candidatePatterns(ctx: NeedContext, index: PatternIndex, size: number): Uint8Array {
  const flags = new Uint8Array(size);
  for (const k of index.free) flags[k] = 1;
  collect(flags, index.byWord, ctx.ids);
  if (index.byStem.size > 0) collect(flags, index.byStem, stemIds(ctx));
  return flags;
}

function collect(flags: Uint8Array, map: Map<number, number[]>, ids: Int32Array): void {
  for (let i = 0; i < ids.length; i++) {
    const list = ids[i]! >= 0 ? map.get(ids[i]!) : undefined;
    if (list) for (let k = 0; k < list.length; k++) flags[list[k]!] = 1;
  }
}
