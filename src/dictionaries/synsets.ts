/**
 * Synonym sets (`&NAME` blocks of `+member` lines). They may be defined anywhere in a verb
 * file, before or after use, and may embed other sets (`+&TIETYPES`), so they are resolved once
 * the whole file is read: embedded sets are flattened and every `&NAME` in a pattern checked.
 */
import type { PatternElement, PhraseWord, VerbPattern } from '../domain/index.js';
import { bad, type WarningSink } from './lines.js';

export interface SynsetDraft {
  line: number;
  members: PhraseWord[][];
  /** Embedded sets, by name, with the line that names them. */
  embeds: { name: string; line: number }[];
}

/** `&NAME_` and `&NAME` are the same set: a trailing `_` in a name only marks a word end. */
export function synsetName(text: string): string {
  return text.replace(/^&/, '').replace(/_+$/, '').toUpperCase();
}

/** Flattens embedded sets; unknown or circular embeds are warned about and left out. */
export function flattenSynsets(drafts: Map<string, SynsetDraft>, sink: WarningSink): Record<string, PhraseWord[][]> {
  const done: Record<string, PhraseWord[][]> = {};
  const visiting = new Set<string>();
  const visit = (name: string): PhraseWord[][] => {
    const ready = done[name];
    if (ready) return ready;
    const draft = drafts.get(name);
    if (!draft) return [];
    visiting.add(name);
    const members = [...draft.members];
    for (const embed of draft.embeds) {
      if (visiting.has(embed.name)) sink.warn(embed.line, `synonym set &${name} embeds &${embed.name}, which embeds it back; left out`);
      else if (!drafts.has(embed.name)) sink.warn(embed.line, `synonym set &${name} embeds unknown set &${embed.name}; left out`);
      else members.push(...visit(embed.name));
    }
    visiting.delete(name);
    done[name] = members;
    return members;
  };
  for (const name of drafts.keys()) visit(name);
  return done;
}

/**
 * Checks every `&NAME` of a pattern against the defined sets. TABARI lets a set name run into
 * the next word (`&TIETYPES_RELATIONS` = &TIETYPES then RELATIONS, adjacent), so an unknown name
 * is split at its last possible `_` into the longest defined set plus joined words.
 */
export function resolvePatternSynsets(pattern: VerbPattern, defined: Record<string, unknown>): VerbPattern {
  return {
    ...pattern,
    before: resolveList(pattern.before, defined, pattern.raw),
    after: resolveList(pattern.after, defined, pattern.raw),
  };
}

function resolveList(elements: PatternElement[], defined: Record<string, unknown>, raw: string): PatternElement[] {
  const out: PatternElement[] = [];
  for (const el of elements) {
    if (el.kind === 'np' || el.kind === 'pp') {
      out.push({ ...el, elements: resolveList(el.elements, defined, raw) });
    } else if (el.kind === 'synset' && !(el.name in defined)) {
      out.push(...splitName(el, defined, raw));
    } else {
      out.push(el);
    }
  }
  return out;
}

function splitName(el: PatternElement & { kind: 'synset' }, defined: Record<string, unknown>, raw: string): PatternElement[] {
  const parts = el.name.split('_');
  for (let k = parts.length - 1; k >= 1; k--) {
    const name = parts.slice(0, k).join('_');
    if (!(name in defined)) continue;
    const head: PatternElement = { kind: 'synset', name };
    if (el.joined) head.joined = true;
    const rest = parts.slice(k);
    return [head, ...rest.map((text, i): PatternElement => ({
      kind: 'word',
      word: { text, prefix: i === rest.length - 1 },
      joined: true,
    }))];
  }
  return bad(`pattern "${raw}" uses unknown synonym set &${el.name}`);
}
