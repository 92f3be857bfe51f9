/**
 * A word trie for dictionary phrases (actors, agents, synset members, discards, issues), built
 * once per coder so matching a sentence is a walk over its words, not a scan of the dictionary.
 * Words are upper-case. A `prefix` word (TABARI stem) also matches longer words starting with it;
 * stems hang in a character trie so finding every stem of a word costs one pass over its letters.
 */
import type { PhraseWord } from '../domain/index.js';

interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | undefined;
  /** Stem children, letter by letter. */
  stems: CharNode<T> | undefined;
  values: T[] | undefined;
}

/** One letter of a stem; `node` is set where a stem ends. */
interface CharNode<T> {
  next: Map<number, CharNode<T>> | undefined;
  node: TrieNode<T> | undefined;
}

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

  constructor(private readonly options: TrieOptions = { stems: true, minStem: 4 }) {}

  add(words: readonly PhraseWord[], value: T): void {
    if (words.length === 0) return;
    const first = words[0]!.text;
    this.leads.add(lead(first));
    // A one-letter stem could start any word with that letter.
    if (first.length === 1) for (let c = 0; c < 128; c++) this.leads.add(first.charCodeAt(0) * 65536 + c);
    let at = this.root;
    for (const w of words) {
      const stem = w.prefix && this.options.stems && w.text.length >= this.options.minStem;
      at = stem ? stemChild(at, w.text) : wordChild(at, w.text);
    }
    (at.values ??= []).push(value);
    this.size++;
  }

  /**
   * Longest match starting at `from` over `keys` (upper-case words). Exact words are preferred to
   * stems at equal length. `stop` ends the walk early (e.g. at a clause boundary).
   */
  longest(keys: readonly string[], from: number, stop = keys.length): TrieMatch<T> | undefined {
    const first = keys[from];
    if (first === undefined || !this.starts(first)) return undefined;
    this.bestEnd = -1;
    this.bestValues = undefined;
    this.bestExact = false;
    this.walk(this.root, keys, from, from, stop, true);
    if (this.bestValues === undefined) return undefined;
    return { end: this.bestEnd, values: this.bestValues, exact: this.bestExact };
  }

  private walk(at: TrieNode<T>, keys: readonly string[], from: number, i: number, stop: number, exact: boolean): void {
    if (at.values && i > from && (i > this.bestEnd || (i === this.bestEnd && exact && !this.bestExact))) {
      this.bestEnd = i;
      this.bestValues = at.values;
      this.bestExact = exact;
    }
    if (i >= stop) return;
    const key = keys[i];
    if (key === undefined) return;
    const child = at.next?.get(key);
    if (child) this.walk(child, keys, from, i + 1, stop, exact);
    let c = at.stems;
    for (let k = 0; c !== undefined && k < key.length; k++) {
      c = c.next?.get(key.charCodeAt(k));
      // A stem as long as the word is an exact match; a shorter one is a stem match.
      if (c?.node) this.walk(c.node, keys, from, i + 1, stop, exact && k === key.length - 1);
    }
  }

  /** True when some phrase starts with this word (cheap pre-check). */
  starts(key: string): boolean {
    if (key.length === 0 || !this.leads.has(lead(key))) return false;
    if (this.root.next?.has(key)) return true;
    let c = this.root.stems;
    for (let k = 0; c !== undefined && k < key.length; k++) {
      c = c.next?.get(key.charCodeAt(k));
      if (c?.node) return true;
    }
    return false;
  }
}

function wordChild<T>(at: TrieNode<T>, text: string): TrieNode<T> {
  at.next ??= new Map();
  let child = at.next.get(text);
  if (!child) {
    child = node();
    at.next.set(text, child);
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
