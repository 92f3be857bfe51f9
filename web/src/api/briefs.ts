import { queryString, request } from './client.js';
import type { Brief } from './types.js';

export interface BriefWindow {
  from?: string;
  to?: string;
}

export function getBrief(a: string, b: string, window: BriefWindow = {}, signal?: AbortSignal): Promise<Brief> {
  return request('GET', `/api/briefs/${encodeURIComponent(a)}/${encodeURIComponent(b)}`, { query: { ...window, format: 'json' }, ...(signal ? { signal } : {}) });
}

/** The same brief as a standalone page or Markdown, for download. */
export function briefUrl(a: string, b: string, format: 'html' | 'md', window: BriefWindow = {}): string {
  return `/api/briefs/${encodeURIComponent(a)}/${encodeURIComponent(b)}${queryString({ ...window, format })}`;
}

/** Annotations name a brief by its dyad, as the reader's address does. */
export function briefId(a: string, b: string): string {
  return `${a}-${b}`;
}
