/**
 * SQL shared by the dyad readers: the same actor rule as analysis' `matchesActor` (prefix or
 * exact, an empty code never matching), the domain lookup, and the cluster of an event — the
 * importer's `cluster_id` when the column exists and is set, else the event's own id, as
 * `aggregateDyad` defaults it.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ActorMatch } from '../../analysis/index.js';
import { domainRelation } from './read-dyad-domains.js';
import type { Conditions } from './sql.js';

/** What the dyad readers splice into their SQL, found once per store (it depends on the file). */
export interface AnalyticsSql {
  /** A relation (code, domain). */
  domains: string;
  /** An expression giving an event's cluster id. */
  cluster: string;
  /** The importer's cluster id, NULL where it gave none. */
  rawCluster: string;
}

export const CLUSTER_COLUMN = 'cluster_id';

export async function analyticsSql(connection: DuckDBConnection): Promise<AnalyticsSql> {
  const reader = await connection.runAndReadAll(
    `SELECT count(*) AS n FROM duckdb_columns()
     WHERE database_name = current_database() AND schema_name = 'main' AND table_name = 'events' AND column_name = '${CLUSTER_COLUMN}'`,
  );
  const hasCluster = Number(reader.getRowObjectsJson()[0]?.n ?? 0) > 0;
  return {
    domains: await domainRelation(connection),
    cluster: hasCluster ? `coalesce(CAST(${CLUSTER_COLUMN} AS VARCHAR), id)` : 'id',
    rawCluster: hasCluster ? `CAST(${CLUSTER_COLUMN} AS VARCHAR)` : 'NULL',
  };
}

/** `column` stands for `actor` under `match`; `placeholder` binds the actor (once, for reuse).
 * An empty code never matches, so an empty actor matches every known side by prefix and nothing
 * exactly (and binds nothing: DuckDB refuses unused parameters). */
export function actorSql(column: string, actor: string, placeholder: () => string, match: ActorMatch): string {
  if (actor === '') return match === 'exact' ? 'FALSE' : `${column} <> ''`;
  return match === 'exact' ? `${column} = ${placeholder()}` : `starts_with(${column}, ${placeholder()})`;
}

/** A placeholder bound on first use and reused after. */
function lazyBind(c: Conditions, value: string): () => string {
  let p: string | undefined;
  return () => (p ??= c.bind(value));
}

/** Either side stands for one of `actors`. */
export function anySideSql(c: Conditions, actors: readonly string[], match: ActorMatch): string {
  if (actors.length === 0) return 'FALSE';
  return actors.map((actor) => {
    const p = lazyBind(c, actor);
    return `(${actorSql('source', actor, p, match)} OR ${actorSql('target', actor, p, match)})`;
  }).join(' OR ');
}

/** The four side tests of a dyad, each actor bound once. */
export function dyadSides(c: Conditions, a: string, b: string, match: ActorMatch): { sa: string; ta: string; sb: string; tb: string } {
  const pa = lazyBind(c, a);
  const pb = lazyBind(c, b);
  return {
    sa: actorSql('source', a, pa, match),
    ta: actorSql('target', a, pa, match),
    sb: actorSql('source', b, pb, match),
    tb: actorSql('target', b, pb, match),
  };
}
/**
 * An event's Goldstein score in whole hundredths, as analysis' `hundredths` (scores.ts): sums of
 * these are integers, exact in any order and on any number of threads, where a sum of the DOUBLE
 * column may change in its last bits from run to run. `round` halves away from zero, as JS does.
 */
export const HUNDREDTHS_SQL = 'CAST(round(goldstein * 100) AS BIGINT)';

/** Net cooperation of one event in hundredths: +|g| for quad 1–2, −|g| for quad 3–4 (analysis' `netOf`). */
export const NET_SQL = `CASE WHEN quad <= 2 THEN abs(${HUNDREDTHS_SQL}) ELSE -abs(${HUNDREDTHS_SQL}) END`;

/** A sum of hundredths as the score it stands for: divided once, the same double analysis gives. */
export const scoreSql = (hundredths: string): string => `CAST(${hundredths} AS DOUBLE) / 100`;

/** The DATE a window bound is, for comparison with the date column. */
export const dateParam = (placeholder: string): string => `CAST(${placeholder} AS DATE)`;
