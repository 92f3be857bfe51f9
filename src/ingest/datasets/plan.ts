/**
 * How one dataset format is loaded: its layout and reader options, the SQL that maps its rows to
 * the target table (with `_reason`, the reason a row is refused, NULL when it is fine, and `_key`,
 * the row's identity in the store), and optional preparation over the staged rows (actor tables).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { CsvOptions } from './csv.js';
import type { Layout } from './layouts.js';

export interface Prepared {
  /** Actor names or countries that could not be coded. */
  unresolvedActors: number;
}

export interface LoadPlan {
  dataset: string;
  table: 'events' | 'event_mentions';
  /** Columns inserted, in the order `select` gives them. */
  columns: readonly string[];
  layout: Layout;
  csv: CsvOptions;
  /**
   * The mapping SELECT over relation `src` (the layout's columns). `extra` is spliced first into
   * the select list (the staged path passes `_pos,`). Must give `columns`, `_reason` and `_key`.
   */
  select(src: string, extra: string): string;
  /** The key of a stored row of the target table (aliased `row`), what `_key` is matched against. */
  key: (row: string) => string;
  /** Straight from the reader into the table when every row is fine; false: always staged. */
  fast: boolean;
  /** Runs on the staged rows (table `staged`) before mapping. */
  prepare?: (connection: DuckDBConnection) => Promise<Prepared>;
}

/** The events columns dataset imports fill; everything else (evidence) stays NULL. */
export const EVENT_INSERT_COLUMNS = [
  'id', 'date', 'source', 'target', 'source_name', 'target_name', 'code', 'root', 'quad', 'goldstein', 'plover',
  'confidence', 'negated', 'modality', 'location_name', 'location_country', 'lat', 'lon', 'location_precision',
  'dataset', 'original_id', 'url',
] as const;

/** Events are one per namespaced id. */
export const eventKey = (row: string): string => `${row}.id`;

/** `_reason`: the first failed check's message, NULL when all pass. */
export function reasonSql(checks: ReadonlyArray<readonly [condition: string, reason: string]>): string {
  if (checks.length === 0) return 'NULL';
  return `CASE ${checks.map(([cond, why]) => `WHEN ${cond} THEN '${why.replaceAll("'", "''")}'`).join(' ')} ELSE NULL END`;
}

/** A location precision from a coordinate-bearing place: city when a city is named, and so on. */
export function precisionSql(city: string, admin: string, country: string, lat: string): string {
  return `CASE WHEN ${city} IS NOT NULL THEN 'city' WHEN ${admin} IS NOT NULL THEN 'admin'
    WHEN ${country} IS NOT NULL THEN 'country' WHEN ${lat} IS NOT NULL THEN 'point' END`;
}
