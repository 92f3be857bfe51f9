/**
 * Compiles a Lexicon once into the structures the steps walk: word tries for actors, agents,
 * synsets, discards and issues, a map from every verb form to its family, and patterns sorted so
 * the first that matches is the most specific. Nothing per sentence is derived from the raw lexicon.
 */
import type { ActorEntry, AgentEntry, DiscardEntry, IssueEntry, Lexicon, PatternElement, PhraseWord, VerbEntry, VerbPattern } from '../domain/index.js';
import { verbForms } from '../dictionaries/index.js';
import { PhraseTrie } from './trie.js';
import type { TrieOptions } from './trie.js';
import { splitHyphens } from './words.js';

export interface CompiledFamily {
  id: string;
  head: string;
  code: string;
  pairedCode?: string;
  patterns: CompiledPattern[];
}

export interface CompiledPattern {
  /** The pattern with hyphenated words split the way input words are. */
  pattern: VerbPattern;
  /** Number of elements before / after the verb: the sort keys (before first, as PETRARCH). */
  upper: number;
  lower: number;
  /** Whole words the sentence must contain for the pattern to have a chance (a fast reject). */
  needs: string[];
  /** Leading letters of stem words the sentence must contain. */
  needStems: string[];
}

/** One surface form of a dictionary verb, e.g. ["BROKE", "DOWN"]. */
export interface VerbForm {
  words: string[];
  family: CompiledFamily;
  verb: VerbEntry;
  code: string;
  pairedCode?: string;
}

export interface CompiledLexicon {
  name: string;
  actors: PhraseTrie<ActorEntry>;
  agents: PhraseTrie<AgentEntry>;
  /** Verb forms by their first word. */
  verbs: Map<string, VerbForm[]>;
  synsets: Map<string, PhraseTrie<true>>;
  discards: PhraseTrie<DiscardEntry>;
  issues: PhraseTrie<IssueEntry>;
  families: CompiledFamily[];
  lexicon: Lexicon;
}

/** Splits hyphenated dictionary words the way input words are split (see words.ts). */
export function normalisePhrase(words: readonly PhraseWord[]): PhraseWord[] {
  const out: PhraseWord[] = [];
  for (const w of words) {
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

function compilePattern(raw: VerbPattern, trie: TrieOptions): CompiledPattern {
  const pattern: VerbPattern = { ...raw, before: splitElements(raw.before), after: splitElements(raw.after) };
  const needs: string[] = [];
  const needStems: string[] = [];
  requiredWords(pattern.before, trie, needs, needStems);
  requiredWords(pattern.after, trie, needs, needStems);
  return { pattern, upper: countElements(raw.before), lower: countElements(raw.after), needs, needStems };
}

function compileFamily(family: Lexicon['verbs'][number], trie: TrieOptions): CompiledFamily {
  const patterns = family.patterns
    .map((pattern) => compilePattern(pattern, trie))
    // Stable sort: most elements before the verb first, then after it; file order breaks ties.
    .sort((a, b) => b.upper - a.upper || b.lower - a.lower);
  const compiled: CompiledFamily = { id: family.id, head: family.head, code: family.code, patterns };
  if (family.pairedCode !== undefined) compiled.pairedCode = family.pairedCode;
  return compiled;
}

function addVerbForms(map: Map<string, VerbForm[]>, family: CompiledFamily, verb: VerbEntry): void {
  const code = verb.code ?? family.code;
  const pairedCode = verb.code !== undefined ? verb.pairedCode : family.pairedCode;
  const seen = new Set<string>();
  for (const form of verbForms(verb)) {
    const words = form.flatMap((w) => splitHyphens(w.toUpperCase()));
    const key = words.join(' ');
    if (seen.has(key) || words.length === 0) continue;
    seen.add(key);
    const entry: VerbForm = { words, family, verb, code };
    if (pairedCode !== undefined) entry.pairedCode = pairedCode;
    const first = words[0]!;
    const list = map.get(first);
    if (list) list.push(entry);
    else map.set(first, [entry]);
  }
}

export function compileLexicon(lexicon: Lexicon, trie: TrieOptions): CompiledLexicon {
  const actors = new PhraseTrie<ActorEntry>(trie);
  for (const a of lexicon.actors) actors.add(normalisePhrase(a.words), a);
  const agents = new PhraseTrie<AgentEntry>(trie);
  for (const a of lexicon.agents) agents.add(normalisePhrase(a.words), a);
  const synsets = new Map<string, PhraseTrie<true>>();
  for (const [name, members] of Object.entries(lexicon.synsets)) {
    const t = new PhraseTrie<true>(trie);
    for (const m of members) t.add(normalisePhrase(m), true);
    synsets.set(name.toUpperCase(), t);
  }
  const discards = new PhraseTrie<DiscardEntry>(trie);
  for (const d of lexicon.discards) discards.add(normalisePhrase(d.words), d);
  const issues = new PhraseTrie<IssueEntry>(trie);
  for (const i of lexicon.issues) issues.add(normalisePhrase(i.words), i);
  const verbs = new Map<string, VerbForm[]>();
  const families = lexicon.verbs.map((f) => compileFamily(f, trie));
  lexicon.verbs.forEach((family, k) => {
    for (const verb of family.verbs) addVerbForms(verbs, families[k]!, verb);
  });
  // Longest forms first so "BROKE DOWN" is tried before "BROKE".
  for (const list of verbs.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { name: lexicon.name, actors, agents, verbs, synsets, discards, issues, families, lexicon };
}
