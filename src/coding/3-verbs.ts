/**
 * Step 3 — verbs. Each verb group's main verb is looked up among the dictionary's verb forms
 * (multi-word forms first: "broke down", "wire tapped", "cordoned off"), then its family's
 * patterns are tried, most specific first; the first that matches gives the code and may bind
 * source / target / compound. A `---` pattern matches and codes nothing.
 */
import type { CompiledLexicon, CompiledPattern, VerbForm } from './compile.js';
import { candidatePatterns, mayMatch } from './pattern-index.js';
import { matchBack, matchSeq } from './pattern-match.js';
import type { Bindings, MatchContext } from './pattern-match.js';
import type { VerbGroup } from './types.js';

export interface VerbMatch {
  group: VerbGroup;
  form: VerbForm;
  /** Word span of the dictionary verb. */
  start: number;
  end: number;
  pattern?: CompiledPattern;
  code: string;
  pairedCode?: string;
  bindings: Bindings;
  rule: string;
}

interface Found {
  form: VerbForm;
  start: number;
  end: number;
}

/** Dictionary verbs of a group: every form covering the group's head, longest first (several
 * families may list the same word, as PETR.Validate does with SHOT). */
export function lookupVerb(ctx: MatchContext, lex: CompiledLexicon, g: VerbGroup, lemmas = false): Found[] {
  if (g.head < 0) return [];
  const found = formsAt(ctx.ids, lex, g.head);
  // Irregular forms the dictionary does not list ("met", "struck", "spoke"): try the tagger's
  // lemma in the head's place.
  const head = ctx.words[g.head]!;
  if (found.length === 0 && lemmas && head.lemma !== head.up) {
    const ids = ctx.ids.slice();
    ids[g.head] = lex.vocab.ofText(head.lemma);
    found.push(...formsAt(ids, lex, g.head));
  }
  return found.sort((a, b) => b.end - b.start - (a.end - a.start));
}

function formsAt(ids: Int32Array, lex: CompiledLexicon, head: number): Found[] {
  const found: Found[] = [];
  // A multi-word verb may start a word or two before its inflected word ("wire tapped").
  for (let s = Math.max(0, head - 2); s <= head; s++) {
    const forms = lex.verbs.get(ids[s]!);
    if (!forms) continue;
    for (const form of forms) {
      const end = s + form.ids.length;
      if (end <= head || end > ids.length) continue;
      let ok = true;
      for (let k = 0; k < form.ids.length && ok; k++) ok = ids[s + k] === form.ids[k];
      if (ok) found.push({ form, start: s, end });
    }
  }
  return found;
}

function tryPatterns(ctx: MatchContext, f: Found, g: VerbGroup, upperFrom: number, lowerTo: number): VerbMatch | undefined {
  const { form, start, end } = f;
  const family = form.family;
  const n = family.patterns.length;
  const flags = family.index ? candidatePatterns(ctx, family.index, n) : undefined;
  for (let k = 0; k < n; k++) {
    if (flags && flags[k] === 0) continue;
    const cp = family.patterns[k]!;
    if (!mayMatch(ctx, cp.needs, cp.needStems)) continue;
    const b: Bindings = {};
    const p = cp.pattern;
    if (p.after.length > 0 && matchSeq(ctx, p.after, 0, end, lowerTo, b, false) < 0) continue;
    if (p.before.length > 0 && matchBack(ctx, p.before, start, upperFrom, b, p.verbJoined === true) < 0) continue;
    const m: VerbMatch = { group: g, form, start, end, pattern: cp, code: p.code, bindings: b, rule: p.id };
    if (p.pairedCode !== undefined) m.pairedCode = p.pairedCode;
    return m;
  }
  return undefined;
}

/** The first family whose pattern matches gives the code; otherwise the first verb with a code
 * of its own or of its family. `lowerTo` bounds the words after the verb. */
export function matchVerb(ctx: MatchContext, lex: CompiledLexicon, g: VerbGroup, upperFrom: number, lowerTo: number, lemmas = false): VerbMatch | undefined {
  const found = lookupVerb(ctx, lex, g, lemmas);
  if (found.length === 0) return undefined;
  const longest = found[0]!.end - found[0]!.start;
  for (const f of found) {
    if (f.end - f.start < longest) break;
    const m = tryPatterns(ctx, f, g, upperFrom, lowerTo);
    if (m) return m;
  }
  const f = found.find((x) => x.form.code !== '---') ?? found[0]!;
  const m: VerbMatch = { group: g, form: f.form, start: f.start, end: f.end, code: f.form.code, bindings: {}, rule: f.form.verb.id };
  if (f.form.pairedCode !== undefined) m.pairedCode = f.form.pairedCode;
  return m;
}
