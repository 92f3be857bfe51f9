import { queryString, request } from './client.js';
import type { Annotation, Correction, NewAnnotation, Page } from './types.js';

export interface AnnotationFilter {
  targetKind?: 'event' | 'brief';
  targetId?: string;
  section?: string;
  kind?: 'comment' | 'correction';
  authorId?: string;
  limit?: number;
  offset?: number;
}

export function listAnnotations(filter: AnnotationFilter, signal?: AbortSignal): Promise<Page<Annotation>> {
  return request('GET', '/api/annotations', { query: { ...filter }, ...(signal ? { signal } : {}) });
}

export function getAnnotation(id: string, signal?: AbortSignal): Promise<Annotation> {
  return request('GET', `/api/annotations/${encodeURIComponent(id)}`, signal ? { signal } : {});
}

export function createAnnotation(body: NewAnnotation): Promise<Annotation> {
  return request('POST', '/api/annotations', { body });
}

export function updateAnnotation(id: string, patch: { body?: string; correction?: Correction | null }): Promise<Annotation> {
  return request('PATCH', `/api/annotations/${encodeURIComponent(id)}`, { body: patch });
}

export function deleteAnnotation(id: string): Promise<void> {
  return request('DELETE', `/api/annotations/${encodeURIComponent(id)}`);
}

export function correctionsExportUrl(format: 'jsonl' | 'csv'): string {
  return `/api/annotations/corrections${queryString({ format })}`;
}
