/**
 * `entente eval <validation.xml>`: codes every record of a PETRARCH validation file with the
 * dictionaries its <Environment> names (resolved against `dictDir`), from the record's <Parse>
 * (`useParse`) or its raw <Text>, and scores the result against its <EventCoding>s.
 */
import { dirname, join, resolve } from 'node:path';
import { codeWords, createCoder, newDiscourse, treePhrases, withOptions, wordsFromTokens } from '../coding/index.js';
import type { Coder, Coding } from '../coding/index.js';
import { loadLexicon } from '../dictionaries/index.js';
import { readInputFile } from './read-input.js';
import { analyseText } from '../nlp/index.js';
import { readPennTree } from '../parsed/index.js';
import { addCounts, emptyScore, expectedTriples, finish, sameSet } from './compare.js';
import type { Score, Triple } from './compare.js';
import { parseValidationXml } from './records.js';
import type { ValidationFile, ValidationRecord } from './records.js';

export interface EvaluationOptions {
  file: string;
  /** Where the <Environment>'s dictionary files are; default: `../dictionaries` beside the file's folder, else its folder. */
  dictDir?: string;
  /** Code from each record's <Parse> instead of its raw text. */
  useParse?: boolean;
  readText?: (path: string) => Promise<string>;
  /** Clock in ms for the speed figure (default performance.now). */
  now?: () => number;
}

export interface RecordResult {
  id: string;
  category: string;
  line: number;
  text: string;
  correct: boolean;
  expected: Triple[];
  /** What the record expects besides triples: "noevents", or an error kind such as "storydiscard". */
  expects?: string;
  got: Triple[];
  /** Why nothing was coded, when the coder said so (discard, parse error). */
  note?: string;
  /** The file marks the record `sentence="false"` (its authors: not implemented in PETRARCH). */
  optional: boolean;
  rules: string[];
}

export interface CategoryResult {
  records: number;
  correct: number;
}

export interface EvaluationReport {
  file: string;
  dictionaries: string[];
  mode: 'parse' | 'text';
  records: number;
  correct: number;
  /** correct / records. */
  accuracy: number;
  byCategory: Record<string, CategoryResult>;
  full: Score;
  root: Score;
  results: RecordResult[];
  elapsedMs: number;
}

const utf8 = (path: string): Promise<string> => readInputFile(path, 'check the path, or pass --dict-dir for dictionaries');

function defaultDictDir(file: string): string {
  return join(dirname(dirname(resolve(file))), 'dictionaries');
}

function toTriples(codings: readonly Coding[]): Triple[] {
  const seen = new Set<string>();
  const out: Triple[] = [];
  for (const c of codings) {
    const t = { source: c.source || '---', target: c.target || '---', code: c.code };
    const key = `${t.source}|${t.target}|${t.code}`;
    if (!seen.has(key)) out.push(t);
    seen.add(key);
  }
  return out;
}

function codeRecord(coder: Coder, record: ValidationRecord, useParse: boolean): { got: Triple[]; note?: string; rules: string[] } {
  const c = withOptions(coder, { requireDyad: record.config.require_dyad?.toLowerCase() !== 'false' });
  const discourse = newDiscourse();
  const codings: Coding[] = [];
  let note: string | undefined;
  if (useParse && record.parse) {
    let tree;
    try {
      tree = readPennTree(record.parse);
    } catch {
      return { got: [], note: 'bad_input_parse', rules: [] };
    }
    if (tree.kind !== 'constituency') return { got: [], note: 'bad_input_parse', rules: [] };
    const { words, phrases, text } = treePhrases(tree);
    const r = codeWords(c, { words, phrases, date: record.date }, discourse, text);
    codings.push(...r.codings);
    if (r.discarded) note = `${r.discarded}discard`;
  } else {
    for (const s of analyseText(record.text, record.date).sentences) {
      const r = codeWords(c, { words: wordsFromTokens(s.tokens), date: record.date }, discourse, s.text);
      codings.push(...r.codings);
      if (r.discarded) note = `${r.discarded}discard`;
    }
  }
  const result: { got: Triple[]; note?: string; rules: string[] } = { got: toTriples(codings), rules: codings.map((x) => x.rule) };
  if (note) result.note = note;
  return result;
}

export async function runEvaluation(options: EvaluationOptions): Promise<EvaluationReport> {
  const read = options.readText ?? utf8;
  const now = options.now ?? (() => performance.now());
  const file: ValidationFile = parseValidationXml(await read(options.file), options.file);
  const dictDir = options.dictDir ?? defaultDictDir(options.file);
  const env = file.environment;
  const paths = (name: string | undefined): string[] => (name ? [join(dictDir, name)] : []);
  const dictionaries = [env.verbs, env.actors, env.agents, env.discards].filter((x): x is string => x !== undefined).map((n) => join(dictDir, n));
  const lexicon = await loadLexicon(
    { verbs: paths(env.verbs), actors: paths(env.actors), agents: paths(env.agents), discards: paths(env.discards) },
    'validation', read,
  );
  // PETRARCH's own conventions: whole-word matching, no CAMEO modality recoding.
  const coder = createCoder(lexicon, { conventions: 'petrarch', stems: false });
  const useParse = options.useParse === true;
  const started = now();
  const full = emptyScore();
  const root = emptyScore();
  const byCategory: Record<string, CategoryResult> = {};
  const results: RecordResult[] = file.records.map((record) => {
    const { got, note, rules } = codeRecord(coder, record, useParse);
    const expected = expectedTriples(record.expected);
    const marker = record.expected.find((e) => e.kind !== 'event');
    const expects = marker?.kind === 'none' ? 'noevents' : marker?.kind === 'error' ? marker.error : undefined;
    const correct = sameSet(expected, got);
    addCounts(full, expected, got, false);
    addCounts(root, expected, got, true);
    const cat = (byCategory[record.category || 'NONE'] ??= { records: 0, correct: 0 });
    cat.records++;
    if (correct) cat.correct++;
    const r: RecordResult = { id: record.id, category: record.category, line: record.line, text: record.text, correct, expected, got, optional: !record.sentenceFlag, rules };
    if (expects) r.expects = expects;
    if (note) r.note = note;
    return r;
  });
  const correct = results.filter((r) => r.correct).length;
  return {
    file: options.file, dictionaries, mode: useParse ? 'parse' : 'text', records: results.length, correct,
    accuracy: results.length === 0 ? 0 : correct / results.length, byCategory, full: finish(full), root: finish(root), results,
    elapsedMs: now() - started,
  };
}
