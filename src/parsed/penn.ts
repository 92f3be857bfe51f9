/**
 * Penn Treebank bracketed parses, as in the `<Parse>` elements of the PETRARCH records:
 * `(ROOT (S (NP (NNP Arnor)) (VP (VBZ is) ...) (. .)))`, spread over lines with any spacing.
 * A leaf is a bracket holding a tag and one word; everything else is a phrase.
 */
import { InputError } from '../errors.js';
import type { ConstituencyTree, TreeLeaf, TreeNode } from './tree.js';

interface Frame {
  label: string | undefined;
  children: (TreeNode | TreeLeaf)[];
  words: string[];
  line: number;
}

/** Reads exactly one tree; `source` names the input in errors. */
export function readPennTree(text: string, source?: string): ConstituencyTree {
  const trees = readPennTrees(text, source);
  if (trees.length !== 1) {
    throw fail(trees.length === 0 ? 'no parse tree found' : `expected one parse tree, found ${trees.length}`, 1, source);
  }
  return trees[0] as ConstituencyTree;
}

/** Reads every top-level tree in the text, in order. */
export function readPennTrees(text: string, source?: string): ConstituencyTree[] {
  const trees: ConstituencyTree[] = [];
  const stack: Frame[] = [];
  let leaves: TreeLeaf[] = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i] as string;
    if (ch === '\n') { line++; i++; continue; }
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f') { i++; continue; }
    if (ch === '(') {
      stack.push({ label: undefined, children: [], words: [], line });
      i++;
      continue;
    }
    if (ch === ')') {
      const frame = stack.pop();
      if (!frame) throw fail('unbalanced ")": no "(" is open here', line, source);
      const built = build(frame, leaves.length, source);
      if (built.kind === 'leaf') leaves.push(built);
      const parent = stack[stack.length - 1];
      if (parent) {
        parent.children.push(built);
      } else {
        if (built.kind === 'leaf') throw fail(`a tree must be a phrase, not the lone word "${built.word}"`, frame.line, source);
        trees.push({ kind: 'constituency', root: built, leaves });
        leaves = [];
      }
      i++;
      continue;
    }
    let j = i;
    while (j < n && !/[\s()]/.test(text[j] as string)) j++;
    const atom = text.slice(i, j);
    const top = stack[stack.length - 1];
    if (!top) throw fail(`"${atom}" is outside any bracket`, line, source);
    if (top.label === undefined && top.children.length === 0 && top.words.length === 0) top.label = atom;
    else if (top.children.length > 0) throw fail(`word "${atom}" sits beside phrases in (${top.label ?? ''} ...); a word needs its own (TAG word) bracket`, line, source);
    else top.words.push(atom);
    i = j;
  }
  const open = stack[stack.length - 1];
  if (open) throw fail(`unbalanced "(" opened here is never closed (${stack.length} open at the end)`, stack[0]?.line ?? open.line, source);
  return trees;
}

function build(frame: Frame, index: number, source: string | undefined): TreeNode | TreeLeaf {
  const label = frame.label ?? '';
  if (frame.words.length > 0) {
    if (frame.words.length > 1) throw fail(`(${label} ${frame.words.join(' ')}) holds ${frame.words.length} words; expected (TAG word)`, frame.line, source);
    return { kind: 'leaf', tag: label, word: frame.words[0] as string, index };
  }
  if (frame.children.length === 0) {
    throw fail(frame.label === undefined ? 'empty brackets "()"' : `(${label}) has neither a word nor phrases`, frame.line, source);
  }
  return { kind: 'node', label, children: frame.children };
}

function fail(message: string, line: number, source: string | undefined): InputError {
  return new InputError('INPUT_FORMAT', `Penn tree: ${message}`, {
    location: source === undefined ? { line } : { file: source, line },
    hint: 'expected Penn Treebank brackets such as (S (NP (NNP Arnor)) (VP (VBZ is)))',
  });
}
