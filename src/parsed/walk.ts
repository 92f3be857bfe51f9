/**
 * Helpers over parse trees: leaves in order, nodes by label, and the head word of a phrase
 * (the noun of a noun phrase, the main verb of a verb phrase or clause).
 */
import type { DependencyTree, DepToken, ParseNode, ParseTree, TreeLeaf, TreeNode } from './tree.js';

/** Words in sentence order. A dependency tree's words become leaves tagged XPOS (else UPOS). */
export function leaves(tree: ParseTree | ParseNode): TreeLeaf[] {
  if (tree.kind === 'constituency') return tree.leaves;
  if (tree.kind === 'dependency') {
    return tree.tokens.map((t) => ({ kind: 'leaf', tag: t.xpos ?? t.upos, word: t.form, index: t.id - 1 }));
  }
  const out: TreeLeaf[] = [];
  const walk = (node: ParseNode): void => {
    if (node.kind === 'leaf') out.push(node);
    else for (const child of node.children) walk(child);
  };
  walk(tree);
  return out;
}

/** `NP-SBJ-1` and `NP=2` are NPs; `-NONE-` stays itself. */
export function baseLabel(label: string): string {
  if (label.startsWith('-')) return label;
  return label.split(/[-=]/)[0] ?? label;
}

/** Phrases whose base label is `label` (or that satisfy it), outermost first, in text order. */
export function findNodes(tree: ParseTree | TreeNode, label: string | ((node: TreeNode) => boolean)): TreeNode[] {
  const root = tree.kind === 'constituency' ? tree.root : tree.kind === 'node' ? tree : undefined;
  if (!root) return [];
  const test = typeof label === 'string' ? (n: TreeNode) => baseLabel(n.label) === label : label;
  const out: TreeNode[] = [];
  const walk = (node: TreeNode): void => {
    if (test(node)) out.push(node);
    for (const child of node.children) if (child.kind === 'node') walk(child);
  };
  walk(root);
  return out;
}

export const isNounTag = (tag: string): boolean => /^(?:NN|NNS|NNP|NNPS|PRP|NX)$/.test(tag);
/** Penn verb tags, plus the AUX* tags PETRARCH's records use for auxiliaries. */
export const isVerbTag = (tag: string): boolean => /^(?:VB[DGNPZ]?|MD|AUX[A-Z]*)$/.test(tag);

const NOUN_PHRASES = new Set(['NP', 'NX', 'NML', 'WHNP']);
const CLAUSES = new Set(['S', 'SINV', 'SQ', 'SBARQ', 'ROOT', '']);

/**
 * The head word of a phrase: for a noun phrase its last noun (searching nested NPs first), for
 * a verb phrase its main verb (through auxiliary chains: "has (VP been (VP expelled))" gives
 * "expelled"), for a clause the head of its verb phrase, for a PP its preposition.
 */
export function headLeaf(node: ParseNode): TreeLeaf | undefined {
  if (node.kind === 'leaf') return node;
  const label = baseLabel(node.label);
  if (NOUN_PHRASES.has(label)) return nounHead(node);
  if (label === 'VP') return verbHead(node);
  if (label === 'PP') return leafChild(node, (t) => t === 'IN' || t === 'TO') ?? firstHead(node);
  if (CLAUSES.has(label)) {
    const vp = node.children.find((c): c is TreeNode => c.kind === 'node' && baseLabel(c.label) === 'VP');
    if (vp) return verbHead(vp);
    const inner = node.children.find((c): c is TreeNode => c.kind === 'node' && CLAUSES.has(baseLabel(c.label)));
    if (inner) return headLeaf(inner);
  }
  return firstHead(node);
}

function nounHead(np: TreeNode): TreeLeaf | undefined {
  for (let i = np.children.length - 1; i >= 0; i--) {
    const c = np.children[i] as ParseNode;
    if (c.kind === 'leaf' && isNounTag(c.tag)) return c;
  }
  const nested = np.children.find((c): c is TreeNode => c.kind === 'node' && NOUN_PHRASES.has(baseLabel(c.label)));
  if (nested) return nounHead(nested);
  const last = np.children[np.children.length - 1];
  return last?.kind === 'leaf' ? last : last ? headLeaf(last) : undefined;
}

function verbHead(vp: TreeNode): TreeLeaf | undefined {
  return mainVerb(vp) ?? firstHead(vp);
}

/** The deepest verb down a chain of nested VPs, or undefined when the chain holds none. */
function mainVerb(vp: TreeNode): TreeLeaf | undefined {
  const inner = vp.children.find((c): c is TreeNode => c.kind === 'node' && baseLabel(c.label) === 'VP');
  return (inner ? mainVerb(inner) : undefined) ?? leafChild(vp, isVerbTag);
}

function leafChild(node: TreeNode, test: (tag: string) => boolean): TreeLeaf | undefined {
  return node.children.find((c): c is TreeLeaf => c.kind === 'leaf' && test(c.tag));
}

function firstHead(node: TreeNode): TreeLeaf | undefined {
  const first = node.children[0];
  return first ? headLeaf(first) : undefined;
}

/** Dependency view: the root word, and the words that depend on a given word. */
export function depRoot(tree: DependencyTree): DepToken | undefined {
  return tree.tokens.find((t) => t.head === 0);
}

export function depChildren(tree: DependencyTree, id: number): DepToken[] {
  return tree.tokens.filter((t) => t.head === id);
}
