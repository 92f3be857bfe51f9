/**
 * A dyad's period buckets by GROUP BY in DuckDB: the SQL twin of analysis' `aggregateDyad`. One
 * statement returns, per period, the dyad's stats by direction, quad class and domain, the media
 * volume, the negated count and (when asked) the per-cluster sums — a few thousand rows, however
 * many events. Period keys come from analysis' own calendar: SQL truncates dates to the period's
 * first day and `periodOf` names it, so ISO weeks and quarters cannot disagree.
 */
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { addScores, aggregateDyad, periodOf } from '../../analysis/index.js';
import type { ClusterStat, DirectedStats, DyadBucket, DyadBuckets, Granularity } from '../../analysis/index.js';
import type { QuadClass } from '../../domain/index.js';
import { StoreError } from '../../errors.js';
import type { DyadBucketsQuery } from '../store.js';
import { readNumber, readText } from './columns.js';
import type { Row } from './columns.js';
import { dateParam, dyadSides, HUNDREDTHS_SQL, NET_SQL, scoreSql } from './read-dyad-sql.js';
import { eventSources, tableSources } from './read-dyad-sources.js';
import type { DyadSources } from './read-dyad-sources.js';
import type { AnalyticsSql } from './read-dyad-sql.js';
import { UNKNOWN_DOMAIN } from '../analysis-domain.js';
import { Conditions, rows } from './sql.js';

const EPOCH = "DATE '1970-01-01'";

function periodDaySql(granularity: Granularity): string {
  return granularity === 'day' ? `date - ${EPOCH}` : `CAST(date_trunc('${granularity}', date) AS DATE) - ${EPOCH}`;
}

/** Row kinds of the statement, as numbers: one text value less to decode per row. */
const STATS = 1;
const VOLUME = 2;
const CLUSTER = 3;

/**
 * One statement, three kinds of rows: VOLUME media volume per period, STATS the dyad's stats by
 * direction, negation, quad and domain (negated ones only counted), CLUSTER its per-cluster sums.
 * Rows are first grouped by day, then days by period, so the period is computed per day, not
 * per event; codes meet the domain lookup once per distinct code and day. Counts come as DOUBLE
 * (exact below 2^53) and period days as INTEGER, so they arrive as JS numbers, not big integers.
 * Scores are summed in integer hundredths (HUNDREDTHS_SQL) and divided at the end.
 */
function statement(sql: AnalyticsSql, sources: DyadSources, granularity: Granularity, clusters: boolean): string {
  const pday = `CAST(${periodDaySql(granularity)} AS INTEGER)`;
  const sets = clusters
    ? 'GROUPING SETS ((date, dir, negated, quad, code, root), (date, dir, negated, cluster))'
    : 'date, dir, negated, quad, code, root';
  const clusterRows = clusters
    ? `UNION ALL
       SELECT ${CLUSTER}, ${pday}, dir, NULL, NULL, NULL, cluster, CAST(sum(n) AS DOUBLE), ${scoreSql('sum(g)')}, NULL, ${scoreSql('sum(net)')}
       FROM agg WHERE by_cluster = 1 AND NOT negated GROUP BY ALL`
    : '';
  return `
    WITH dyad AS (${sources.dyad}),
    agg AS (
      SELECT date, dir, negated, quad, code, root, ${clusters ? 'cluster, GROUPING(quad)' : '0'} AS by_cluster,
        count(*) AS n, sum(${HUNDREDTHS_SQL}) AS g, sum(abs(${HUNDREDTHS_SQL})) AS w, sum(${NET_SQL}) AS net
      FROM dyad GROUP BY ${sets}
    ),
    volume AS (${sources.volume})
    SELECT ${STATS} AS kind, ${pday} AS pday, dir, negated, quad, coalesce(dc.domain, dr.domain, '${UNKNOWN_DOMAIN}') AS domain,
      NULL AS cluster, CAST(sum(n) AS DOUBLE) AS n, ${scoreSql('sum(g)')} AS g, ${scoreSql('sum(w)')} AS w, NULL AS net
    FROM agg LEFT JOIN ${sql.domains} AS dc ON dc.code = agg.code LEFT JOIN ${sql.domains} AS dr ON dr.code = agg.root
    WHERE by_cluster = 0 GROUP BY ALL
    UNION ALL
    SELECT ${VOLUME}, ${pday}, NULL, NULL, NULL, NULL, NULL, CAST(sum(n) AS DOUBLE), NULL, NULL, NULL FROM volume GROUP BY ALL
    ${clusterRows}`;
}

