/**
 * Checks a batch before anything is written, for what the column types cannot catch or would
 * silently change: impossible dates, offsets that are not integers, evidence pointing at another
 * document, ids repeated within the batch. The first problem fails the whole batch, naming the
 * document, the field and what was expected.
 */
import type { CodedDocument, Event } from '../../domain/index.js';
import { InputError } from '../../errors.js';
import type { ErrorLocation } from '../../errors.js';
import { isIsoDate } from './dates.js';

const INT32_MAX = 2 ** 31 - 1;

function where(coded: CodedDocument, field: string): ErrorLocation {
  const origin = coded.document.origin;
  const m = origin === undefined ? null : /^(.*):(\d+)$/.exec(origin);
  if (m?.[1] !== undefined) return { file: m[1], line: Number(m[2]), field };
  return { file: origin ?? `document ${coded.document.id}`, field };
}

class Checker {
  constructor(private readonly coded: CodedDocument) {}

  fail(field: string, expected: string, got: unknown): never {
    throw new InputError('INPUT_RECORD', `document "${this.coded.document.id}": ${field} is ${JSON.stringify(got)}, expected ${expected}`, {
      hint: 'nothing from this batch was stored; fix the record (or the stage that produced it) and save again',
      location: where(this.coded, field),
    });
  }

  text(field: string, v: unknown, nonEmpty = false): void {
    if (typeof v !== 'string' || (nonEmpty && v === '')) this.fail(field, nonEmpty ? 'non-empty text' : 'text', v);
  }

  optText(field: string, v: unknown): void {
    if (v !== undefined) this.text(field, v);
  }

  offset(field: string, v: unknown): void {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > INT32_MAX) this.fail(field, 'a whole number >= 0', v);
  }

  span(field: string, s: { start: number; end: number } | undefined): void {
    if (s === undefined) return;
    this.offset(`${field}.start`, s.start);
    this.offset(`${field}.end`, s.end);
    if (s.end < s.start) this.fail(`${field}.end`, `>= start (${s.start})`, s.end);
  }

  finite(field: string, v: unknown, min = -Infinity, max = Infinity): void {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max) this.fail(field, `a number in [${min}, ${max}]`, v);
  }

  date(field: string, v: unknown): void {
    if (typeof v !== 'string' || !isIsoDate(v)) this.fail(field, 'a real calendar date YYYY-MM-DD', v);
  }

  event(field: string, e: Event): void {
    this.text(`${field}.id`, e.id, true);
    this.date(`${field}.date`, e.date);
    for (const key of ['source', 'target', 'code', 'root', 'plover', 'modality'] as const) this.text(`${field}.${key}`, e[key]);
    for (const key of ['sourceName', 'targetName', 'dataset', 'originalId', 'url'] as const) this.optText(`${field}.${key}`, e[key]);
    if (![1, 2, 3, 4].includes(e.quad)) this.fail(`${field}.quad`, 'a quad class 1..4', e.quad);
    this.finite(`${field}.goldstein`, e.goldstein);
    this.finite(`${field}.confidence`, e.confidence, 0, 1);
    if (typeof e.negated !== 'boolean') this.fail(`${field}.negated`, 'true or false', e.negated);
    if (e.unfulfilled !== undefined && typeof e.unfulfilled !== 'boolean') this.fail(`${field}.unfulfilled`, 'true or false', e.unfulfilled);
    e.issues?.forEach((issue, i) => this.text(`${field}.issues[${i}]`, issue));
    const ev = e.evidence;
    if (ev) {
      if (ev.docId !== this.coded.document.id) this.fail(`${field}.evidence.docId`, `the id of its document ("${this.coded.document.id}")`, ev.docId);
      this.offset(`${field}.evidence.sentenceIndex`, ev.sentenceIndex);
      this.text(`${field}.evidence.sentence`, ev.sentence);
      this.text(`${field}.evidence.rule`, ev.rule);
      this.span(`${field}.evidence.span`, ev.span);
      for (const part of ['source', 'verb', 'target'] as const) this.span(`${field}.evidence.highlights.${part}`, ev.highlights[part]);
    }
    const loc = e.location;
    if (loc) {
      this.optText(`${field}.location.name`, loc.name);
      this.optText(`${field}.location.country`, loc.country);
      if (loc.lat !== undefined) this.finite(`${field}.location.lat`, loc.lat, -90, 90);
      if (loc.lon !== undefined) this.finite(`${field}.location.lon`, loc.lon, -180, 180);
      this.text(`${field}.location.precision`, loc.precision, true);
    }
  }

  document(eventIds: Set<string>): void {
    const { document: d, sentences, quotes, actors, events } = this.coded;
    this.text('document.id', d.id, true);
    this.text('document.contentHash', d.contentHash, true);
    this.text('document.format', d.format, true);
    this.text('document.text', d.text);
    for (const key of ['title', 'source', 'url', 'origin'] as const) this.optText(`document.${key}`, d[key]);
    if (d.date !== undefined) this.date('document.date', d.date);
    const seen = new Set<number>();
    sentences.forEach((s, i) => {
      this.offset(`sentences[${i}].index`, s.index);
      if (seen.has(s.index)) this.fail(`sentences[${i}].index`, 'an index not used by another sentence', s.index);
      seen.add(s.index);
      this.span(`sentences[${i}]`, s);
      this.text(`sentences[${i}].text`, s.text);
    });
    quotes.forEach((q, i) => {
      this.offset(`quotes[${i}].sentenceIndex`, q.sentenceIndex);
      this.span(`quotes[${i}]`, q);
      this.text(`quotes[${i}].text`, q.text);
      for (const key of ['speaker', 'speakerCode', 'speakerOffice'] as const) this.optText(`quotes[${i}].${key}`, q[key]);
    });
    actors.forEach((m, i) => {
      this.offset(`actors[${i}].sentenceIndex`, m.sentenceIndex);
      this.span(`actors[${i}]`, m);
      this.text(`actors[${i}].text`, m.text);
      this.text(`actors[${i}].rule`, m.rule);
      if (!Array.isArray(m.codes)) this.fail(`actors[${i}].codes`, 'a list of codes', m.codes);
      m.codes.forEach((c, j) => this.text(`actors[${i}].codes[${j}]`, c));
    });
    events.forEach((e, i) => {
      this.event(`events[${i}]`, e);
      if (eventIds.has(e.id)) this.fail(`events[${i}].id`, 'an id not used by another event in the batch', e.id);
      eventIds.add(e.id);
    });
  }
}

/** Throws an InputError for the first invalid field in the batch. */
export function validateBatch(batch: readonly CodedDocument[]): void {
  const eventIds = new Set<string>();
  for (const coded of batch) new Checker(coded).document(eventIds);
}
