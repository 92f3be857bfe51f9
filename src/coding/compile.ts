/**
 * Compiles a Lexicon once into the structures the steps walk: word tries for actors, agents,
 * synsets, discards and issues, a map from every verb form to its family, and patterns sorted so
 * the first that matches is the most specific. Nothing per sentence is derived from the raw lexicon.
 */
import type { ActorEntry, AgentEntry, DiscardEntry, IssueEntry, Lexicon, PatternElement, PhraseWord, VerbEntry, VerbPattern } from '../domain/index.js';
import { verbForms } from '../dictionaries/index.js';
import { indexPatterns, INDEX_FROM } from './pattern-index.js';
import type { PatternIndex } from './pattern-index.js';
import { PhraseTrie } from './trie.js';
import type { TrieOptions } from './trie.js';
import { Vocabulary } from './vocabulary.js';
import { splitHyphens } from './words.js';

export interface CompiledFamily {
  id: string;
  head: string;
  code: string;
  pairedCode?: string;
  patterns: CompiledPattern[];
  /** For a family with many patterns: which ones a sentence can possibly match (see PatternIndex). */
  index?: PatternIndex;
}

export interface CompiledPattern {
  /** The pattern with hyphenated words split the way input words are. */
  pattern: VerbPattern;
  /** Number of elements before / after the verb: the sort keys (before first, as PETRARCH). */
  upper: number;
  lower: number;
  /** Ids of whole words the sentence must contain for the pattern to have a chance (a fast
   * reject), and of the leading letters of stem words it must contain. */
  needs: number[];
  needStems: number[];
}

/** One surface form of a dictionary verb, e.g. ["BROKE", "DOWN"]. */
export interface VerbForm {
  words: string[];
  /** The words' ids in the lexicon's vocabulary. */
  ids: number[];
  family: CompiledFamily;
  verb: VerbEntry;
  code: string;
  pairedCode?: string;
}

export interface CompiledLexicon {
  name: string;
  /** Word ids every trie and pattern of this lexicon shares. */
  vocab: Vocabulary;
  actors: PhraseTrie<ActorEntry>;
  agents: PhraseTrie<AgentEntry>;
  /** Verb forms by the id of their first word. */
  verbs: Map<number, VerbForm[]>;
  synsets: Map<string, PhraseTrie<true>>;
  discards: PhraseTrie<DiscardEntry>;
  issues: PhraseTrie<IssueEntry>;
  families: CompiledFamily[];
  lexicon: Lexicon;
}

/** "PEOPLE'S", "WORKERS'": the tokenizer gives the possessive ending a word of its own. */
const POSSESSIVE_END = /^(.*[A-Z0-9])('S|')$/;

/** Splits hyphenated dictionary words and possessive endings the way input words are split (see
 * words.ts): "Kurdistan Workers' Party" is KURDISTAN WORKERS ' PARTY in text. */
export function normalisePhrase(words: readonly PhraseWord[]): PhraseWord[] {
  const out: PhraseWord[] = [];
  for (const w of words) {
    const possessive = POSSESSIVE_END.exec(w.text);
    if (possessive) {
      out.push({ text: possessive[1]!, prefix: false }, { text: possessive[2]!, prefix: false });
      continue;
    }
    const parts = splitHyphens(w.text);
    if (parts.length === 1) out.push(w);
    else parts.forEach((p, k) => out.push({ text: p, prefix: k === parts.length - 1 ? w.prefix : false }));
  }
  return out;
}

function countElements(pattern: VerbPattern['before']): number {
  let n = 0;
  for (const e of pattern) n += e.kind === 'np' || e.kind === 'pp' ? Math.max(1, countElements(e.elements)) : 1;
  return n;
}

/** Splits hyphenated pattern words ("DE-ESCALAT") into joined words, as input words are split. */
function splitElements(elements: readonly PatternElement[]): PatternElement[] {
  const out: PatternElement[] = [];
  for (const e of elements) {
    if (e.kind === 'np' || e.kind === 'pp') {
      out.push({ ...e, elements: splitElements(e.elements) });
      continue;
    }
    if (e.kind !== 'word') {
      out.push(e);
      continue;
    }
    const parts = splitHyphens(e.word.text);
    parts.forEach((p, k) => {
      const el: PatternElement = { kind: 'word', word: { text: p, prefix: k === parts.length - 1 ? e.word.prefix : false } };
      if (k > 0 || e.joined) el.joined = true;
      out.push(el);
    });
  }
  return out;
}

