/**
 * Reads a TABARI / PETRARCH-2 verb dictionary (CAMEO.2.0.txt, PETR.Validate.verbs.txt):
 * synonym sets, verb families with their verbs and patterns, and transformations.
 * What a `+` line means depends on the block it sits in: a member under `&NAME`, a multi-word
 * verb under `--- NAME ---`.
 */
import type { PhraseWord, VerbFamily, VerbPattern, VerbTransformation } from '../domain/index.js';
import type { WarningSink} from './lines.js';
import { dictionaryLines, type DictLine } from './lines.js';
import { parseVerbPattern } from './pattern.js';
import { parsePhrase } from './phrase.js';
import { flattenSynsets, resolvePatternSynsets, synsetName, type SynsetDraft } from './synsets.js';
import { parseFamilyHeader, parseTransformation, parseVerbLine } from './verb-lines.js';

export interface VerbDictionary {
  verbs: VerbFamily[];
  synsets: Record<string, PhraseWord[][]>;
  transformations: VerbTransformation[];
}

type Block =
  | { kind: 'none' }
  | { kind: 'synset'; draft: SynsetDraft; name: string }
  | { kind: 'family'; family: VerbFamily }
  /** After a header that could not be read: its lines are counted, then reported once. */
  | { kind: 'broken'; line: number; skipped: number };

export function readVerbs(text: string, sink: WarningSink): VerbDictionary {
  const families: VerbFamily[] = [];
  const drafts = new Map<string, SynsetDraft>();
  const transformations: VerbTransformation[] = [];
  let block: Block = { kind: 'none' };

  const closeBroken = (): void => {
    if (block.kind === 'broken' && block.skipped > 0) {
      sink.warn(block.line, `${block.skipped} verb and pattern lines under the unreadable family header were skipped`);
    }
  };

  for (const line of dictionaryLines(text, sink)) {
    const t = line.text.trim();
    if (t.startsWith('---')) {
      closeBroken();
      block = familyBlock(line, sink) ?? { kind: 'broken', line: line.no, skipped: 0 };
      if (block.kind === 'family') families.push(block.family);
    } else if (t.startsWith('&')) {
      closeBroken();
      block = synsetBlock(t, line.no, drafts, sink);
    } else if (t.startsWith('~')) {
      const rule = sink.attempt(line.no, () => parseTransformation(t, sink.id(line.no)));
      if (rule) transformations.push(rule);
    } else if (block.kind === 'broken') {
      block.skipped++;
    } else if (block.kind === 'synset' && t.startsWith('+')) {
      addMember(block.draft, block.name, line, sink);
    } else if (block.kind === 'family') {
      addToFamily(block.family, line, sink);
    } else {
      sink.warn(line.no, `"${t}" is outside any verb family or synonym set; skipped`);
    }
  }
  closeBroken();

  const synsets = flattenSynsets(drafts, sink);
  for (const family of families) {
    family.patterns = family.patterns.flatMap((p) => {
      const resolved = sink.attempt(lineOf(p), () => resolvePatternSynsets(p, synsets));
      return resolved ? [resolved] : [];
    });
  }
  return { verbs: families, synsets, transformations };
}

function lineOf(p: VerbPattern): number {
  return Number(p.id.slice(p.id.lastIndexOf(':') + 1));
}

function familyBlock(line: DictLine, sink: WarningSink): Block | undefined {
  const header = sink.attempt(line.no, () => parseFamilyHeader(line.text));
  if (!header) return undefined;
  for (const note of header.notes) sink.warn(line.no, note);
  const family: VerbFamily = { id: sink.id(line.no), head: header.head, code: header.code.code, verbs: [], patterns: [] };
  if (header.code.pairedCode !== undefined) family.pairedCode = header.code.pairedCode;
  return { kind: 'family', family };
}

function synsetBlock(t: string, no: number, drafts: Map<string, SynsetDraft>, sink: WarningSink): Block {
  const token = t.split(/\s+/)[0] ?? '';
  const name = synsetName(token);
  if (!/^[A-Z0-9][A-Z0-9_]*$/.test(name) || token.length < t.length) {
    sink.warn(no, `synonym set header "${t}" should be "&NAME" alone on its line; its members are read under &${name || '?'}`);
  }
  let draft = drafts.get(name);
  if (draft) sink.warn(no, `synonym set &${name} is defined again (first at line ${draft.line}); members are added to it`);
  else drafts.set(name, (draft = { line: no, members: [], embeds: [] }));
  return { kind: 'synset', draft, name };
}

function addMember(draft: SynsetDraft, name: string, line: DictLine, sink: WarningSink): void {
  const text = line.text.trim().slice(1).trim();
  if (text.startsWith('&')) {
    draft.embeds.push({ name: synsetName(text), line: line.no });
  } else if (text === '' || /[[\]{}()*$%^&]/.test(text)) {
    sink.warn(line.no, `synonym set &${name}: member "${text}" is empty or contains pattern syntax; skipped`);
  } else {
    draft.members.push(parsePhrase(text));
  }
}

function addToFamily(family: VerbFamily, line: DictLine, sink: WarningSink): void {
  const t = line.text.trim();
  const id = sink.id(line.no);
  if (t.startsWith('-')) {
    const pattern = sink.attempt(line.no, () => parseVerbPattern(t, id));
    if (pattern) family.patterns.push(pattern);
  } else {
    const verb = sink.attempt(line.no, () => parseVerbLine(t, id));
    if (verb) family.verbs.push(verb);
  }
}
