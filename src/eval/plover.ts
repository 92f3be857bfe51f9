/**
 * `entente eval --plover <file>`: codes each record of a PLOVER gold-standard file with a coder
 * (by default entente's own: model actors, own verb patterns and event nouns — what the
 * pipeline's decoder uses), the record's `date` as the document date, and scores event types.
 *
 * Per record the coder's events (negated ones left out) give a set of predicted PLOVER types.
 * Full score: the gold type counts as found (tp) when an event of that type matches the gold
 * sides (plover-match.ts); every other predicted type, and the gold type when no event of it
 * matches the sides, is a false positive of its type; a gold type not found is a false negative.
 * Type-only score: the same with the sides ignored. Both are reported overall and per type, for
 * the dev half, the held-out half and the whole file.
 */
import { codeDocument, createCoder, ownLexicon } from '../coding/index.js';
import type { CodedDocument, Document, Event } from '../domain/index.js';
import { InputError } from '../errors.js';
import { readInputFile } from './read-input.js';
import { analyse } from '../nlp/index.js';
import { emptyScore, finish } from './compare.js';
import type { Score } from './compare.js';
import { eventMatches, scoredEvents } from './plover-match.js';
import { parsePloverGsr } from './plover-records.js';
import type { PloverHalf, PloverRecord } from './plover-records.js';

export interface PloverOptions {
  file: string;
  /** Codes one document; default entente's own coder. */
  decode?: (doc: Document) => CodedDocument;
  readText?: (path: string) => Promise<string>;
  now?: () => number;
}

export interface PloverGot {
  source: string;
  target: string;
  code: string;
  plover: string;
  rule: string;
}

export interface PloverRecordResult {
  id: string;
  half: PloverHalf;
  type: string;
  legacyType: string;
  text: string;
  sources: string[];
  targets: string[];
  /** The gold event was found with its sides / its type was predicted at all. */
  found: boolean;
  typeFound: boolean;
  got: PloverGot[];
}

export interface PloverTypeScore {
  gold: number;
  full: Score;
  typeOnly: Score;
}

export interface PloverScores {
  records: number;
  full: Score;
  typeOnly: Score;
  /** Every type that is gold or predicted somewhere in the half. */
  byType: Record<string, PloverTypeScore>;
}

export interface PloverReport {
  file: string;
  records: number;
  /** Records left out of the file, and codings the coder could not turn into events. */
  skipped: Record<string, number>;
  problems: string[];
  dev: PloverScores;
  heldout: PloverScores;
  all: PloverScores;
  results: PloverRecordResult[];
  elapsedMs: number;
}

const utf8 = (path: string): Promise<string> => readInputFile(path, 'pass the path of a PLOVER gold-standard JSON file');

function ownDecoder(): (doc: Document) => CodedDocument {
  const coder = createCoder(ownLexicon());
  return (doc) => codeDocument(doc, analyse(doc), coder);
}

function resultOf(record: PloverRecord, events: readonly Event[]): PloverRecordResult {
  const kept = scoredEvents(events);
  return {
    id: record.id, half: record.half, type: record.type, legacyType: record.legacyType, text: record.text,
    sources: record.sources.map((a) => a.code), targets: record.targets.map((a) => a.code),
    found: kept.some((e) => eventMatches(e, record)),
    typeFound: kept.some((e) => e.plover === record.type),
    got: kept.map((e) => ({ source: e.source, target: e.target, code: e.code, plover: e.plover, rule: e.evidence?.rule ?? '' })),
  };
}

/** Scores a set of record results (see the header for the counting). */
export function scorePlover(results: readonly PloverRecordResult[]): PloverScores {
  const full = emptyScore();
  const typeOnly = emptyScore();
  const byType: Record<string, { gold: number; full: Score; typeOnly: Score }> = {};
  const of = (t: string): { gold: number; full: Score; typeOnly: Score } => (byType[t] ??= { gold: 0, full: emptyScore(), typeOnly: emptyScore() });
  const count = (score: Score, row: Score, kind: 'tp' | 'fp' | 'fn'): void => {
    score[kind]++;
    row[kind]++;
  };
  for (const r of results) {
    const gold = of(r.type);
    gold.gold++;
    for (const t of new Set(r.got.map((g) => g.plover))) {
      const row = of(t);
      count(typeOnly, row.typeOnly, t === r.type ? 'tp' : 'fp');
      count(full, row.full, t === r.type && r.found ? 'tp' : 'fp');
    }
    if (!r.typeFound) count(typeOnly, gold.typeOnly, 'fn');
    if (!r.found) count(full, gold.full, 'fn');
  }
  const types: Record<string, PloverTypeScore> = {};
  for (const t of Object.keys(byType).sort()) {
    const row = byType[t]!;
    types[t] = { gold: row.gold, full: finish(row.full), typeOnly: finish(row.typeOnly) };
  }
  return { records: results.length, full: finish(full), typeOnly: finish(typeOnly), byType: types };
}

export async function runPloverEvaluation(options: PloverOptions): Promise<PloverReport> {
  const read = options.readText ?? utf8;
  const now = options.now ?? (() => performance.now());
  const gsr = parsePloverGsr(await read(options.file), options.file);
  if (gsr.records.length === 0) {
    throw new InputError('INPUT_EMPTY', `${options.file} has no scorable records`, {
      location: { file: options.file }, hint: gsr.problems[0] ?? 'expected records with an event type, a text and a source',
    });
  }
  const decode = options.decode ?? ownDecoder();
  const skipped: Record<string, number> = { ...gsr.skipped };
  const started = now();
  const results = gsr.records.map((record) => {
    const doc: Document = { id: record.id, contentHash: record.id, format: 'text', text: record.text };
    if (record.date !== undefined) doc.date = record.date;
    const coded = decode(doc);
    for (const [reason, n] of Object.entries(coded.skipped ?? {})) skipped[`coder: ${reason}`] = (skipped[`coder: ${reason}`] ?? 0) + n;
    return resultOf(record, coded.events);
  });
  const elapsedMs = now() - started;
  return {
    file: options.file, records: results.length, skipped, problems: gsr.problems,
    dev: scorePlover(results.filter((r) => r.half === 'dev')), heldout: scorePlover(results.filter((r) => r.half === 'heldout')),
    all: scorePlover(results), results, elapsedMs,
  };
}
