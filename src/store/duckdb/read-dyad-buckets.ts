/**
 * A dyad's period buckets by GROUP BY in DuckDB: the SQL twin of analysis' `aggregateDyad`. One
 * statement returns, per period, the dyad's stats by direction, quad class and domain, the media
 * volume, the negated count and (when asked) the per-cluster sums — a few thousand rows, however
 * many events. Period keys come from analysis' own calendar: SQL truncates dates to the period's
 * first day and `periodOf` names it, so ISO weeks and quarters cannot disagree.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { aggregateDyad, periodOf } from '../../analysis/index.js';
import type { ClusterStat, DirectedStats, DyadBucket, DyadBuckets, Granularity } from '../../analysis/index.js';
import type { QuadClass } from '../../domain/index.js';
import { StoreError } from '../../errors.js';
import type { DyadBucketsQuery } from '../store.js';
import { readNumber, readText } from './columns.js';
import type { Row } from './columns.js';
import { dateParam, dyadSides, NET_SQL } from './read-dyad-sql.js';
import { eventSources, tableSources } from './read-dyad-sources.js';
import type { DyadSources } from './read-dyad-sources.js';
import type { AnalyticsSql } from './read-dyad-sql.js';
import { UNKNOWN_DOMAIN } from '../analysis-domain.js';
import { Conditions, rows } from './sql.js';

const EPOCH = "DATE '1970-01-01'";

function periodDaySql(granularity: Granularity): string {
  return granularity === 'day' ? `date - ${EPOCH}` : `CAST(date_trunc('${granularity}', date) AS DATE) - ${EPOCH}`;
}

/**
 * One statement, three kinds of rows: 'v' media volume per period, 's' the dyad's stats by
 * direction, negation, quad and domain (negated ones only counted), 'c' its per-cluster sums.
 * Rows are first grouped by day, then days by period, so the period is computed per day, not
 * per event; codes meet the domain lookup once per distinct code and day.
 */
function statement(sql: AnalyticsSql, sources: DyadSources, granularity: Granularity, clusters: boolean): string {
  const pday = periodDaySql(granularity);
  const sets = clusters
    ? 'GROUPING SETS ((date, dir, negated, quad, code, root), (date, dir, negated, cluster))'
    : 'date, dir, negated, quad, code, root';
  const clusterRows = clusters
    ? `UNION ALL
       SELECT 'c', ${pday}, dir, NULL, NULL, NULL, cluster, sum(n), sum(g), NULL, sum(net)
       FROM agg WHERE by_cluster = 1 AND NOT negated GROUP BY ALL`
    : '';
  return `
    WITH dyad AS (${sources.dyad}),
    agg AS (
      SELECT date, dir, negated, quad, code, root, ${clusters ? 'cluster, GROUPING(quad)' : '0'} AS by_cluster,
        count(*) AS n, sum(goldstein) AS g, sum(abs(goldstein)) AS w, sum(${NET_SQL}) AS net
      FROM dyad GROUP BY ${sets}
    ),
    volume AS (${sources.volume})
    SELECT 's' AS kind, ${pday} AS pday, dir, negated, quad, coalesce(dc.domain, dr.domain, '${UNKNOWN_DOMAIN}') AS domain,
      NULL AS cluster, sum(n) AS n, sum(g) AS g, sum(w) AS w, NULL AS net
    FROM agg LEFT JOIN ${sql.domains} AS dc ON dc.code = agg.code LEFT JOIN ${sql.domains} AS dr ON dr.code = agg.root
    WHERE by_cluster = 0 GROUP BY ALL
    UNION ALL
    SELECT 'v', ${pday}, NULL, NULL, NULL, NULL, NULL, sum(n), NULL, NULL, NULL FROM volume GROUP BY ALL
    ${clusterRows}`;
}

const directionOf = (row: Row): 'ab' | 'ba' => (readNumber(row, 'dir') === 1 ? 'ab' : 'ba');

