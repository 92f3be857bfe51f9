import { queryString, request } from './client.js';
import type { ApiEvent, DocumentDetail, DocumentSummary, EventQuery, ExportFormat, Page } from './types.js';

export function listEvents(query: EventQuery, signal?: AbortSignal): Promise<Page<ApiEvent>> {
  return request('GET', '/api/events', { query: { ...query }, ...(signal ? { signal } : {}) });
}

export function getEvent(id: string, signal?: AbortSignal): Promise<ApiEvent> {
  return request('GET', `/api/events/${encodeURIComponent(id)}`, signal ? { signal } : {});
}

/** A link, not a fetch: the browser downloads the file itself, however large. */
export function eventsDownloadUrl(query: EventQuery, format: ExportFormat): string {
  const { limit: _limit, offset: _offset, ...filters } = query;
  return `/api/events/export${queryString({ ...filters, format })}`;
}

// A document never changes under its id (ids follow content), and one brief claim often cites the
// same article several times: keep the last few answers instead of asking again.
const documents = new Map<string, Promise<DocumentDetail>>();
const KEEP_DOCUMENTS = 30;

export function getDocument(id: string): Promise<DocumentDetail> {
  const cached = documents.get(id);
  if (cached) return cached;
  const pending = request<DocumentDetail>('GET', `/api/documents/${encodeURIComponent(id)}`);
  documents.set(id, pending);
  pending.catch(() => documents.delete(id));
  if (documents.size > KEEP_DOCUMENTS) documents.delete(documents.keys().next().value as string);
  return pending;
}

export function listDocuments(query: { limit?: number; offset?: number; title?: string }, signal?: AbortSignal): Promise<Page<DocumentSummary>> {
  return request('GET', '/api/documents', { query, ...(signal ? { signal } : {}) });
}
