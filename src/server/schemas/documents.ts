/** Documents: upload (decode and store), listing, and one document with what was found in it. */
import { z } from 'zod';
import { EventSchema } from './events.js';
import { Id, IsoDate, Limit, Offset, RecordError, page } from './common.js';

export const DOCUMENT_FORMATS = ['text', 'html', 'jsonl', 'rss', 'atom'] as const;

export const DocumentSummarySchema = z.object({
  id: z.string(),
  contentHash: z.string(),
  format: z.enum(DOCUMENT_FORMATS),
  title: z.string().optional(),
  date: z.string().optional(),
  source: z.string().optional(),
  url: z.string().optional(),
  sentences: z.number().int(),
  events: z.number().int(),
  quotes: z.number().int(),
}).meta({ id: 'DocumentSummary' });

export const DocumentPage = page(DocumentSummarySchema).meta({ id: 'DocumentPage' });

export const DocumentListQuery = z.object({
  sort: z.enum(['date-asc', 'date-desc']).default('date-desc'),
  source: z.string().min(1).max(200).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  title: z.string().min(1).max(200).optional(),
  limit: Limit(500, 50),
  offset: Offset,
});

export const DocumentParams = z.object({ id: Id });

export const QuoteSchema = z.object({
  sentenceIndex: z.number().int(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  speaker: z.string().optional(),
  speakerCode: z.string().optional(),
  speakerOffice: z.string().optional(),
}).meta({ id: 'Quote' });

export const DocumentDetailSchema = z.object({
  document: z.object({
    id: z.string(),
    contentHash: z.string(),
    format: z.enum(DOCUMENT_FORMATS),
    text: z.string(),
    title: z.string().optional(),
    date: z.string().optional(),
    source: z.string().optional(),
    url: z.string().optional(),
    origin: z.string().optional(),
  }),
  sentences: z.array(z.object({ index: z.number().int(), start: z.number().int(), end: z.number().int(), text: z.string() })),
  quotes: z.array(QuoteSchema),
  actors: z.array(z.object({
    sentenceIndex: z.number().int(),
    start: z.number().int(),
    end: z.number().int(),
    text: z.string(),
    codes: z.array(z.string()),
    rule: z.string(),
  })),
  /** Events coded from this document (at most `eventsLimit`), with the count of all of them. */
  events: z.array(EventSchema),
  eventCount: z.number().int(),
}).meta({ id: 'DocumentDetail' });

/** Query of an upload sent as a raw body (text, HTML, JSONL): the name used in messages. */
export const UploadQuery = z.object({
  name: z.string().min(1).max(200).regex(/^[^/\\\0]+$/, 'expected a file name without slashes').optional(),
});

export const UploadResult = z.object({
  /** Documents read from the upload (stored + already present). */
  read: z.number().int(),
  stored: z.number().int(),
  skipped: z.number().int(),
  sentences: z.number().int(),
  events: z.number().int(),
  quotes: z.number().int(),
  failed: z.number().int(),
  errors: z.array(RecordError),
  /** Each document decoded from the upload, to link to its events. */
  documents: z.array(z.object({ id: z.string(), title: z.string().optional(), events: z.number().int() })),
}).meta({ id: 'UploadResult' });
export type UploadResult = z.infer<typeof UploadResult>;

/** Pasted text (or HTML) with what is known about it; decoded like one JSONL record. */
export const PasteBody = z.object({
  text: z.string().max(5_000_000).optional(),
  html: z.string().max(5_000_000).optional(),
  title: z.string().max(1000).optional(),
  date: IsoDate.optional(),
  source: z.string().max(200).optional(),
  url: z.url().max(2000).optional(),
}).strict().refine((b) => (b.text?.trim() ?? '') !== '' || (b.html?.trim() ?? '') !== '', {
  message: 'expected non-empty "text" or "html"', path: ['text'],
});
