/**
 * Bracketed codes: `[042]`, `[042:043]`, `[:173]`, `[---]` for events; the bracket scanner the
 * line readers use to pull `[...]` groups off a line.
 */
import { bad } from './lines.js';

/** An event or actor code token. The PETRARCH validation files use odd codes on purpose
 * (`174K`, `def`, `+++`, `025?`), so the check is on shape, not on the CAMEO table. */
const CODE = /^(?:---|\+\+\+|[A-Za-z0-9][A-Za-z0-9?!]*)$/;

export interface EventCode {
  code: string;
  pairedCode?: string;
}

/** Parses the inside of an event-code bracket. `:173` codes nothing forward (`---`) and 173
 * with source and target swapped. */
export function parseEventCode(inner: string): EventCode {
  const text = inner.trim();
  if (text === '') bad('empty code "[]"');
  const colon = text.indexOf(':');
  if (colon < 0) return { code: checkCode(text) };
  const first = text.slice(0, colon).trim();
  const second = text.slice(colon + 1).trim();
  if (second === '') bad(`code "[${text}]" has nothing after ":"`);
  return { code: first === '' ? '---' : checkCode(first), pairedCode: checkCode(second) };
}

export function checkCode(code: string): string {
  if (!CODE.test(code)) bad(`"${code}" is not a code (expected digits such as 042, or ---)`);
  return code;
}

/** A line split into its text before the first `[` and the `[...]` groups after it. */
export interface Bracketed {
  head: string;
  groups: string[];
  /** Text after the last group that is not another group (should be empty). */
  trailing: string;
}

/** Splits `NAME [A] [B >200101]` into head and groups; throws on unbalanced brackets. */
export function splitBrackets(text: string): Bracketed {
  const first = text.indexOf('[');
  const closeFirst = text.indexOf(']');
  if (first < 0) {
    if (closeFirst >= 0) bad(`"]" without "[" in "${text.trim()}"`);
    return { head: text, groups: [], trailing: '' };
  }
  if (closeFirst >= 0 && closeFirst < first) bad(`"]" without "[" in "${text.trim()}"`);
  const groups: string[] = [];
  let rest = text.slice(first);
  for (;;) {
    rest = rest.trimStart();
    if (!rest.startsWith('[')) break;
    const close = rest.indexOf(']');
    const nextOpen = rest.indexOf('[', 1);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) bad(`unbalanced "[" in "${text.trim()}"`);
    groups.push(rest.slice(1, close));
    rest = rest.slice(close + 1);
  }
  if (/[[\]]/.test(rest)) bad(`unbalanced brackets in "${text.trim()}"`);
  return { head: text.slice(0, first), groups, trailing: rest.trim() };
}
