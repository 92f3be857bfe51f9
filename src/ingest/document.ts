import { createHash } from 'node:crypto';
import type { Document, DocumentFormat } from '../domain/index.js';
import { InputError } from '../errors.js';
import type { ResolvedOptions } from './options.js';

/** The form the content hash is taken over: NFC, whitespace runs collapsed to one space, trimmed. */
export function normaliseForHash(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

export function contentHash(text: string): string {
  return createHash('sha256').update(normaliseForHash(text), 'utf8').digest('hex');
}

/** `\n` line ends, no trailing spaces on lines, no blank lines at either end. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\f\v\u00a0]+$/gm, '')
    .replace(/^\n+|\n+$/g, '');
}

/** One-line metadata value: whitespace collapsed; empty becomes absent. */
export function cleanField(value: string | undefined): string | undefined {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : undefined;
}

/** What a reader found; missing metadata is filled from the options. */
export interface DocumentParts {
  format: DocumentFormat;
  text: string;
  id?: string | undefined;
  title?: string | undefined;
  date?: string | undefined;
  source?: string | undefined;
  url?: string | undefined;
  /** `path` or `path:line`. */
  origin: string;
}

/** Builds a Document: cleans the text, fills metadata from options, derives hash and id. */
export function makeDocument(parts: DocumentParts, options: ResolvedOptions, where: { file: string; line?: number }): Document {
  const text = cleanText(parts.text);
  if (text.trim() === '') {
    throw new InputError('INPUT_EMPTY', 'no main text found', {
      location: where.line === undefined ? { file: where.file, field: 'text' } : { ...where, field: 'text' },
      hint: 'the document has metadata but no body text',
    });
  }
  const hash = contentHash(text);
  const doc: Document = {
    id: cleanField(parts.id) ?? `doc-${hash.slice(0, 16)}`,
    contentHash: hash,
    format: parts.format,
    text,
    origin: parts.origin,
  };
  const title = cleanField(parts.title) ?? options.title;
  const date = parts.date ?? options.date;
  const source = cleanField(parts.source) ?? options.source;
  const url = cleanField(parts.url) ?? options.url;
  if (title !== undefined) doc.title = title;
  if (date !== undefined) doc.date = date;
  if (source !== undefined) doc.source = source;
  if (url !== undefined) doc.url = url;
  return doc;
}

export function originOf(file: string, line?: number): string {
  return line === undefined ? file : `${file}:${line}`;
}
