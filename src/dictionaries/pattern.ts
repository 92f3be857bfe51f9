/**
 * The verb-pattern mini-syntax of TABARI / PETRARCH-2, shared by the dictionary reader and the
 * coder (which compiles the project's own patterns with it):
 *
 *   - &MILITARY * (TO BORDER) {ARMS SHIPMENT} $ + % ^ [154:155]  # comment
 *
 * `*` is the verb; `$` source, `+` target, `%` compound, `^` skip; `&NAME` a synonym set;
 * `{...}` a noun phrase and `(...)` a prepositional phrase (nestable); `_` joins two items that
 * must be adjacent (and makes the word before it match whole; other words are stems).
 */
import type { PatternElement, VerbPattern } from '../domain/index.js';
import { parseEventCode, splitBrackets } from './codes.js';
import { bad } from './lines.js';

export { parsePhrase } from './phrase.js';

const TOKEN = /\s+|&[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*|_+|[{}()]|[^\s_{}()]+/g;
const MARKERS: Record<string, PatternElement> = {
  $: { kind: 'source' },
  '+': { kind: 'target' },
  '%': { kind: 'compound' },
  '^': { kind: 'skip' },
};

interface Frame {
  close: string;
  elements: PatternElement[];
  joined: boolean;
  kind: 'np' | 'pp' | 'top';
}

/** Parses one pattern line (leading `-` and trailing `# comment` optional). Throws a
 * DictionaryError naming what is wrong; the readers turn it into a warning. */
export function parseVerbPattern(text: string, id: string): VerbPattern {
  const hash = text.indexOf('#');
  const raw = (hash >= 0 ? text.slice(0, hash) : text).trim();
  const body = raw.replace(/^-\s*/, '');
  const { head, groups, trailing } = splitBrackets(body);
  if (groups.length === 0) bad(`pattern "${raw}" has no code (expected "[042]" at the end)`);
  if (groups.length > 1 || trailing !== '') bad(`pattern "${raw}" has text after its code`);
  const code = parseEventCode(groups[0] ?? '');
  const parsed = parseElements(head, raw);
  const pattern: VerbPattern = {
    id,
    code: code.code,
    before: parsed.elements.slice(0, parsed.verbAt),
    after: parsed.elements.slice(parsed.verbAt),
    raw,
  };
  if (code.pairedCode !== undefined) pattern.pairedCode = code.pairedCode;
  if (parsed.verbJoined) pattern.verbJoined = true;
  return pattern;
}

function parseElements(text: string, raw: string): { elements: PatternElement[]; verbAt: number; verbJoined: boolean } {
  const stack: Frame[] = [{ close: '', elements: [], joined: false, kind: 'top' }];
  let verbAt = -1;
  let verbJoined = false;
  let prev: 'start' | 'space' | 'underscore' | 'item' = 'start';
  let last: PatternElement | 'verb' | undefined;
  let join = false;
  const top = (): Frame => stack[stack.length - 1] as Frame;
  const push = (el: PatternElement): void => {
    if (join) el.joined = true;
    top().elements.push(el);
    join = false;
    prev = 'item';
    last = el;
  };
  for (const match of text.matchAll(TOKEN)) {
    const tok = match[0];
    if (/^\s/.test(tok)) { prev = 'space'; join = false; continue; }
    if (tok[0] === '_') {
      if (prev === 'item') {
        join = true;
        if (last !== undefined && last !== 'verb' && last.kind === 'word') last.word.prefix = false;
      }
      prev = 'underscore';
      continue;
    }
    if (tok === '{' || tok === '(') {
      stack.push({ close: tok === '{' ? '}' : ')', elements: [], joined: join, kind: tok === '{' ? 'np' : 'pp' });
      join = false;
      prev = 'start';
      continue;
    }
    if (tok === '}' || tok === ')') {
      const frame = top();
      if (frame.close !== tok) bad(`pattern "${raw}" has an unbalanced "${tok}"`);
      if (frame.elements.length === 0) bad(`pattern "${raw}" has an empty group`);
      stack.pop();
      join = frame.joined;
      push({ kind: frame.kind === 'np' ? 'np' : 'pp', elements: frame.elements });
      continue;
    }
    if (tok === '*') {
      if (stack.length > 1) bad(`pattern "${raw}" has the verb "*" inside a group`);
      if (verbAt >= 0) bad(`pattern "${raw}" has two verb markers "*"`);
      verbAt = top().elements.length;
      verbJoined = join;
      join = false;
      prev = 'item';
      last = 'verb';
      continue;
    }
    push(element(tok, raw));
  }
  if (stack.length > 1) bad(`pattern "${raw}" has an unclosed "${stack.length > 1 ? (top().kind === 'np' ? '{' : '(') : ''}"`);
  if (verbAt < 0) bad(`pattern "${raw}" has no verb marker "*"`);
  return { elements: top().elements, verbAt, verbJoined };
}

function element(tok: string, raw: string): PatternElement {
  const marker = MARKERS[tok];
  if (marker) return { ...marker };
  if (tok[0] === '&') {
    if (!/^&[A-Za-z0-9]/.test(tok)) bad(`pattern "${raw}" has "&" without a synonym-set name`);
    return { kind: 'synset', name: tok.slice(1).toUpperCase() };
  }
  if (tok.includes('*')) bad(`pattern "${raw}": "*" must stand alone, not inside "${tok}"`);
  return { kind: 'word', word: { text: tok.toUpperCase(), prefix: true } };
}
