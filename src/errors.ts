/**
 * The one error hierarchy. Every error a user can cause is an EntenteError with a stable code,
 * a message naming what was wrong and where, and a hint saying what to do. Entry points (CLI
 * commands, HTTP handlers) catch these once and turn them into a message and exit code / status.
 */

/** Where in an input the problem is. */
export interface ErrorLocation {
  file?: string;
  line?: number;
  field?: string;
}

export type ErrorCode =
  | 'INPUT_UNREADABLE'
  | 'INPUT_EMPTY'
  | 'INPUT_BINARY'
  | 'INPUT_ENCODING'
  | 'INPUT_FORMAT'
  | 'INPUT_RECORD'
  | 'INPUT_TOO_LARGE'
  | 'DICTIONARY'
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'STORE'
  | 'CONFIG'
  | 'INTERNAL';

export class EntenteError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  readonly location: ErrorLocation | undefined;

  constructor(code: ErrorCode, message: string, options: { hint?: string; location?: ErrorLocation; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.hint = options.hint;
    this.location = options.location;
  }

  /** `file:line: message (hint)` — the form printed by the CLI. */
  describe(): string {
    const where = formatLocation(this.location);
    const hint = this.hint ? ` — ${this.hint}` : '';
    return `${where ? `${where}: ` : ''}${this.message}${hint}`;
  }
}

/** Bad input from outside: a file, a record, a field. */
export class InputError extends EntenteError {}
/** A malformed dictionary line or file. */
export class DictionaryError extends EntenteError {}
/** A value that failed validation at a boundary (CLI flag, HTTP body, config). */
export class ValidationError extends EntenteError {}
export class NotFoundError extends EntenteError {}
export class StoreError extends EntenteError {}

export function formatLocation(location: ErrorLocation | undefined): string {
  if (!location) return '';
  const parts: string[] = [];
  if (location.file) parts.push(location.line === undefined ? location.file : `${location.file}:${location.line}`);
  else if (location.line !== undefined) parts.push(`line ${location.line}`);
  if (location.field) parts.push(`field "${location.field}"`);
  return parts.join(' ');
}

/** Any thrown value as a one-line message; EntenteErrors keep their location and hint. */
export function describeError(error: unknown): string {
  if (error instanceof EntenteError) return error.describe();
  if (error instanceof Error) return error.message;
  return String(error);
}
