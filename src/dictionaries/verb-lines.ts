/**
 * The single-line records of a verb dictionary other than patterns: family headers
 * (`--- ASK [---] ---`), verb lines (`+ASK_FOR {+ASKED_FOR ...} [020]`) and PETRARCH-2
 * transformations (`~ a (a b ATTACK) SAY = a b 015`).
 */
import type { VerbEntry, VerbTransformation } from '../domain/index.js';
import { parseEventCode, splitBrackets, type EventCode } from './codes.js';
import { bad } from './lines.js';

export interface FamilyHeader {
  head: string;
  code: EventCode;
  /** Problems worth a warning that still leave the header usable. */
  notes: string[];
}

/** Lenient about the closing dashes (`[110]---  ---`, or cut off by a `#` comment) since
 * refusing a header would orphan every verb and pattern under it. */
export function parseFamilyHeader(text: string): FamilyHeader {
  const m = /^---\s*(.*?)[\s-]*$/.exec(text.trim());
  const { head, groups, trailing } = splitBrackets(m?.[1] ?? '');
  if (trailing !== '') bad(`verb family header "${text.trim()}" has text after its code`);
  const name = head.trim();
  if (name === '') bad(`verb family header "${text.trim()}" has no name`);
  const notes: string[] = [];
  const inner = groups[0];
  if (groups.length > 1) notes.push(`verb family ${name} has ${groups.length} codes; the first, [${inner ?? ''}], is used`);
  if (inner === undefined) {
    notes.push(`verb family ${name} has no [code]; its verbs code nothing by default`);
    return { head: name, code: { code: '---' }, notes };
  }
  return { head: name, code: parseEventCode(inner), notes };
}

/** `KLM_NOP_+RST` -> words [KLM, NOP, RST], verb at 2; `+ASK_FOR` -> verb at 0. */
function verbWords(token: string, line: string): { words: string[]; verbIndex: number } {
  const parts = token.split('_').filter((p) => p !== '');
  let verbIndex = -1;
  const words = parts.map((p, i) => {
    if (p.startsWith('+')) {
      if (verbIndex >= 0) bad(`verb "${line}" marks two words with "+"`);
      verbIndex = i;
      p = p.slice(1);
    }
    if (p === '' || /[+*&$%^{}()[\]]/.test(p)) bad(`verb "${line}" has a malformed word in "${token}"`);
    return p.toUpperCase();
  });
  if (words.length === 0) bad(`verb line "${line}" has no verb`);
  return { words, verbIndex: Math.max(verbIndex, 0) };
}

/** Parses a verb line; TABARI's old `;` comments are dropped first. */
export function parseVerbLine(text: string, id: string): VerbEntry {
  const semi = text.indexOf(';');
  const line = (semi >= 0 ? text.slice(0, semi) : text).trim();
  const { head, groups, trailing } = splitBrackets(line);
  if (groups.length > 1 || trailing !== '') bad(`verb line "${line}" has text after its code`);
  // Older TABARI files write multi-word verbs with spaces (`LASH OUT`) rather than `_`.
  const m = /^([^{}]+?)\s*(?:\{([^{}]*)\})?$/.exec(head.trim());
  if (!m) bad(`verb line "${line}" should be "VERB {FORMS} [code]" (unbalanced "{"?)`);
  const { words, verbIndex } = verbWords((m[1] ?? '').replace(/\s+/g, '_'), line);
  const entry: VerbEntry = { id, words, forms: [] };
  if (m[2] !== undefined) {
    const forms = m[2].split(/[\s,]+/).filter((f) => f !== '').map((f) => verbWords(f, line).words);
    // `{}` means "no other forms": keep the base so the list still reads as explicit.
    entry.forms = forms.length > 0 ? forms : [words];
  }
  if (verbIndex > 0) entry.verbIndex = verbIndex;
  const inner = groups[0];
  if (inner !== undefined) {
    const code = parseEventCode(inner);
    entry.code = code.code;
    if (code.pairedCode !== undefined) entry.pairedCode = code.pairedCode;
  }
  return entry;
}

const TRANSFORM = /^~\s*(\S+)\s*\(\s*(\S+)\s+(\S+)\s+(\S+)\s*\)\s*(\S+)\s*=\s*(\S+)\s+(\S+)\s+(\S+)$/;

export function parseTransformation(text: string, id: string): VerbTransformation {
  const raw = text.trim();
  const m = TRANSFORM.exec(raw);
  if (!m) bad(`transformation "${raw}" should look like "~ a (a b VERB) VERB = a b code"`);
  const [, outerSource, innerSource, innerTarget, innerVerb, outerVerb, resultSource, resultTarget, resultCode] = m as unknown as string[];
  return {
    id,
    outerSource: outerSource ?? '',
    outerVerb: (outerVerb ?? '').toUpperCase(),
    innerSource: innerSource ?? '',
    innerTarget: innerTarget ?? '',
    innerVerb: (innerVerb ?? '').toUpperCase(),
    resultSource: resultSource ?? '',
    resultTarget: resultTarget ?? '',
    resultCode: resultCode ?? '',
    raw,
  };
}
