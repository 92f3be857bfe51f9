/**
 * The one catch of the HTTP side: whatever a handler, a plugin or fastify itself throws becomes
 * `{ error: { code, message, field?, hint? } }` with a status that says whose fault it was.
 * Bad input is always 4xx; only a failure of the server itself is 5xx.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { EntenteError } from '../errors.js';
import type { ErrorCode } from '../errors.js';
import type { ErrorBody, RecordError } from './schemas/index.js';

const STATUS: Record<ErrorCode, number> = {
  INPUT_UNREADABLE: 400,
  INPUT_EMPTY: 400,
  INPUT_BINARY: 415,
  INPUT_ENCODING: 400,
  INPUT_FORMAT: 400,
  INPUT_RECORD: 400,
  INPUT_TOO_LARGE: 413,
  DICTIONARY: 400,
  VALIDATION: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  STORE: 503,
  CONFIG: 500,
  INTERNAL: 500,
};

/** An EntenteError that also carries per-record details (a failed upload). */
export class DetailedError extends EntenteError {
  constructor(code: ErrorCode, message: string, readonly details: RecordError[], options: { hint?: string } = {}) {
    super(code, message, options);
  }
}

export function recordError(error: EntenteError): RecordError {
  const out: RecordError = { code: error.code, message: error.message };
  if (error.location?.file !== undefined) out.file = error.location.file;
  if (error.location?.line !== undefined) out.line = error.location.line;
  if (error.location?.field !== undefined) out.field = error.location.field;
  if (error.hint !== undefined) out.hint = error.hint;
  return out;
}

interface Mapped {
  status: number;
  body: ErrorBody;
}

/** Fastify's and its plugins' own errors, by code: what went wrong, in the caller's terms. */
const FASTIFY: Record<string, (e: FastifyError) => Mapped> = {
  FST_ERR_CTP_BODY_TOO_LARGE: () => failure(413, 'INPUT_TOO_LARGE', 'the request body is larger than this endpoint accepts', 'send a smaller body, or split the upload into several files'),
  FST_REQ_FILE_TOO_LARGE: () => failure(413, 'INPUT_TOO_LARGE', 'the uploaded file is larger than this endpoint accepts', 'split the upload into several files'),
  FST_FILES_LIMIT: () => failure(413, 'INPUT_TOO_LARGE', 'too many files in one upload', 'send at most the allowed number of files per request'),
  FST_PARTS_LIMIT: () => failure(413, 'INPUT_TOO_LARGE', 'too many parts in one upload', 'send fewer form fields and files'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: (e) => failure(415, 'INPUT_FORMAT', e.message, 'send JSON (application/json), or for uploads text/plain, text/html, application/x-ndjson or multipart/form-data'),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => failure(400, 'INPUT_FORMAT', 'the Content-Length header does not match the body', undefined),
  FST_ERR_MAX_PARAM_LENGTH: () => failure(414, 'INPUT_TOO_LARGE', 'a path parameter is longer than 200 characters', 'ids and codes are short; check the URL'),
  FST_ERR_BAD_URL: () => failure(400, 'VALIDATION', 'the URL is not valid (bad percent-encoding?)', 'encode the path with encodeURIComponent'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => failure(400, 'INPUT_EMPTY', 'the request says it is JSON but its body is empty', 'send a JSON object'),
  FST_INVALID_MULTIPART_CONTENT_TYPE: () => failure(415, 'INPUT_FORMAT', 'the request is not multipart/form-data', 'send the file as multipart/form-data or as a raw body'),
  FST_CSRF_MISSING_SECRET: () => failure(403, 'FORBIDDEN', 'no CSRF cookie: this state-changing request cannot be verified', 'GET /api/auth/csrf first, then send its token in the x-csrf-token header'),
  FST_CSRF_INVALID_TOKEN: () => failure(403, 'FORBIDDEN', 'missing or wrong CSRF token', 'GET /api/auth/csrf and send its token in the x-csrf-token header'),
};

function failure(status: number, code: string, message: string, hint: string | undefined): Mapped {
  return { status, body: { error: hint === undefined ? { code, message } : { code, message, hint } } };
}

export function mapError(error: unknown): Mapped {
  if (error instanceof EntenteError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message } };
    if (error.location?.field !== undefined) body.error.field = error.location.field;
    if (error.hint !== undefined) body.error.hint = error.hint;
    if (error instanceof DetailedError) body.error.details = error.details;
    return { status: STATUS[error.code], body };
  }
  const fe = error as Partial<FastifyError>;
  const known = typeof fe.code === 'string' ? FASTIFY[fe.code] : undefined;
  if (known) return known(fe as FastifyError);
  if (fe.statusCode === 429) return failure(429, 'RATE_LIMITED', 'too many attempts; wait a minute before trying again', 'rate limits protect sign-in and sign-up');
  // JSON syntax errors and any other client error fastify raises before a handler runs.
  if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    return failure(fe.statusCode, 'VALIDATION', fe.message ?? 'bad request', undefined);
  }
  return failure(500, 'INTERNAL', 'the server failed to answer this request', 'this is a bug in entente; the server log has the details');
}

export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const { status, body } = mapError(error);
  if (status >= 500) request.log.error({ err: error }, 'request failed');
  return reply.status(status).type('application/json; charset=utf-8').send(body);
}
