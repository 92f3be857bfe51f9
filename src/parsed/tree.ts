/**
 * Parse trees supplied with the input: constituency trees (Penn Treebank brackets, as in the
 * PETRARCH records) and dependency trees (CoNLL-U). Both expose their words as leaves in
 * order, so the coder can read either.
 */

/** A word of a constituency tree: `(NN embassy)`. `index` is its 0-based position. */
export interface TreeLeaf {
  kind: 'leaf';
  tag: string;
  /** The word as written in the tree, PTB escapes included (`-LRB-`, `` `` ``). */
  word: string;
  index: number;
}

/** A phrase: `(NP (DT the) (NN embassy))`. The outermost bracket may have an empty label. */
export interface TreeNode {
  kind: 'node';
  label: string;
  children: (TreeNode | TreeLeaf)[];
}

export type ParseNode = TreeNode | TreeLeaf;

export interface ConstituencyTree {
  kind: 'constituency';
  root: TreeNode;
  /** All leaves in sentence order (leaves[i].index === i). */
  leaves: TreeLeaf[];
}

/** A CoNLL-U word line. `id` is 1-based; `head` 0 is the root. */
export interface DepToken {
  id: number;
  form: string;
  lemma?: string;
  upos: string;
  xpos?: string;
  feats?: string;
  head: number;
  deprel: string;
  deps?: string;
  misc?: string;
}

/** A CoNLL-U multi-word token (`1-2 del`): its surface form spans words `from..to`. */
export interface MultiwordToken {
  from: number;
  to: number;
  form: string;
  misc?: string;
}

/** An empty node of an enhanced graph (`8.1`): kept, but outside the basic tree. */
export interface EmptyNode {
  id: string;
  form: string;
  deps?: string;
}

export interface DependencyTree {
  kind: 'dependency';
  /** `# sent_id = ...` when given. */
  id?: string;
  /** `# text = ...` when given. */
  text?: string;
  tokens: DepToken[];
  multiwords: MultiwordToken[];
  emptyNodes: EmptyNode[];
  /** Other `#` comment lines, without the `#`. */
  comments: string[];
  /** 1-based line of the first line of the sentence in its file. */
  line: number;
}

export type ParseTree = ConstituencyTree | DependencyTree;
