/**
 * From dictionary files to a Lexicon: one reader per kind, a loader that reads paths (the file
 * system is passed in, defaulting to node's), and a merge for several sources.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Lexicon, LexiconWarning } from '../domain/index.js';
import { emptyLexicon } from '../domain/index.js';
import { InputError } from '../errors.js';
import { WarningSink } from './lines.js';
import { readActors } from './read-actors.js';
import { readAgents } from './read-agents.js';
import { readDiscards } from './read-discards.js';
import { readIssues } from './read-issues.js';
import { readVerbs } from './read-verbs.js';

export type DictionaryKind = 'verbs' | 'actors' | 'agents' | 'discards' | 'issues';

/** What one file contributes: the Lexicon fields of its kind, and its warnings. */
export type LexiconPart = Partial<Omit<Lexicon, 'name' | 'warnings'>> & { warnings: LexiconWarning[] };

/** Reads one dictionary file's text. `fileName` names the file in ids and warnings. */
export function readDictionary(kind: DictionaryKind, text: string, fileName: string): LexiconPart {
  const sink = new WarningSink(fileName);
  switch (kind) {
    case 'verbs': {
      const { verbs, synsets, transformations } = readVerbs(text, sink);
      const part: LexiconPart = { verbs, synsets, warnings: sink.warnings };
      if (transformations.length > 0) part.transformations = transformations;
      return part;
    }
    case 'actors':
      return { actors: readActors(text, sink), warnings: sink.warnings };
    case 'agents':
      return { agents: readAgents(text, sink), warnings: sink.warnings };
    case 'discards':
      return { discards: readDiscards(text, sink), warnings: sink.warnings };
    case 'issues':
      return { issues: readIssues(text, sink), warnings: sink.warnings };
  }
}

export type DictionaryPaths = Partial<Record<DictionaryKind, string[]>>;

/** Reads a file as UTF-8 text; the loader's only effect, replaceable in tests. */
export type ReadText = (path: string) => Promise<string>;

const readUtf8: ReadText = (path) => readFile(path, 'utf8');

const ORDER: DictionaryKind[] = ['verbs', 'actors', 'agents', 'discards', 'issues'];

/**
 * Loads dictionary files into one Lexicon. Ids and warnings name files by base name. A file
 * that cannot be read is an InputError naming its path; bad lines inside a file are warnings.
 */
export async function loadLexicon(paths: DictionaryPaths, name: string, readText: ReadText = readUtf8): Promise<Lexicon> {
  const jobs = ORDER.flatMap((kind) => (paths[kind] ?? []).map((path) => ({ kind, path })));
  const texts = await Promise.all(jobs.map(async ({ path }) => {
    try {
      return await readText(path);
    } catch (cause) {
      throw new InputError('INPUT_UNREADABLE', `cannot read dictionary ${path}`, {
        location: { file: path },
        hint: 'check the path; dictionaries are TABARI/PETRARCH text files',
        cause,
      });
    }
  }));
  const parts = jobs.map(({ kind, path }, i) => readDictionary(kind, texts[i] ?? '', basename(path)));
  return mergeLexicons(...parts.map((part) => ({ ...emptyLexicon(name), ...part })));
}

/**
 * Concatenates lexicons in order (earlier entries first, which the coder may treat as
 * higher priority). A synonym set defined in several takes the members of all of them.
 */
export function mergeLexicons(...lexicons: Lexicon[]): Lexicon {
  const names = [...new Set(lexicons.map((l) => l.name))];
  const out = emptyLexicon(names.join('+'));
  for (const lex of lexicons) {
    out.actors.push(...lex.actors);
    out.agents.push(...lex.agents);
    out.verbs.push(...lex.verbs);
    out.discards.push(...lex.discards);
    out.issues.push(...lex.issues);
    out.warnings.push(...lex.warnings);
    for (const [set, members] of Object.entries(lex.synsets)) {
      out.synsets[set] = [...(out.synsets[set] ?? []), ...members];
    }
    if (lex.transformations) (out.transformations ??= []).push(...lex.transformations);
  }
  return out;
}
