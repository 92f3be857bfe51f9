/**
 * Step 2 from a supplied constituency parse: words with the tree's Penn tags, base noun phrases
 * from the lowest NPs, verb groups from the tags, and clauses from S / SBAR nodes and coordinated
 * VPs — the same Phrases the chunker produces from raw text, so the later steps are shared.
 */
import { baseLabel, unescapePtb } from '../parsed/index.js';
import type { ConstituencyTree, ParseNode, TreeNode } from '../parsed/index.js';
import { chunkVerbs } from './chunker.js';
import type { Clause, ClauseKind, Phrases, VerbGroup, Word, WordSpan } from './types.js';
import { buildWords } from './words.js';
import type { RawWord } from './words.js';

const ADVERBIAL = /^(AFTER|BEFORE|SINCE|UNTIL|WHILE|WHEN|BECAUSE|ALTHOUGH|THOUGH|UNLESS|IF|AS|WHEREAS|ONCE|WHERE)$/;

export interface TreeSentence {
  text: string;
  words: Word[];
  phrases: Phrases;
}

function leafSpan(node: ParseNode): [number, number] {
  if (node.kind === 'leaf') return [node.index, node.index + 1];
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of node.children) {
    const [a, b] = leafSpan(c);
    lo = Math.min(lo, a);
    hi = Math.max(hi, b);
  }
  return [lo, hi];
}

function firstLeaf(node: ParseNode): ParseNode {
  let n = node;
  while (n.kind === 'node' && n.children.length > 0) n = n.children[0]!;
  return n;
}

