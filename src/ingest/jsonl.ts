import { z } from 'zod';
import type { Document } from '../domain/index.js';
import { InputError } from '../errors.js';
import { normaliseDate } from './date.js';
import { decodeUtf8Line, emptyError } from './decode.js';
import { makeDocument, originOf } from './document.js';
import { readHtml } from './html.js';
import { docItem, errorItem } from './item.js';
import type { IngestItem } from './item.js';
import { LineSplitter } from './lines.js';
import type { Line } from './lines.js';
import type { ResolvedOptions } from './options.js';

const optionalText = z.string().nullish();
const recordSchema = z
  .object({
    id: z.union([z.string().trim().min(1, 'expected a non-empty string'), z.number().int()]).nullish(),
    date: z
      .string()
      .nullish()
      .refine((d) => d == null || d.trim() === '' || normaliseDate(d) !== undefined, 'expected a date as YYYY-MM-DD or an ISO timestamp'),
    source: optionalText,
    url: optionalText,
    title: optionalText,
    text: optionalText,
    html: optionalText,
  })
  .superRefine((r, ctx) => {
    if (!r.text?.trim() && !r.html?.trim()) {
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'expected non-empty "text" (or "html")' });
    }
  });

type JsonlRecord = z.infer<typeof recordSchema>;

function recordError(file: string, line: number, field: string, message: string): InputError {
  return new InputError('INPUT_RECORD', message, {
    location: field ? { file, line, field } : { file, line },
    hint: 'each line must be one JSON object: {"id"?, "date"?, "source"?, "url"?, "title"?, "text" | "html"}',
  });
}

/** Per-file state: ids seen, to catch two different records claiming one id. */
export class JsonlReader {
  private readonly ids = new Map<string, { line: number; hash: string }>();
  records = 0;

  constructor(
    private readonly file: string,
    private readonly options: ResolvedOptions,
  ) {}

  /** One line of text; undefined for a blank line. */
  readLine(text: string, line: number): IngestItem | undefined {
    const trimmed = text.trim();
    if (trimmed === '') return undefined;
    this.records++;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (e) {
      return errorItem(recordError(this.file, line, '', `not valid JSON (${(e as Error).message})`));
    }
    const parsed = recordSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.map(String).join('.') ?? '';
      const message = field === '' ? 'expected a JSON object' : (issue?.message ?? 'invalid');
      return errorItem(recordError(this.file, line, field, message));
    }
    try {
      return this.accept(this.toDocument(parsed.data, line), line);
    } catch (e) {
      if (e instanceof InputError) return errorItem(e);
      throw e;
    }
  }

  /** One raw line from the byte splitter. */
  readRaw(raw: Line): IngestItem | undefined {
    if (raw.kind === 'too-long') {
      this.records++;
      return errorItem(
        new InputError('INPUT_TOO_LARGE', `line of ${raw.length} bytes is over the ${this.options.maxLineBytes}-byte limit for one record`, {
          location: { file: this.file, line: raw.line },
          hint: 'split the record or raise maxLineBytes',
        }),
      );
    }
    try {
      const text = decodeUtf8Line(raw.bytes, this.file, raw.line, raw.offset);
      return this.readLine(raw.line === 1 ? text.replace(/^\uFEFF/, '') : text, raw.line);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      this.records++;
      return errorItem(e);
    }
  }

  /** An input with no records at all is an error, not a silent zero. */
  finish(): IngestItem[] {
    return this.records === 0 ? [errorItem(emptyError(this.file))] : [];
  }

  private toDocument(r: JsonlRecord, line: number): Document {
    const known = {
      id: r.id == null ? undefined : String(r.id),
      title: r.title ?? undefined,
      date: r.date == null ? undefined : normaliseDate(r.date),
      source: r.source ?? undefined,
      url: r.url ?? undefined,
    };
    const origin = originOf(this.file, line);
    if (r.text?.trim()) {
      return makeDocument({ format: 'jsonl', text: r.text, origin, ...known }, this.options, { file: this.file, line });
    }
    const doc = readHtml(r.html ?? '', { file: this.file, line, origin }, this.options, known);
    return { ...doc, format: 'jsonl' };
  }

  private accept(doc: Document, line: number): IngestItem {
    const seen = this.ids.get(doc.id);
    if (seen && seen.hash !== doc.contentHash) {
      return errorItem(recordError(this.file, line, 'id', `duplicate id "${doc.id}" with different text (first on line ${seen.line})`));
    }
    if (!seen) this.ids.set(doc.id, { line, hash: doc.contentHash });
    return docItem(doc);
  }
}

/** Streams a JSONL byte source record by record; memory stays bounded by the line limit. */
export async function* readJsonlStream(
  chunks: AsyncIterable<Uint8Array>,
  file: string,
  options: ResolvedOptions,
): AsyncGenerator<IngestItem> {
  const reader = new JsonlReader(file, options);
  const splitter = new LineSplitter(options.maxLineBytes);
  for await (const chunk of chunks) {
    for (const raw of splitter.push(chunk)) {
      const item = reader.readRaw(raw);
      if (item) yield item;
    }
  }
  for (const raw of splitter.end()) {
    const item = reader.readRaw(raw);
    if (item) yield item;
  }
  yield* reader.finish();
}

/** JSONL already decoded to text (UTF-16 input). */
export function readJsonlText(text: string, file: string, options: ResolvedOptions): IngestItem[] {
  const reader = new JsonlReader(file, options);
  const out: IngestItem[] = [];
  text.replace(/^\uFEFF/, '').split('\n').forEach((lineText, i) => {
    const item = reader.readLine(lineText, i + 1);
    if (item) out.push(item);
  });
  return [...out, ...reader.finish()];
}

/** JSONL bytes in memory (an upload), with the same per-line checks as the stream. */
export function readJsonlBytes(bytes: Uint8Array, file: string, options: ResolvedOptions): IngestItem[] {
  const reader = new JsonlReader(file, options);
  const splitter = new LineSplitter(options.maxLineBytes);
  const out: IngestItem[] = [];
  for (const raw of [...splitter.push(bytes), ...splitter.end()]) {
    const item = reader.readRaw(raw);
    if (item) out.push(item);
  }
  return [...out, ...reader.finish()];
}
