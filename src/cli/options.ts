/** CLI flag validation: every flag from outside goes through zod here, at the boundary. */
import { z } from 'zod';
import { ValidationError } from '../errors.js';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD').refine(
  (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
  'not a calendar date',
);
export const actorCode = z.string().regex(/^[A-Za-z]{3}[A-Za-z0-9]*$/, 'expected an actor code such as IRN or RUSGOV').transform((s) => s.toUpperCase());
export const cameoCodePrefix = z.string().regex(/^\d{2,4}$/, 'expected a CAMEO code or prefix such as 04 or 0232');
export const positiveInt = z.coerce.number().int().positive();
/** `--from` / `--to`. Only the schema is shared: each command words (and defaults) the help its own way. */
export const DateWindow = { from: isoDate.optional(), to: isoDate.optional() };
export const outputFormat = z.enum(['table', 'json', 'jsonl', 'csv']);

/** Parses `raw` with `schema`, turning the first problem into a ValidationError naming the flag. */
export function parseOptions<T extends z.ZodType>(schema: T, raw: unknown): z.output<T> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const flag = issue?.path.length ? `--${String(issue.path[0]).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}` : 'arguments';
  throw new ValidationError('VALIDATION', `${flag}: ${issue?.message ?? 'invalid value'}`, { location: { field: flag } });
}

/** exactOptionalPropertyTypes: drop keys whose value is undefined before passing them on. */
export function stripUndefined<T extends Record<string, unknown>>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}
