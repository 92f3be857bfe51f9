/**
 * Clustering what is stored: events are streamed in block order (source, target, root, date) so
 * only one block is in memory at a time, clustered, and the cluster ids of reports that joined
 * another are written to `events.cluster_id` in one transaction (a lone report keeps NULL: its
 * cluster is itself). Counting then tells reports from happenings.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { eventConditions, inTransaction } from '../store/index.js';
import type { DuckDbStore, EventQuery } from '../store/index.js';
import type { ClusterInput, ClusterOptions } from './cluster.js';
import { blockKey, clusterBlock } from './cluster.js';

export interface ClusterRun {
  events: number;
  clusters: number;
  /** Reports that joined a cluster started by an earlier one. */
  merged: number;
}

const opt = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

async function* streamInputs(connection: DuckDBConnection, where: string, params: unknown[]): AsyncGenerator<ClusterInput> {
  const result = await connection.stream(
    `SELECT id, CAST(date AS VARCHAR) AS date, source, target, root, sentence, url, source_name, target_name
     FROM events ${where} ORDER BY source, target, root, date, id`,
    params as never,
  );
  for (;;) {
    const chunk = await result.fetchChunk();
    if (!chunk || chunk.rowCount === 0) return;
    for (const r of chunk.getRowObjects(result.columnNames()) as Record<string, unknown>[]) {
      const input: ClusterInput = { id: String(r.id), date: String(r.date), source: String(r.source), target: String(r.target), root: String(r.root) };
      const text = opt(r.sentence);
      const url = opt(r.url);
      if (text) input.text = text;
      if (url) input.url = url;
      yield input;
    }
  }
}

/** Clusters the events matching `query` (default: all) and stores their cluster ids. */
export async function assignClusters(store: DuckDbStore, query: EventQuery = {}, options: ClusterOptions = {}): Promise<ClusterRun> {
  const c = eventConditions(query);
  const assignments: [string, string][] = [];
  let events = 0;
  let clusters = 0;
  await store.readWith(async (connection) => {
    let block: ClusterInput[] = [];
    let key = '';
    const flush = (): void => {
      for (const [id, cluster] of clusterBlock(block, options)) {
        if (id !== cluster) assignments.push([id, cluster]);
        else clusters++;
      }
      block = [];
    };
    for await (const e of streamInputs(connection, c.where(), c.params)) {
      events++;
      const k = blockKey(e);
      if (k !== key && block.length > 0) flush();
      key = k;
      block.push(e);
    }
    if (block.length > 0) flush();
  });
  await store.exclusive((connection) => inTransaction(connection, async () => {
    await connection.run(`UPDATE events SET cluster_id = NULL ${c.where()}`, c.params);
    await connection.run('CREATE OR REPLACE TEMP TABLE cluster_assignments (id VARCHAR, cluster_id VARCHAR)');
    for (let i = 0; i < assignments.length; i += 1000) {
      const batch = assignments.slice(i, i + 1000);
      await connection.run(`INSERT INTO cluster_assignments VALUES ${batch.map((_, j) => `($${2 * j + 1}, $${2 * j + 2})`).join(', ')}`, batch.flat());
    }
    await connection.run('UPDATE events SET cluster_id = a.cluster_id FROM cluster_assignments a WHERE events.id = a.id');
  }));
  return { events, clusters, merged: assignments.length };
}

export interface StoryCounts {
  /** Reports: stored event rows. */
  events: number;
  /** Happenings: distinct clusters (a report without a cluster is its own). */
  clusters: number;
}

/** Events and clusters matching `query`: what counts should use, so a story told forty times counts once. */
export function countStories(store: DuckDbStore, query: EventQuery = {}): Promise<StoryCounts> {
  const c = eventConditions(query);
  return store.readWith(async (connection) => {
    const reader = await connection.runAndReadAll(
      `SELECT count(*) AS events, count(DISTINCT coalesce(cluster_id, id)) AS clusters FROM events ${c.where()}`,
      c.params,
    );
    const row = reader.getRowObjectsJson()[0] ?? {};
    return { events: Number(row.events ?? 0), clusters: Number(row.clusters ?? 0) };
  });
}
