/** The JSON brief: the Brief itself, keys sorted at every level so the bytes depend only on the data. */
import type { Brief } from '../types.js';

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  }
  return value;
}

export function renderJson(brief: Brief): string {
  return `${JSON.stringify(sortKeys(brief), null, 2)}\n`;
}
