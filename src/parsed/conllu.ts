/**
 * CoNLL-U dependency parses (Universal Dependencies): one word a line, ten tab-separated
 * columns (ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC), `#` comments, a blank line
 * after each sentence. Multi-word token lines (`1-2`) and empty nodes (`8.1`) are kept apart
 * from the basic tree.
 */
import { InputError } from '../errors.js';
import type { DependencyTree, DepToken } from './tree.js';

const FIELDS = ['ID', 'FORM', 'LEMMA', 'UPOS', 'XPOS', 'FEATS', 'HEAD', 'DEPREL', 'DEPS', 'MISC'] as const;

export function readConllu(text: string, source?: string): DependencyTree[] {
  const trees: DependencyTree[] = [];
  let current: DependencyTree | undefined;
  const heads: { line: number; token: DepToken }[] = [];
  const start = (line: number): DependencyTree =>
    (current ??= { kind: 'dependency', tokens: [], multiwords: [], emptyNodes: [], comments: [], line });
  const finish = (): void => {
    if (!current) return;
    if (current.tokens.length === 0) throw fail('sentence has no word lines', current.line, source);
    for (const { line, token } of heads) {
      if (token.head > current.tokens.length) {
        throw fail(`HEAD ${token.head} of word ${token.id} points past the last word (${current.tokens.length})`, line, source, 'HEAD');
      }
    }
    trees.push(current);
    current = undefined;
    heads.length = 0;
  };

  const lines = text.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const no = k + 1;
    const line = (lines[k] ?? '').replace(/\r$/, '');
    if (line.trim() === '') { finish(); continue; }
    const tree = start(no);
    if (line.startsWith('#')) {
      const comment = line.slice(1).trim();
      const kv = /^(sent_id|text)\s*=\s*(.*)$/.exec(comment);
      if (kv?.[1] === 'sent_id') tree.id = kv[2] ?? '';
      else if (kv?.[1] === 'text') tree.text = kv[2] ?? '';
      else tree.comments.push(comment);
      continue;
    }
    const cols = line.split('\t');
    if (cols.length !== 10) {
      throw fail(`expected 10 tab-separated columns (${FIELDS.join(' ')}), found ${cols.length}`, no, source);
    }
    const [id = '', form = '', lemma = '', upos = '', xpos = '', feats = '', head = '', deprel = '', deps = '', misc = ''] = cols;
    const range = /^(\d+)-(\d+)$/.exec(id);
    if (range) {
      const mw = { from: Number(range[1]), to: Number(range[2]), form };
      tree.multiwords.push(misc === '_' ? mw : { ...mw, misc });
      continue;
    }
    if (/^\d+\.\d+$/.test(id)) {
      tree.emptyNodes.push(deps === '_' ? { id, form } : { id, form, deps });
      continue;
    }
    if (!/^\d+$/.test(id)) throw fail(`ID "${id}" is not a word number, a range (1-2) or an empty node (8.1)`, no, source, 'ID');
    const expected = tree.tokens.length + 1;
    if (Number(id) !== expected) throw fail(`word ID ${id} out of order (expected ${expected})`, no, source, 'ID');
    if (!/^\d+$/.test(head)) throw fail(`HEAD "${head}" is not a word number (0 for the root)`, no, source, 'HEAD');
    if (deprel === '' || deprel === '_') throw fail('DEPREL is missing', no, source, 'DEPREL');
    const token: DepToken = { id: expected, form, upos, head: Number(head), deprel };
    const optional = { lemma, xpos, feats, deps, misc };
    for (const [key, value] of Object.entries(optional) as [keyof typeof optional, string][]) {
      if (value !== '_' && value !== '') token[key] = value;
    }
    tree.tokens.push(token);
    heads.push({ line: no, token });
  }
  finish();
  return trees;
}

function fail(message: string, line: number, source: string | undefined, field?: string): InputError {
  const location = { ...(source === undefined ? {} : { file: source }), line, ...(field === undefined ? {} : { field }) };
  return new InputError('INPUT_FORMAT', `CoNLL-U: ${message}`, {
    location,
    hint: 'each word line needs 10 tab-separated columns; sentences end with a blank line',
  });
}
