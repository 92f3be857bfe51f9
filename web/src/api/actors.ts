import { request } from './client.js';
import type { ActorInfo, ActorSearchResult } from './types.js';

export async function searchActors(q: string, signal?: AbortSignal): Promise<ActorSearchResult[]> {
  return (await request<{ items: ActorSearchResult[] }>('GET', '/api/actors', { query: { q, limit: 12 }, ...(signal ? { signal } : {}) })).items;
}

export async function getActor(code: string, signal?: AbortSignal): Promise<ActorInfo> {
  return (await request<{ actor: ActorInfo }>('GET', `/api/actors/${encodeURIComponent(code)}`, signal ? { signal } : {})).actor;
}
