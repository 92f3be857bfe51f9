/**
 * A word trie for dictionary phrases (actors, agents, synset members, discards, issues), built
 * once per coder so matching a sentence is a walk over its words, not a scan of the dictionary.
 * Words are upper-case. A `prefix` word (TABARI stem) also matches longer words starting with it;
 * stems hang in a character trie so finding every stem of a word costs one pass over its letters.
 * Whole words are children by their id in the lexicon's Vocabulary (see vocabulary.ts).
 */
import type { PhraseWord } from '../domain/index.js';
import { Vocabulary } from './vocabulary.js';

interface TrieNode<T> {
  /** Children by word id. */
  next: Map<number, TrieNode<T>> | undefined;
  /** Stem children, letter by letter. */
  stems: CharNode<T> | undefined;
  values: T[] | undefined;
}

/** One letter of a stem; `node` is set where a stem ends. */
interface CharNode<T> {
  next: Map<number, CharNode<T>> | undefined;
  node: TrieNode<T> | undefined;
}

/** Where the first word of a phrase leads from the root: an exact child or a stem's node. */
interface FirstStep<T> {
  node: TrieNode<T>;
  exact: boolean;
}

/** Word ids below this have their first steps remembered (ids come in order of first sight, so
 * the dictionary's words and the text's common words come first); the rest are walked afresh. */
const MEMO_IDS = 1 << 18;
/** Only tries this large remember first steps: a small one (a synonym set) answers from its few
 * root entries at once, and a memo as long as the vocabulary would cost it more in cache misses. */
const MEMO_FROM = 256;

export interface TrieMatch<T> {
  /** Exclusive end index of the match. */
  end: number;
  values: T[];
  /** True when every word matched exactly (no stem was used). */
  exact: boolean;
}

function node<T>(): TrieNode<T> {
  return { next: undefined, stems: undefined, values: undefined };
}

export interface TrieOptions {
  /** Honour `prefix` words (TABARI stems). PETRARCH itself matches whole words only. */
  stems: boolean;
  /** Shortest stem allowed to match a longer word (shorter stems match whole words only). */
  minStem: number;
}

/** The first two letters of a word as one number: a cheap first test before walking the trie. */
function lead(key: string): number {
  return key.charCodeAt(0) * 65536 + (key.length > 1 ? key.charCodeAt(1) : 0);
}

