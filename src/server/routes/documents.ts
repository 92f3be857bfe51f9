/** Documents: upload (decoded and stored, with counts and per-record errors), listing, one document. */
import type { FastifyRequest } from 'fastify';
import { InputError, NotFoundError } from '../../errors.js';
import { readBuffer } from '../../ingest/index.js';
import type { IngestItem } from '../../ingest/index.js';
import { ingestItems } from '../../pipeline/index.js';
import { DetailedError, recordError } from '../http-errors.js';
import type { RouteRegistry } from '../route.js';
import {
  DocumentDetailSchema, DocumentListQuery, DocumentPage, DocumentParams, PasteBody, UploadQuery, UploadResult,
} from '../schemas/index.js';
import type { Services } from './index.js';

const EVENTS_PER_DOCUMENT = 1000;

interface Upload {
  bytes: Buffer;
  name: string;
}

/** Files of a multipart form (any field), or the raw body. */
async function uploads(request: FastifyRequest, name: string | undefined): Promise<Upload[]> {
  if (request.isMultipart()) {
    const out: Upload[] = [];
    for await (const part of request.parts()) {
      if (part.type !== 'file') continue;
      const base = part.filename.replace(/^.*[\\/]/, '').slice(0, 200);
      out.push({ bytes: await part.toBuffer(), name: base === '' ? `upload-${out.length + 1}` : base });
    }
    return out;
  }
  return Buffer.isBuffer(request.body) ? [{ bytes: request.body, name: name ?? 'upload' }] : [];
}

/** Decoding is synchronous work; letting the event loop run between documents keeps the other
 * requests answered while a large upload is decoded. */
async function* interleaved(items: IngestItem[]): AsyncIterable<IngestItem> {
  for (const item of items) {
    yield item;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function decodeAndStore(s: Services, items: IngestItem[]): Promise<UploadResult> {
  const summary = await ingestItems(interleaved(items), s.store, s.decoder(), { listDocuments: true });
  if (summary.stored > 0) s.cache.bump();
  const errors = summary.errors.map(recordError);
  const first = summary.errors[0];
  if (summary.read === 0 && first) {
    throw new DetailedError(first.code, `nothing could be read from the upload: ${first.message}`, errors, first.hint === undefined ? {} : { hint: first.hint });
  }
  const { read, stored, skipped, sentences, events, quotes, failed, documents } = summary;
  return { read, stored, skipped, sentences, events, quotes, failed, errors, documents };
}

export function registerDocuments(registry: RouteRegistry, s: Services): void {
  const signedIn = !s.openIngest;

  registry.add({
    method: 'POST', url: '/api/documents', tag: 'documents',
    summary: 'Upload text, HTML, JSONL or RSS/Atom (multipart files or a raw body); each document is decoded and stored',
    query: UploadQuery, response: UploadResult, signedIn, bodyLimit: s.limits.uploadBytes, errors: [413, 415],
    consumes: {
      'multipart/form-data': 'one or more files, any field name',
      'text/plain': 'an article as plain text, or JSONL records',
      'text/html': 'an article page; its main text is extracted',
      'application/x-ndjson': 'JSONL: one {"id"?, "date"?, "source"?, "url"?, "title"?, "text" | "html"} per line',
    },
  }, async ({ query, request }) => {
    const files = await uploads(request, query.name);
    if (files.length === 0) {
      throw new InputError('INPUT_EMPTY', 'the upload holds no file', {
        hint: 'send files as multipart/form-data, or the content itself as text/plain, text/html or application/x-ndjson',
      });
    }
    return decodeAndStore(s, files.flatMap((f) => readBuffer(f.bytes, f.name)));
  });

  registry.add({
    method: 'POST', url: '/api/documents/text', tag: 'documents', summary: 'Decode and store pasted text (or HTML) with its title, date and source',
    body: PasteBody, response: UploadResult, signedIn, bodyLimit: s.limits.uploadBytes, errors: [413],
  }, async ({ body }) => decodeAndStore(s, readBuffer(Buffer.from(JSON.stringify(body)), 'pasted text')));

  registry.add({
    method: 'GET', url: '/api/documents', tag: 'documents', summary: 'Stored documents, newest first, with their counts',
    query: DocumentListQuery, response: DocumentPage, cached: true,
  }, async ({ query }) => {
    if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
      throw new InputError('VALIDATION', `query.from (${query.from}) is after query.to (${query.to})`, { location: { field: 'from' }, hint: 'swap the dates' });
    }
    const { source, from, to, title, ...rest } = query;
    return s.store.documents({ ...rest, ...(source ? { source } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}), ...(title ? { title } : {}) });
  });

  registry.add({
    method: 'GET', url: '/api/documents/:id', tag: 'documents', summary: 'One document with its sentences, quotes, actor mentions and events',
    params: DocumentParams, response: DocumentDetailSchema, errors: [404], cached: true,
  }, async ({ params }) => {
    const detail = await s.store.document(params.id);
    if (!detail) throw new NotFoundError('NOT_FOUND', `no document with id "${params.id}"`, { location: { field: 'id' }, hint: 'list documents with GET /api/documents' });
    const events = await s.store.events({ docId: params.id, limit: EVENTS_PER_DOCUMENT, sort: 'date-asc' });
    return { document: detail.document, sentences: detail.sentences, quotes: detail.quotes, actors: detail.actors, events: events.items, eventCount: events.total };
  });
}
