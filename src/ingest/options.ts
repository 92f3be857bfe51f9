import { z } from 'zod';
import { ValidationError } from '../errors.js';
import { normaliseDate } from './date.js';

/** Metadata that fills in what a document does not say itself, plus size limits. */
export interface IngestOptions {
  /** Publication date for documents without one (`YYYY-MM-DD` or an ISO timestamp). */
  date?: string;
  title?: string;
  source?: string;
  url?: string;
  /** Largest non-JSONL file read whole, in bytes (default 50 MB). */
  maxFileBytes?: number;
  /** Largest single JSONL line, in bytes (default 10 MB). */
  maxLineBytes?: number;
}

export const DEFAULT_MAX_FILE_BYTES = 50 * 1024 * 1024;
export const DEFAULT_MAX_LINE_BYTES = 10 * 1024 * 1024;

/** Options after validation: the date normalised, the limits filled in. */
export interface ResolvedOptions {
  date?: string;
  title?: string;
  source?: string;
  url?: string;
  maxFileBytes: number;
  maxLineBytes: number;
}

const schema = z.object({
  date: z.string().optional(),
  title: z.string().optional(),
  source: z.string().optional(),
  url: z.string().optional(),
  maxFileBytes: z.number().int().positive().optional(),
  maxLineBytes: z.number().int().positive().optional(),
});

/** Options come from CLI flags or HTTP bodies, so they are checked here, once, at the boundary. */
export function resolveOptions(options: IngestOptions = {}): ResolvedOptions {
  const parsed = schema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    throw new ValidationError('VALIDATION', `ingest option "${field}": ${issue?.message ?? 'invalid'}`, {
      location: { field },
      hint: 'date/title/source/url are strings; limits are positive whole numbers of bytes',
    });
  }
  const o = parsed.data;
  const resolved: ResolvedOptions = {
    maxFileBytes: o.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES,
    maxLineBytes: o.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES,
  };
  if (o.date !== undefined) {
    const date = normaliseDate(o.date);
    if (date === undefined) {
      throw new ValidationError('VALIDATION', `ingest option "date" is not a date: "${o.date}"`, {
        location: { field: 'date' },
        hint: 'give a calendar date as YYYY-MM-DD',
      });
    }
    resolved.date = date;
  }
  for (const key of ['title', 'source', 'url'] as const) {
    const value = o[key]?.trim();
    if (value) resolved[key] = value;
  }
  return resolved;
}