/** The statement's columns, in its order. */
const COLUMNS = ['kind', 'pday', 'dir', 'negated', 'quad', 'domain', 'cluster', 'n', 'g', 'w', 'net'] as const;
type Columns = Record<(typeof COLUMNS)[number], readonly DuckDBValue[]>;

/**
 * The result column by column, without a row object per result row: a large dyad returns one
 * row per cluster (tens of thousands), and building and reading row objects cost more than the
 * query.
 */
async function readColumns(connection: DuckDBConnection, text: string, params: DuckDBValue[]): Promise<{ size: number; cols: Columns }> {
  const reader = await connection.runAndReadAll(text, params);
  const all = reader.getColumns();
  const col = (name: (typeof COLUMNS)[number]): readonly DuckDBValue[] => all[COLUMNS.indexOf(name)] ?? [];
  const cols: Columns = {
    kind: col('kind'), pday: col('pday'), dir: col('dir'), negated: col('negated'), quad: col('quad'), domain: col('domain'),
    cluster: col('cluster'), n: col('n'), g: col('g'), w: col('w'), net: col('net'),
  };
  return { size: reader.currentRowCount, cols };
}

function badValue(column: string, value: unknown, expected: string): StoreError {
  return new StoreError('INTERNAL', `dyad query column "${column}" holds ${String(value)}, expected ${expected}`);
}

function num(cols: Columns, column: keyof Columns, i: number): number {
  const v = cols[column][i];
  if (typeof v !== 'number' || Number.isNaN(v)) throw badValue(column, v, 'a number');
  return v;
}

function text(cols: Columns, column: keyof Columns, i: number): string {
  const v = cols[column][i];
  if (typeof v !== 'string') throw badValue(column, v, 'text');
  return v;
}

function addStats(s: DirectedStats, cols: Columns, i: number): void {
  const n = num(cols, 'n', i);
  const quad = num(cols, 'quad', i) as QuadClass;
  const domain = text(cols, 'domain', i);
  s.count += n;
  s.quad[quad] += n;
  s.domains[domain] = (s.domains[domain] ?? 0) + n;
  // Rows arrive in no fixed order: their sums add exactly (scores.ts), so the order cannot show.
  s.goldsteinSum = addScores(s.goldsteinSum, num(cols, 'g', i));
  if (quad <= 2) s.cooperativeWeight = addScores(s.cooperativeWeight, num(cols, 'w', i));
  else s.conflictualWeight = addScores(s.conflictualWeight, num(cols, 'w', i));
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
  // Rows name a period by its first day: a handful of distinct days, each looked up once.
  const byDay = new Map<number, DyadBucket>();
  const bucketAt = (day: number): DyadBucket => {
    let bucket = byDay.get(day);
    if (bucket) return bucket;
    const key = periodOf(day, result.granularity).key;
    bucket = byPeriod.get(key);
    if (!bucket) throw new StoreError('INTERNAL', `dyad query returned period ${key}, outside ${q.from}..${q.to}`);
    byDay.set(day, bucket);
    return bucket;
  };
  const bucketOf = (row: Row): DyadBucket => bucketAt(readNumber(row, 'pday'));
  const c = new Conditions();
  const source = {
    a: result.dyad.a, b: result.dyad.b, match: result.match,
    window: `date BETWEEN ${dateParam(c.bind(q.from))} AND ${dateParam(c.bind(q.to))}`,
    ...(clusters ? { cluster: sql.cluster } : {}),
  };
  const sources = (tables ? tableSources(c, source) : undefined) ?? eventSources(c, source);
  const { size, cols } = await readColumns(connection, statement(sql, sources, result.granularity, clusters), c.params);
  for (let i = 0; i < size; i++) {
    const bucket = bucketAt(num(cols, 'pday', i));
    const kind = cols.kind[i];
    if (kind === VOLUME) {
      bucket.volume += num(cols, 'n', i);
      continue;
    }
    const stats = bucket[num(cols, 'dir', i) === 1 ? 'ab' : 'ba'];
    if (kind === STATS) {
      if (cols.negated[i] === true) bucket.negated += num(cols, 'n', i);
      else addStats(stats, cols, i);
    } else {
      stats.clusters?.push({ id: text(cols, 'cluster', i), count: num(cols, 'n', i), goldsteinSum: num(cols, 'g', i), net: num(cols, 'net', i) });
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
