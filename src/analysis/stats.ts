/** Building and combining DirectedStats: the only code that knows how an event adds to a bucket. */
import { addScores, subtractScores } from './scores.js';
import type { AnalysisEvent, ClusterStat, DirectedStats, QuadCounts } from './types.js';

export const emptyQuad = (): QuadCounts => ({ 1: 0, 2: 0, 3: 0, 4: 0 });

export function emptyStats(): DirectedStats {
  return { count: 0, quad: emptyQuad(), domains: {}, goldsteinSum: 0, cooperativeWeight: 0, conflictualWeight: 0 };
}

/** Net-cooperation contribution of one event: +|g| for quad 1–2, −|g| for quad 3–4 (see DirectedStats). */
export function netOf(e: Pick<AnalysisEvent, 'quad' | 'goldstein'>): number {
  return e.quad <= 2 ? Math.abs(e.goldstein) : -Math.abs(e.goldstein);
}

export function netOfStats(s: DirectedStats): number {
  return subtractScores(s.cooperativeWeight, s.conflictualWeight);
}

/** Adds an event to the stats; `clusters` collects per-cluster sums when given. */
export function addEvent(s: DirectedStats, e: AnalysisEvent, clusters?: Map<string, ClusterStat>): void {
  s.count++;
  s.quad[e.quad]++;
  s.domains[e.domain] = (s.domains[e.domain] ?? 0) + 1;
  // Sums of scores go through scores.ts, so they are exact and independent of event order.
  s.goldsteinSum = addScores(s.goldsteinSum, e.goldstein);
  const net = netOf(e);
  if (e.quad <= 2) s.cooperativeWeight = addScores(s.cooperativeWeight, net);
  else s.conflictualWeight = subtractScores(s.conflictualWeight, net);
  if (clusters) {
    const id = e.clusterId ?? e.id;
    const c = clusters.get(id);
    if (c) {
      c.count++;
      c.goldsteinSum = addScores(c.goldsteinSum, e.goldstein);
      c.net = addScores(c.net, net);
    } else {
      clusters.set(id, { id, count: 1, goldsteinSum: addScores(0, e.goldstein), net: addScores(0, net) });
    }
  }
}

export function sortedClusters(clusters: Map<string, ClusterStat>): ClusterStat[] {
  return [...clusters.values()].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

const ascendingUnique = (list: readonly ClusterStat[]): boolean => {
  for (let i = 1; i < list.length; i++) if (!((list[i - 1]?.id ?? '') < (list[i]?.id ?? ''))) return false;
  return true;
};

const sumClusters = (x: ClusterStat, y: ClusterStat): ClusterStat => ({
  id: x.id, count: x.count + y.count, goldsteinSum: addScores(x.goldsteinSum, y.goldsteinSum), net: addScores(x.net, y.net),
});

/**
 * Both lists' clusters by id, those in both summed (a's figures first). Stores and aggregateDyad
 * give each list sorted by id without repeats, so one merge pass does it; other lists go through a
 * map and a sort, which gives the same result.
 */
function mergeClusters(a: readonly ClusterStat[], b: readonly ClusterStat[]): ClusterStat[] {
  if (!ascendingUnique(a) || !ascendingUnique(b)) {
    const byId = new Map<string, ClusterStat>();
    for (const c of [...a, ...b]) {
      const seen = byId.get(c.id);
      if (seen) byId.set(c.id, sumClusters(seen, c));
      else byId.set(c.id, { ...c });
    }
    return sortedClusters(byId);
  }
  const out: ClusterStat[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x && (!y || x.id < y.id)) { out.push({ ...x }); i++; }
    else if (y && (!x || y.id < x.id)) { out.push({ ...y }); j++; }
    else if (x && y) {
      out.push(sumClusters(x, y));
      i++;
      j++;
    }
  }
  return out;
}

/** A→B and B→A pooled. Clusters with the same id (one story reporting both ways) are merged, so
 * the bootstrap treats them as one draw. */
export function mergeStats(a: DirectedStats, b: DirectedStats): DirectedStats {
  const domains: Record<string, number> = { ...a.domains };
  for (const [d, n] of Object.entries(b.domains)) domains[d] = (domains[d] ?? 0) + n;
  const merged: DirectedStats = {
    count: a.count + b.count,
    quad: { 1: a.quad[1] + b.quad[1], 2: a.quad[2] + b.quad[2], 3: a.quad[3] + b.quad[3], 4: a.quad[4] + b.quad[4] },
    domains,
    goldsteinSum: addScores(a.goldsteinSum, b.goldsteinSum),
    cooperativeWeight: addScores(a.cooperativeWeight, b.cooperativeWeight),
    conflictualWeight: addScores(a.conflictualWeight, b.conflictualWeight),
  };
  if (a.clusters && b.clusters) merged.clusters = mergeClusters(a.clusters, b.clusters);
  return merged;
}
