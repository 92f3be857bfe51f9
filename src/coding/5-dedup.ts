/**
 * Step 5 — dedup and ids. One event per (source, target, code) in a sentence — the most
 * confident wins — and ids that depend only on what was coded, so re-coding the same document
 * gives the same ids.
 */
import type { Coding } from './4-events.js';

export function dedupCodings(codings: readonly Coding[]): Coding[] {
  const best = new Map<string, Coding>();
  for (const c of codings) {
    const key = `${c.source}|${c.target}|${c.code}`;
    const have = best.get(key);
    if (!have || c.confidence > have.confidence) best.set(key, c);
  }
  return [...best.values()];
}

/** 64-bit FNV-1a of the parts, as 16 hex digits (two 32-bit lanes; fast and stable). */
export function eventId(docId: string, sentenceIndex: number, source: string, target: string, code: string): string {
  const text = `${docId}\u0000${sentenceIndex}\u0000${source}\u0000${target}\u0000${code}`;
  let a = 0x811c9dc5;
  let b = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (a >>> 7), 0x01000193) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}