function addStats(s: DirectedStats, row: Row): void {
  const n = readNumber(row, 'n');
  const quad = readNumber(row, 'quad') as QuadClass;
  const domain = readText(row, 'domain');
  s.count += n;
  s.quad[quad] += n;
  s.domains[domain] = (s.domains[domain] ?? 0) + n;
  s.goldsteinSum += readNumber(row, 'g');
  if (quad <= 2) s.cooperativeWeight += readNumber(row, 'w');
  else s.conflictualWeight += readNumber(row, 'w');
}

function clusterOf(row: Row): ClusterStat {
  return { id: readText(row, 'cluster'), count: readNumber(row, 'n'), goldsteinSum: readNumber(row, 'g'), net: readNumber(row, 'net') };
}

const byId = (x: ClusterStat, y: ClusterStat): number => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0);

/** `tables`: the analytics tables are current (see read-dyad-tables.ts) and may be read. */
export async function readDyadBuckets(
  connection: DuckDBConnection, sql: AnalyticsSql, q: DyadBucketsQuery, tables: boolean,
): Promise<DyadBuckets> {
  const clusters = q.clusters ?? true;
  const eventIds = q.eventIds ?? false;
  // Aggregating no events validates the options exactly as analysis does and lays out every period.
  const result = aggregateDyad([], { ...q, clusters, eventIds });
  const byPeriod = new Map<string, DyadBucket>(result.buckets.map((b) => [b.period, b]));
  const bucketOf = (row: Row): DyadBucket => {
    const key = periodOf(readNumber(row, 'pday'), result.granularity).key;
    const bucket = byPeriod.get(key);
    if (!bucket) throw new StoreError('INTERNAL', `dyad query returned period ${key}, outside ${q.from}..${q.to}`);
    return bucket;
  };
  const c = new Conditions();
  const source = {
    a: result.dyad.a, b: result.dyad.b, match: result.match,
    window: `date BETWEEN ${dateParam(c.bind(q.from))} AND ${dateParam(c.bind(q.to))}`,
    ...(clusters ? { cluster: sql.cluster } : {}),
  };
  const sources = (tables ? tableSources(c, source) : undefined) ?? eventSources(c, source);
  const found = await rows(connection, statement(sql, sources, result.granularity, clusters), c.params);
  for (const row of found) {
    const bucket = bucketOf(row);
    const kind = readText(row, 'kind');
    if (kind === 'v') {
      bucket.volume += readNumber(row, 'n');
      continue;
    }
    const direction = directionOf(row);
    if (kind === 's') {
      if (row.negated === true) bucket.negated += readNumber(row, 'n');
      else addStats(bucket[direction], row);
    } else {
      bucket[direction].clusters?.push(clusterOf(row));
    }
  }
  for (const b of result.buckets) {
    b.ab.clusters?.sort(byId);
    b.ba.clusters?.sort(byId);
  }
  if (eventIds) await fillEventIds(connection, q, result, bucketOf);
  return result;
}

/** The dyad's event ids per period, by date then id (JS order, as analysis compares strings). */
async function fillEventIds(
  connection: DuckDBConnection, q: DyadBucketsQuery, result: DyadBuckets, bucketOf: (row: Row) => DyadBucket,
): Promise<void> {
  const c = new Conditions();
  const { sa, ta, sb, tb } = dyadSides(c, result.dyad.a, result.dyad.b, result.match);
  const found = await rows(connection,
    `SELECT ${periodDaySql(result.granularity)} AS pday, CAST(date AS VARCHAR) AS day, id FROM events
     WHERE date BETWEEN ${dateParam(c.bind(q.from))} AND ${dateParam(c.bind(q.to))} AND NOT negated
       AND ((${sa} AND ${tb}) OR (${sb} AND ${ta}))`, c.params);
  const keyed = found.map((row) => ({ row, day: readText(row, 'day'), id: readText(row, 'id') }));
  keyed.sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  for (const { row, id } of keyed) bucketOf(row).eventIds?.push(id);
}