function requiredWords(elements: readonly PatternElement[], trie: TrieOptions, needs: string[], stems: string[]): void {
  for (const e of elements) {
    if (e.kind === 'np' || e.kind === 'pp') requiredWords(e.elements, trie, needs, stems);
    else if (e.kind === 'word') {
      if (e.word.prefix && trie.stems && e.word.text.length >= trie.minStem) stems.push(e.word.text.slice(0, trie.minStem));
      else needs.push(e.word.text);
    }
  }
}

function compilePattern(raw: VerbPattern, trie: TrieOptions, vocab: Vocabulary): CompiledPattern {
  const pattern: VerbPattern = { ...raw, before: splitElements(raw.before), after: splitElements(raw.after) };
  const needs: string[] = [];
  const needStems: string[] = [];
  requiredWords(pattern.before, trie, needs, needStems);
  requiredWords(pattern.after, trie, needs, needStems);
  // Longest first: a long word is usually a rare one, so it rejects soonest and keys the index.
  const byLength = (a: string, b: string): number => b.length - a.length;
  needs.sort(byLength);
  needStems.sort(byLength);
  return {
    pattern, upper: countElements(raw.before), lower: countElements(raw.after),
    needs: needs.map((w) => vocab.id(w)), needStems: needStems.map((w) => vocab.id(w)),
  };
}

function compileFamily(family: Lexicon['verbs'][number], trie: TrieOptions, vocab: Vocabulary): CompiledFamily {
  const patterns = family.patterns
    .map((pattern) => compilePattern(pattern, trie, vocab))
    // Stable sort: most elements before the verb first, then after it; file order breaks ties.
    .sort((a, b) => b.upper - a.upper || b.lower - a.lower);
  const compiled: CompiledFamily = { id: family.id, head: family.head, code: family.code, patterns };
  if (family.pairedCode !== undefined) compiled.pairedCode = family.pairedCode;
  if (patterns.length >= INDEX_FROM) compiled.index = indexPatterns(patterns);
  return compiled;
}

function addVerbForms(map: Map<number, VerbForm[]>, family: CompiledFamily, verb: VerbEntry, vocab: Vocabulary): void {
  const code = verb.code ?? family.code;
  const pairedCode = verb.code !== undefined ? verb.pairedCode : family.pairedCode;
  const seen = new Set<string>();
  for (const form of verbForms(verb)) {
    const words = form.flatMap((w) => splitHyphens(w.toUpperCase()));
    const key = words.join(' ');
    if (seen.has(key) || words.length === 0) continue;
    seen.add(key);
    const ids = words.map((w) => vocab.id(w));
    const entry: VerbForm = { words, ids, family, verb, code };
    if (pairedCode !== undefined) entry.pairedCode = pairedCode;
    const first = ids[0]!;
    const list = map.get(first);
    if (list) list.push(entry);
    else map.set(first, [entry]);
  }
}

export function compileLexicon(lexicon: Lexicon, trie: TrieOptions): CompiledLexicon {
  const vocab = new Vocabulary();
  const actors = new PhraseTrie<ActorEntry>(trie, vocab);
  for (const a of lexicon.actors) actors.add(normalisePhrase(a.words), a);
  const agents = new PhraseTrie<AgentEntry>(trie, vocab);
  for (const a of lexicon.agents) agents.add(normalisePhrase(a.words), a);
  const synsets = new Map<string, PhraseTrie<true>>();
  for (const [name, members] of Object.entries(lexicon.synsets)) {
    const t = new PhraseTrie<true>(trie, vocab);
    for (const m of members) t.add(normalisePhrase(m), true);
    synsets.set(name.toUpperCase(), t);
  }
  const discards = new PhraseTrie<DiscardEntry>(trie, vocab);
  for (const d of lexicon.discards) discards.add(normalisePhrase(d.words), d);
  const issues = new PhraseTrie<IssueEntry>(trie, vocab);
  for (const i of lexicon.issues) issues.add(normalisePhrase(i.words), i);
  const verbs = new Map<number, VerbForm[]>();
  const families = lexicon.verbs.map((f) => compileFamily(f, trie, vocab));
  lexicon.verbs.forEach((family, k) => {
    for (const verb of family.verbs) addVerbForms(verbs, families[k]!, verb, vocab);
  });
  // Longest forms first so "BROKE DOWN" is tried before "BROKE".
  for (const list of verbs.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { name: lexicon.name, vocab, actors, agents, verbs, synsets, discards, issues, families, lexicon };
}
