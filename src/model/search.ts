import { actorInfo } from './actor-info.js';
import type { ActorInfo } from './actor-info.js';
import { NAMED_ACTORS } from './actors.js';
import { COUNTRIES } from './countries.js';
import { fold } from './names.js';
import { OFFICE_HOLDERS } from './office-holders.js';
import type { OfficeHolder } from './office-holders.js';

export type SearchVia = 'code' | 'country' | 'actor' | 'person' | 'demonym' | 'capital';

export interface PersonTerm {
  title: string;
  code: string;
  from: string;
  to?: string;
}

export interface ActorSearchResult extends ActorInfo {
  /** The name or code that matched the query. */
  matched: string;
  via: SearchVia;
  /** For office holders: who, and every office they held with its dates. */
  person?: { id: string; name: string; terms: PersonTerm[] };
}

interface IndexEntry {
  key: string;
  text: string;
  via: SearchVia;
  dedupe: string;
  make: () => ActorSearchResult | undefined;
}

const VIA_ORDER: readonly SearchVia[] = ['code', 'country', 'actor', 'person', 'demonym', 'capital'];
const searchKey = (s: string): string => fold(s).toLowerCase().replace(/\s+/g, ' ').trim();

function personResult(p: OfficeHolder, matched: string): ActorSearchResult {
  const last = p.terms.at(-1);
  const terms = p.terms.map((t) => ({ title: t.title, code: t.code, from: t.from, ...(t.to ? { to: t.to } : {}) }));
  const info = actorInfo(last?.code ?? '');
  const result: ActorSearchResult = {
    code: last?.code ?? '', name: p.name, kind: 'person', matched, via: 'person', person: { id: p.id, name: p.name, terms },
  };
  if (info?.country) result.country = info.country;
  if (info?.role) result.role = info.role;
  if (info?.flag) result.flag = info.flag;
  return result;
}

function fromInfo(code: string, matched: string, via: SearchVia, name?: string): ActorSearchResult | undefined {
  const info = actorInfo(code);
  return info ? { ...info, ...(name ? { name } : {}), matched, via } : undefined;
}

let index: IndexEntry[] | undefined;

function buildIndex(): IndexEntry[] {
  const out: IndexEntry[] = [];
  const add = (text: string, via: SearchVia, dedupe: string, make: () => ActorSearchResult | undefined): void => {
    out.push({ key: searchKey(text), text, via, dedupe, make });
  };
  for (const c of COUNTRIES) {
    for (const code of new Set([c.code, c.iso3])) add(code, 'code', c.code, () => fromInfo(c.code, code, 'code'));
    for (const n of c.names) add(n, 'country', c.code, () => fromInfo(c.code, n, 'country'));
    for (const n of [...c.adjectives, ...c.demonyms]) add(n, 'demonym', c.code, () => fromInfo(c.code, n, 'demonym'));
    for (const n of c.capitals) add(n, 'capital', c.code, () => fromInfo(c.code, n, 'capital'));
  }
  for (const a of NAMED_ACTORS) {
    const dedupe = `${a.code}:${a.name}`;
    // A territory's code is its state's ("SYR" is Syria, not the Golan Heights).
    if (a.category !== 'territory') add(a.code, 'code', dedupe, () => fromInfo(a.code, a.code, 'code', a.name));
    for (const n of [a.name, ...a.names]) add(n, 'actor', dedupe, () => fromInfo(a.code, n, 'actor', a.name));
  }
  for (const p of OFFICE_HOLDERS) {
    for (const n of [p.name, ...p.aliases]) add(n, 'person', `person:${p.id}`, () => personResult(p, n));
  }
  return out;
}

function score(entry: IndexEntry, q: string): number | undefined {
  if (entry.key === q) return 0;
  if (entry.key.startsWith(q)) return 1;
  if (entry.key.split(/[\s\-']/).some((w) => w.startsWith(q))) return 2;
  if (q.length >= 4 && entry.key.includes(q)) return 3;
  return undefined;
}

/**
 * Finds actors by name, code, demonym, capital or office holder, best matches first (exact, then
 * prefix, then word prefix, then substring). Office holders come with every office and its dates.
 */
export function searchActors(query: string, limit = 20): ActorSearchResult[] {
  const q = searchKey(query.slice(0, 200));
  if (q === '') return [];
  const max = Math.min(Math.max(Math.trunc(limit) || 0, 1), 100);
  index ??= buildIndex();
  const hits: Array<{ entry: IndexEntry; score: number }> = [];
  for (const entry of index) {
    const s = score(entry, q);
    if (s !== undefined) hits.push({ entry, score: s });
  }
  hits.sort((a, b) => a.score - b.score || VIA_ORDER.indexOf(a.entry.via) - VIA_ORDER.indexOf(b.entry.via)
    || a.entry.text.length - b.entry.text.length || a.entry.text.localeCompare(b.entry.text));
  const seen = new Set<string>();
  const out: ActorSearchResult[] = [];
  for (const { entry } of hits) {
    if (seen.has(entry.dedupe)) continue;
    seen.add(entry.dedupe);
    const result = entry.make();
    if (result) out.push(result);
    if (out.length >= max) break;
  }
  return out;
}
