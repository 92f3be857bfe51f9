/**
 * Analytics tables: the events re-laid for dyad questions, built from `events` and rebuilt when
 * they change. Events arrive in date order, so a dyad's rows are scattered across the whole table
 * and every series would scan all of it (about 0.4 s of CPU per 10 million rows here, whatever the
 * window). Sorted by the actors' three-letter prefixes instead, a dyad's rows sit together and
 * DuckDB's zone maps skip the rest:
 *  - `dyad_rows`: the columns analysis reads, sorted by (source prefix, target prefix, date);
 *  - `actor_days`: events per three-letter prefix, day and negation, each event counted once for
 *    each prefix among its two sides — media volume by sums instead of scans.
 * Writers mark `events_version` in `meta` (DuckDbStore.exclusive does it for every write that may
 * touch events); the tables record the version they were built from and are used only while the
 * two agree and the row counts match. Otherwise readers fall back to scanning `events`.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { inTransaction } from './transaction.js';
import type { AnalyticsSql } from './read-dyad-sql.js';
import { rows } from './sql.js';

export const DYAD_ROWS = 'dyad_rows';
export const ACTOR_DAYS = 'actor_days';
const EVENTS_VERSION = 'events_version';
const BUILT_FROM = 'analytics_version';

/** Records that events may have changed: analytics tables built before no longer count. */
export async function markEventsChanged(connection: DuckDBConnection): Promise<void> {
  await connection.run(`INSERT OR REPLACE INTO meta VALUES ('${EVENTS_VERSION}', CAST(gen_random_uuid() AS VARCHAR))`);
}

/** Whether the analytics tables describe the events as they are in this transaction. */
export async function analyticsCurrent(connection: DuckDBConnection): Promise<boolean> {
  const [state] = await rows(connection,
    `SELECT (SELECT value FROM meta WHERE key = '${EVENTS_VERSION}') AS events,
       (SELECT value FROM meta WHERE key = '${BUILT_FROM}') AS built,
       (SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = 'main'
          AND table_name IN ('${DYAD_ROWS}', '${ACTOR_DAYS}')) AS tables`);
  if (!state || Number(state.tables) !== 2 || typeof state.built !== 'string' || state.built !== state.events) return false;
  // A writer that bypassed the version mark still changes the count.
  const [counts] = await rows(connection, `SELECT (SELECT count(*) FROM events) = (SELECT count(*) FROM ${DYAD_ROWS}) AS same`);
  return counts?.same === true;
}

/** Rebuilds the tables from `events`, unless they are current. Runs on the write connection. */
export async function refreshAnalytics(connection: DuckDBConnection, sql: AnalyticsSql): Promise<boolean> {
  if (await analyticsCurrent(connection)) return false;
  await inTransaction(connection, async () => {
    await connection.run(`INSERT INTO meta SELECT '${EVENTS_VERSION}', CAST(gen_random_uuid() AS VARCHAR)
      WHERE NOT EXISTS (SELECT 1 FROM meta WHERE key = '${EVENTS_VERSION}')`);
    await connection.run(
      `CREATE OR REPLACE TABLE ${DYAD_ROWS} AS
       SELECT substr(source, 1, 3) AS s3, substr(target, 1, 3) AS t3, date, source, target, negated, quad, code, root, goldstein,
         ${sql.cluster} AS cluster
       FROM events ORDER BY s3, t3, date`);
    await connection.run(
      `CREATE OR REPLACE TABLE ${ACTOR_DAYS} AS
       SELECT actor, date, negated, count(*) AS n FROM (
         SELECT s3 AS actor, date, negated FROM ${DYAD_ROWS}
         UNION ALL SELECT t3, date, negated FROM ${DYAD_ROWS} WHERE t3 <> s3)
       GROUP BY ALL ORDER BY actor, date`);
    await connection.run(`INSERT OR REPLACE INTO meta SELECT '${BUILT_FROM}', value FROM meta WHERE key = '${EVENTS_VERSION}'`);
  });
  return true;
}
