/**
 * Story clustering: reports of one real-world happening — the same event coded from several
 * articles, or GDELT's duplicate events for one story — joined into one cluster that keeps every
 * report. Two reports join when they share the directed dyad and the CAMEO root, lie within
 * `windowDays` of each other, and their texts overlap by at least `minSimilarity` (Jaccard of
 * content words); clusters are the connected groups (single link). Reports with no text at all
 * join only on the same day. A cluster's id is the id of its earliest report.
 */
import { contentWords, jaccard, urlWords } from './similarity.js';

export interface ClusterInput {
  id: string;
  /** ISO `YYYY-MM-DD`. */
  date: string;
  source: string;
  target: string;
  root: string;
  /** Evidence sentence, when coded from text. */
  text?: string;
  url?: string;
  sourceName?: string;
  targetName?: string;
}

export interface ClusterOptions {
  /** Largest gap in days between two reports of one happening. Default 2. */
  windowDays?: number;
  /** Smallest word overlap (0..1) for two reports to be one happening. Default 0.3. */
  minSimilarity?: number;
  /** Most earlier reports each report is compared with (keeps huge blocks linear). Default 500. */
  maxComparisons?: number;
}

export const DEFAULT_CLUSTER_OPTIONS = { windowDays: 2, minSimilarity: 0.3, maxComparisons: 500 } as const;

const DAY_MS = 86_400_000;

export function wordsOf(e: ClusterInput): Set<string> {
  if (e.text) return contentWords(e.text);
  if (e.url) return urlWords(e.url);
  return new Set();
}

class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r] ?? r;
    while (this.parent[i] !== r) {
      const next = this.parent[i] ?? r;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  union(a: number, b: number): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    // The lower index (earlier report) stays the root, so it names the cluster.
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/** Clusters one block (same dyad and root), sorted here by date then id. Returns id -> cluster id. */
export function clusterBlock(block: readonly ClusterInput[], options: ClusterOptions = {}): Map<string, string> {
  const o = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  const sorted = [...block].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const days = sorted.map((e) => Date.parse(`${e.date}T00:00:00Z`) / DAY_MS);
  const words = sorted.map(wordsOf);
  const uf = new UnionFind(sorted.length);
  for (let i = 1; i < sorted.length; i++) {
    let compared = 0;
    for (let j = i - 1; j >= 0 && compared < o.maxComparisons; j--, compared++) {
      const gap = (days[i] ?? 0) - (days[j] ?? 0);
      if (gap > o.windowDays) break;
      const [wi, wj] = [words[i] ?? new Set<string>(), words[j] ?? new Set<string>()];
      const similar = wi.size === 0 && wj.size === 0 ? gap === 0 : jaccard(wi, wj) >= o.minSimilarity;
      if (similar) uf.union(i, j);
    }
  }
  return new Map(sorted.map((e, i) => [e.id, sorted[uf.find(i)]?.id ?? e.id]));
}

export const blockKey = (e: Pick<ClusterInput, 'source' | 'target' | 'root'>): string => `${e.source}\u001f${e.target}\u001f${e.root}`;

/** Clusters any set of reports: blocks by dyad and root, then `clusterBlock` each. */
export function clusterEvents(events: readonly ClusterInput[], options: ClusterOptions = {}): Map<string, string> {
  const blocks = new Map<string, ClusterInput[]>();
  for (const e of events) {
    const key = blockKey(e);
    const list = blocks.get(key);
    if (list) list.push(e);
    else blocks.set(key, [e]);
  }
  const out = new Map<string, string>();
  for (const block of blocks.values()) for (const [id, cluster] of clusterBlock(block, options)) out.set(id, cluster);
  return out;
}
