/**
 * A dyad's first and last event dates: min and max over its rows, no sort and no event read. From
 * `dyad_rows` when the analytics tables are current (the dyad's rows sit together there, so zone
 * maps skip the rest), else from `events`. Each direction is its own conjunctive scan, so DuckDB
 * pushes its filters into the table scan; an event in both (nested codes) counts twice, which
 * min and max do not mind.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { DyadDates, DyadDatesQuery } from '../store.js';
import { readOptText } from './columns.js';
import { dateParam, dyadSides } from './read-dyad-sql.js';
import { bindOnce, tableSides } from './read-dyad-sources.js';
import { DYAD_ROWS } from './read-dyad-tables.js';
import { Conditions, checkDate, invalidQuery, rows } from './sql.js';

/** `tables`: the analytics tables are current (see read-dyad-tables.ts) and may be read. */
export async function readDyadDates(connection: DuckDBConnection, q: DyadDatesQuery, tables: boolean): Promise<DyadDates> {
  const match = q.match ?? 'prefix';
  if (match !== 'prefix' && match !== 'exact') throw invalidQuery('match', '"prefix" or "exact"', match);
  const c = new Conditions();
  const window: string[] = [];
  if (q.from !== undefined) window.push(`date >= ${dateParam(c.bind(checkDate('from', q.from)))}`);
  if (q.to !== undefined) window.push(`date <= ${dateParam(c.bind(checkDate('to', q.to)))}`);
  const fromTables = tables ? tableSides(bindOnce(c), q.dyad.a, q.dyad.b, match) : undefined;
  const from = fromTables ? DYAD_ROWS : 'events';
  const s = fromTables ?? dyadSides(c, q.dyad.a, q.dyad.b, match);
  const branch = (side: string): string =>
    `SELECT min(date) AS lo, max(date) AS hi FROM ${from} WHERE ${[...window, side].join(' AND ')}`;
  const [row] = await rows(connection,
    `SELECT CAST(min(lo) AS VARCHAR) AS first, CAST(max(hi) AS VARCHAR) AS last
     FROM (${branch(`${s.sa} AND ${s.tb}`)} UNION ALL ${branch(`${s.sb} AND ${s.ta}`)})`, c.params);
  const first = row ? readOptText(row, 'first') : undefined;
  const last = row ? readOptText(row, 'last') : undefined;
  return { ...(first !== undefined ? { first } : {}), ...(last !== undefined ? { last } : {}) };
}