export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = node();
  /** Leading letters of every first word (whole words and stems). */
  private readonly leads = new Set<number>();
  size = 0;
  // Scratch state of one `longest` call: a method walk with fields allocates nothing per word.
  private bestEnd = -1;
  private bestValues: T[] | undefined;
  private bestExact = false;
  /** The root's steps by first-word id (null: no phrase starts with it; undefined: not yet seen).
   * News repeats its words, and with 35k actor names the root's stem trie is deep: a word's
   * letters are walked once, not at every lookup. */
  private memo: (FirstStep<T>[] | null | undefined)[] = [];

  constructor(
    private readonly options: TrieOptions = { stems: true, minStem: 4 },
    readonly vocab: Vocabulary = new Vocabulary(),
  ) {}

  add(words: readonly PhraseWord[], value: T): void {
    if (words.length === 0) return;
    this.memo = [];
    const first = words[0]!.text;
    this.leads.add(lead(first));
    // A one-letter stem could start any word with that letter.
    if (first.length === 1) for (let c = 0; c < 128; c++) this.leads.add(first.charCodeAt(0) * 65536 + c);
    let at = this.root;
    for (const w of words) {
      const stem = w.prefix && this.options.stems && w.text.length >= this.options.minStem;
      at = stem ? stemChild(at, w.text) : wordChild(at, this.vocab.id(w.text));
    }
    (at.values ??= []).push(value);
    this.size++;
  }

  /**
   * Longest match starting at `from` over `keys` (upper-case words). Exact words are preferred to
   * stems at equal length. `stop` ends the walk early (e.g. at a clause boundary). `ids`: the
   * keys' ids in this trie's vocabulary, when the caller has them (see Vocabulary.idsOf).
   */
  longest(keys: readonly string[], from: number, stop = keys.length, ids?: Int32Array): TrieMatch<T> | undefined {
    const first = keys[from];
    if (first === undefined || from >= stop) return undefined;
    const steps = this.firstSteps(first, ids ? ids[from]! : this.vocab.ofText(first));
    if (steps === null) return undefined;
    this.bestEnd = -1;
    this.bestValues = undefined;
    this.bestExact = false;
    for (let k = 0; k < steps.length; k++) {
      const step = steps[k]!;
      this.walk(step.node, keys, ids, from, from + 1, stop, step.exact);
    }
    if (this.bestValues === undefined) return undefined;
    return { end: this.bestEnd, values: this.bestValues, exact: this.bestExact };
  }

  private walk(at: TrieNode<T>, keys: readonly string[], ids: Int32Array | undefined, from: number, i: number, stop: number, exact: boolean): void {
    if (at.values && i > from && (i > this.bestEnd || (i === this.bestEnd && exact && !this.bestExact))) {
      this.bestEnd = i;
      this.bestValues = at.values;
      this.bestExact = exact;
    }
    if (i >= stop) return;
    const key = keys[i];
    if (key === undefined) return;
    if (at.next !== undefined) {
      const child = at.next.get(ids ? ids[i]! : this.vocab.known(key));
      if (child) this.walk(child, keys, ids, from, i + 1, stop, exact);
    }
    let c = at.stems;
    for (let k = 0; c !== undefined && k < key.length; k++) {
      c = c.next?.get(key.charCodeAt(k));
      // A stem as long as the word is an exact match; a shorter one is a stem match.
      if (c?.node) this.walk(c.node, keys, ids, from, i + 1, stop, exact && k === key.length - 1);
    }
  }

  /** True when some phrase starts with this word (cheap pre-check). */
  starts(key: string, id = this.vocab.ofText(key)): boolean {
    return this.firstSteps(key, id) !== null;
  }

  /** The root's children for a first word: the exact child, then stems shortest first (the order
   * a walk from the root would take them). */
  private firstSteps(key: string, id: number): FirstStep<T>[] | null {
    const memo = id >= 0 && id < MEMO_IDS && this.size >= MEMO_FROM;
    if (memo && id < this.memo.length) {
      const known = this.memo[id];
      if (known !== undefined) return known;
    }
    let steps: FirstStep<T>[] | null = null;
    if (key.length > 0 && this.leads.has(lead(key))) {
      const found: FirstStep<T>[] = [];
      const child = id >= 0 ? this.root.next?.get(id) : undefined;
      if (child) found.push({ node: child, exact: true });
      let c = this.root.stems;
      for (let k = 0; c !== undefined && k < key.length; k++) {
        c = c.next?.get(key.charCodeAt(k));
        if (c?.node) found.push({ node: c.node, exact: k === key.length - 1 });
      }
      if (found.length > 0) steps = found;
    }
    if (memo) {
      // Grown by doubling and filled, so the array stays dense (holes would make it a dictionary).
      if (id >= this.memo.length) {
        const grown: (FirstStep<T>[] | null | undefined)[] = new Array<FirstStep<T>[] | null | undefined>(Math.min(MEMO_IDS, Math.max(id + 1, this.memo.length * 2, 1024))).fill(undefined);
        for (let k = 0; k < this.memo.length; k++) grown[k] = this.memo[k];
        this.memo = grown;
      }
      this.memo[id] = steps;
    }
    return steps;
  }
}

function wordChild<T>(at: TrieNode<T>, id: number): TrieNode<T> {
  at.next ??= new Map();
  let child = at.next.get(id);
  if (!child) {
    child = node();
    at.next.set(id, child);
  }
  return child;
}

function stemChild<T>(at: TrieNode<T>, text: string): TrieNode<T> {
  let c = (at.stems ??= { next: undefined, node: undefined });
  for (let k = 0; k < text.length; k++) {
    c.next ??= new Map();
    const code = text.charCodeAt(k);
    let n = c.next.get(code);
    if (!n) {
      n = { next: undefined, node: undefined };
      c.next.set(code, n);
    }
    c = n;
  }
  return (c.node ??= node());
}
