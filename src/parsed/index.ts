/**
 * Readers for parses supplied with the input (Penn Treebank brackets, CoNLL-U) and helpers the
 * coder uses on them.
 */
export { readPennTree, readPennTrees } from './penn.js';
export { readConllu } from './conllu.js';
export { leaves, findNodes, baseLabel, headLeaf, isNounTag, isVerbTag, depRoot, depChildren } from './walk.js';
export { sentenceText, detokenize, unescapePtb } from './text.js';
export type {
  ParseTree, ParseNode, TreeNode, TreeLeaf, ConstituencyTree, DependencyTree, DepToken, MultiwordToken, EmptyNode,
} from './tree.js';
