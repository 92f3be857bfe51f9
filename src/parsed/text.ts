/**
 * Sentence text from parse tokens: undoes the Penn Treebank escapes (-LRB-, ``, '') and puts
 * punctuation and clitics back against their words ("Gondor 's" -> "Gondor's").
 */
import type { ParseTree } from './tree.js';

const ESCAPES: Record<string, string> = {
  '-LRB-': '(', '-RRB-': ')', '-LSB-': '[', '-RSB-': ']', '-LCB-': '{', '-RCB-': '}',
  '``': '"', "''": '"',
};

/** A PTB token as plain text. */
export function unescapePtb(word: string): string {
  return ESCAPES[word.toUpperCase()] ?? word.replace(/\\([/*])/g, '$1');
}

// Tokens that attach to the word before them.
const ATTACH_LEFT = /^(?:[,.;:!?%)\]}]|\.\.\.|'s|'S|'|n't|N'T|'re|'RE|'ve|'VE|'ll|'LL|'d|'D|'m|'M|-RRB-|-RSB-|-RCB-|'')$/;
// Tokens the next word attaches to.
const ATTACH_RIGHT = /^(?:[([{$#]|-LRB-|-LSB-|-LCB-|``)$/;

/** Joins PTB tokens into text. Plain `"` tokens alternate between opening and closing. */
export function detokenize(words: readonly string[]): string {
  let out = '';
  let glueNext = true;
  let quoteOpen = false;
  for (const word of words) {
    let left = ATTACH_LEFT.test(word);
    let right = ATTACH_RIGHT.test(word);
    if (word === '"') {
      right = !quoteOpen;
      left = quoteOpen;
      quoteOpen = !quoteOpen;
    }
    if (out !== '' && !glueNext && !left) out += ' ';
    out += unescapePtb(word);
    glueNext = right;
  }
  return out;
}

/** The sentence a tree stands for: its `# text` when a CoNLL-U tree gives one, otherwise
 * rebuilt from the words (CoNLL-U `SpaceAfter=No` and multi-word tokens are honoured). */
export function sentenceText(tree: ParseTree): string {
  if (tree.kind === 'constituency') return detokenize(tree.leaves.map((l) => l.word));
  if (tree.text !== undefined) return tree.text;
  let out = '';
  for (let i = 0; i < tree.tokens.length; i++) {
    const token = tree.tokens[i];
    if (!token) continue;
    const mw = tree.multiwords.find((m) => m.from === token.id);
    const form = mw ? mw.form : token.form;
    const misc = mw ? mw.misc : token.misc;
    if (mw) i += mw.to - mw.from;
    out += form;
    if (!/(?:^|\|)SpaceAfter=No(?:\||$)/.test(misc ?? '')) out += ' ';
  }
  return out.trimEnd();
}