export function treePhrases(tree: ConstituencyTree): TreeSentence {
  // Words and a leaf -> word map (hyphenated leaves split into several words).
  const raw: RawWord[] = [];
  let text = '';
  for (const leaf of tree.leaves) {
    const w = unescapePtb(leaf.word);
    if (text !== '') text += ' ';
    raw.push({ text: w, pos: leaf.tag, start: text.length, end: text.length + w.length });
    text += w;
  }
  const words = buildWords(raw);
  const firstWord: number[] = [];
  const lastWord: number[] = [];
  let k = 0;
  raw.forEach((r, li) => {
    while (k < words.length && words[k]!.end <= r.start) k++;
    firstWord[li] = k;
    let e = k;
    while (e < words.length && words[e]!.start < r.end) e++;
    lastWord[li] = e;
  });
  const span = (node: ParseNode): WordSpan => {
    const [a, b] = leafSpan(node);
    return { start: firstWord[a] ?? 0, end: lastWord[b - 1] ?? words.length };
  };
  // Verbs used as modifiers inside noun phrases are adjectives for the coder.
  const nps: WordSpan[] = [];
  const clauses: Clause[] = [{ id: 0, start: 0, end: words.length, parent: -1, kind: 'main' }];
  const clauseOf = new Int32Array(words.length);
  const open = (node: TreeNode, parent: number, kind: ClauseKind, antecedent?: number): number => {
    const s = span(node);
    const c: Clause = { id: clauses.length, start: s.start, end: s.end, parent, kind };
    if (antecedent !== undefined) c.antecedent = antecedent;
    clauses.push(c);
    for (let i = s.start; i < s.end; i++) clauseOf[i] = c.id;
    return c.id;
  };
  const walk = (node: TreeNode, clause: number, parentNode: TreeNode | undefined, index: number): void => {
    const label = baseLabel(node.label);
    let here = clause;
    if (label === 'NP' && !node.children.some((c) => c.kind === 'node' && baseLabel(c.label) === 'NP')) {
      nps.push(span(node));
      for (const c of node.children) {
        if (c.kind === 'leaf' && /^VB[GN]$/.test(c.tag)) {
          const s = span(c);
          for (let i = s.start; i < s.end; i++) words[i]!.tag = 'ADJ';
        }
      }
    }
    const parentLabel = parentNode ? baseLabel(parentNode.label) : '';
    if (label === 'SBAR') {
      const lead = firstLeaf(node);
      const leadWord = lead.kind === 'leaf' ? unescapePtb(lead.word).toUpperCase() : '';
      const whFirst = node.children[0]?.kind === 'node' && /^WH/.test(baseLabel(node.children[0].label));
      let kind: ClauseKind = 'comp';
      let antecedent: number | undefined;
      const inner = node.children.find((c): c is TreeNode => c.kind === 'node' && baseLabel(c.label) === 'S');
      const innerHasSubject = inner?.children.some((c) => c.kind === 'node' && baseLabel(c.label) === 'NP') ?? false;
      // "hopes that Osgiliath could be drawn": a clause with its own subject is a complement,
      // whatever the parser called "that".
      if (leadWord === 'THAT' && innerHasSubject) {
        kind = 'comp';
      } else if (whFirst && !/^(WHEN|WHERE|WHY|HOW)$/.test(leadWord)) {
        kind = 'rel';
        if (parentLabel === 'NP' && parentNode) {
          const first = parentNode.children[0];
          if (first) antecedent = span(first).end - 1;
        }
      } else if (ADVERBIAL.test(leadWord) || whFirst) kind = 'adv';
      here = open(node, clause, kind, antecedent);
    } else if ((label === 'S' || label === 'SINV' || label === 'SQ') && parentLabel !== 'SBAR' && parentNode && parentLabel !== 'ROOT' && parentLabel !== '') {
      const vp = node.children.find((c): c is TreeNode => c.kind === 'node' && baseLabel(c.label) === 'VP');
      const lead = vp ? firstLeaf(vp) : undefined;
      const hasSubject = node.children.some((c) => c.kind === 'node' && baseLabel(c.label) === 'NP');
      let kind: ClauseKind = 'comp';
      let antecedent: number | undefined;
      if (lead?.kind === 'leaf' && lead.tag === 'TO' && !hasSubject) kind = 'inf';
      else if (!hasSubject && lead?.kind === 'leaf' && /^VB[DPZ]?$/.test(lead.tag)) kind = 'inf'; // "did (S allow ...)": same subject
      else if (lead?.kind === 'leaf' && /^VB[GN]$/.test(lead.tag) && !hasSubject) {
        // "the roads leading into Mordor": a participle after a noun modifies it.
        kind = parentLabel === 'NP' ? 'rel' : 'part';
        if (kind === 'rel' && parentNode?.children[0]) antecedent = span(parentNode.children[0]).end - 1;
      } else if (parentLabel === 'S' || parentLabel === 'SINV') kind = 'main';
      here = open(node, kind === 'main' ? clauses[clause]!.parent : clause, kind, antecedent);
    } else if (label === 'VP' && parentNode && baseLabel(parentNode.label) === 'VP' && index > 0) {
      const prev = parentNode.children.slice(0, index);
      if (prev.some((c) => c.kind === 'leaf' && c.tag === 'CC')) here = open(node, clause, 'coord');
    }
    node.children.forEach((c, i) => {
      if (c.kind === 'node') walk(c, here, node, i);
    });
  };
  walk(tree.root, 0, undefined, 0);
  // Clause ids must follow text order for the flat scans; renumber by start.
  const order = [...clauses].sort((a, b) => a.start - b.start || a.id - b.id);
  const newId = new Map(order.map((c, i) => [c.id, i]));
  const renumbered = order.map((c) => ({ ...c, id: newId.get(c.id)!, parent: c.parent < 0 ? -1 : newId.get(c.parent)! }));
  for (let i = 0; i < clauseOf.length; i++) clauseOf[i] = newId.get(clauseOf[i]!)!;
  const verbs: VerbGroup[] = chunkVerbs(words).map((g) => ({ ...g, clause: clauseOf[g.head >= 0 ? g.head : g.start] ?? 0 }));
  return { text, words, phrases: { nps, verbs, clauses: renumbered, clauseOf } };
}
