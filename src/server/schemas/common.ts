/**
 * Building blocks shared by the resource schemas: the error body, pages, dates, actor codes.
 * Request schemas accept what a browser sends (query strings are text); response schemas say
 * exactly what the server returns. The web app imports these, so they change only additively.
 */
import { z } from 'zod';

/** One problem with one record (an upload's line, a file). */
export const RecordError = z.object({
  code: z.string(),
  message: z.string(),
  file: z.string().optional(),
  line: z.number().int().optional(),
  field: z.string().optional(),
  hint: z.string().optional(),
}).meta({ id: 'RecordError' });
export type RecordError = z.infer<typeof RecordError>;

export const ErrorBody = z.object({
  error: z.object({
    /** A stable code: the EntenteError codes plus RATE_LIMITED. */
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
    hint: z.string().optional(),
    /** Per-record problems when a whole upload failed. */
    details: z.array(RecordError).optional(),
  }),
}).meta({ id: 'Error' });
export type ErrorBody = z.infer<typeof ErrorBody>;

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD').refine((s) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}, 'not a calendar date');

export const Timestamp = z.string().describe('ISO 8601 timestamp');

/** CAMEO-style actor code: a country or IGO code plus optional roles (IRN, RUSGOV, IGOUNO). */
export const ActorCode = z.string()
  .regex(/^[A-Za-z]{3}[A-Za-z0-9]{0,29}$/, 'expected an actor code such as IRN or RUSGOV')
  .transform((s) => s.toUpperCase());

export const CameoPrefix = z.string().regex(/^\d{2,4}$/, 'expected a CAMEO code or prefix such as 04 or 0232');

/** Ids are opaque, but bounded so a path cannot carry a megabyte. */
export const Id = z.string().min(1).max(200);

export const Limit = (max: number, fallback: number) => z.coerce.number().int().min(0).max(max).default(fallback);
export const Offset = z.coerce.number().int().min(0).max(10_000_000).default(0);

export function page<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  });
}

/** Date window of a query; `from` after `to` is refused where it is checked (see checkWindow). */
export const Window = z.object({ from: IsoDate.optional(), to: IsoDate.optional() });

export const Empty = z.object({}).strict();
