/**
 * The one way the app talks to the API: JSON in and out, the session cookie sent along, the CSRF
 * token attached to every state-changing request, and every failure turned into an ApiError that
 * carries the server's message (so the UI can show "you can only edit your own annotations"
 * rather than a status code).
 */

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly field: string | undefined;
  readonly hint: string | undefined;

  constructor(status: number, code: string, message: string, field?: string, hint?: string) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.field = field;
    this.hint = hint;
  }

  /** The message to show a reader: the server's words, with its hint when it gave one. */
  describe(): string {
    return this.hint ? `${this.message} — ${this.hint}` : this.message;
  }
}

export type QueryValue = string | number | boolean | undefined | null | readonly (string | number)[];
export type Query = Record<string, QueryValue>;

/** `?a=1&b=x`, leaving out empty values so URLs stay short and shareable. */
export function queryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else {
      params.set(key, String(value));
    }
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Turns an error body from the API (or anything else a proxy may send) into an ApiError. */
export function toApiError(status: number, body: unknown, statusText = ''): ApiError {
  const error = (body as { error?: unknown } | null)?.error;
  if (error && typeof error === 'object') {
    const e = error as Record<string, unknown>;
    const message = typeof e.message === 'string' ? e.message : `request failed (${status})`;
    return new ApiError(status, typeof e.code === 'string' ? e.code : 'HTTP_' + status, message,
      typeof e.field === 'string' ? e.field : undefined, typeof e.hint === 'string' ? e.hint : undefined);
  }
  if (typeof body === 'string' && body.trim() && body.length < 300) return new ApiError(status, `HTTP_${status}`, body.trim());
  return new ApiError(status, `HTTP_${status}`, `request failed: ${status} ${statusText}`.trim());
}

let csrfToken: string | undefined;
let csrfSource: (() => Promise<string>) | undefined;

/** How to get a CSRF token (the auth module registers it); the token is cached until a 403 says otherwise. */
export function setCsrfSource(source: () => Promise<string>): void {
  csrfSource = source;
  csrfToken = undefined;
}

export function forgetCsrfToken(): void {
  csrfToken = undefined;
}

export const CSRF_HEADER = 'x-csrf-token';

/** The session's CSRF token (fetched once, then cached), for requests made outside `request`. */
export async function csrfTokenValue(): Promise<string | undefined> {
  if (!csrfSource) return undefined;
  csrfToken ??= await csrfSource();
  return csrfToken;
}

async function csrfHeader(): Promise<Record<string, string>> {
  const token = await csrfTokenValue();
  return token ? { [CSRF_HEADER]: token } : {};
}

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
}

const SAFE = new Set(['GET', 'HEAD']);

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const send = async (): Promise<Response> => {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (!SAFE.has(method)) Object.assign(headers, await csrfHeader());
    const init: RequestInit = { method, headers, credentials: 'same-origin' };
    if (options.body !== undefined) init.body = JSON.stringify(options.body);
    if (options.signal) init.signal = options.signal;
    return fetch(path + queryString(options.query), init);
  };
  let response = await send();
  // A token from before sign-in/out no longer matches the session: fetch a fresh one once.
  if (response.status === 403 && !SAFE.has(method) && csrfSource && (await isCsrfFailure(response.clone()))) {
    csrfToken = undefined;
    response = await send();
  }
  return readResponse<T>(response);
}

async function isCsrfFailure(response: Response): Promise<boolean> {
  const body: unknown = await response.json().catch(() => undefined);
  const err = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
  return /csrf/i.test(`${String(err?.code ?? '')} ${String(err?.message ?? '')}`);
}

export async function readResponse<T>(response: Response): Promise<T> {
  const type = response.headers.get('content-type') ?? '';
  const body: unknown = type.includes('json') ? await response.json().catch(() => undefined) : await response.text();
  if (!response.ok) throw toApiError(response.status, body, response.statusText);
  return body as T;
}

/** The API writes messages as CLI lines ("only the author…"); on a page they start a sentence. */
function sentence(message: string): string {
  return /^[a-z]+ /.test(message) ? message.charAt(0).toUpperCase() + message.slice(1) : message;
}

/** Any thrown value as the sentence to show in the UI. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return sentence(error.describe());
  if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
  if (error instanceof Error) return error.message;
  return String(error);
}
