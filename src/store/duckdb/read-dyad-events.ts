/**
 * Event rows for the event-level analyses (alignment, triads, requests): filtered by actors,
 * roots and dates in SQL, only the columns analysis reads, the domain joined from the lookup.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { AnalysisEvent } from '../../analysis/index.js';
import { ValidationError } from '../../errors.js';
import type { AnalysisEventQuery } from '../store.js';
import { readBool, readNumber, readOptBool, readOptText, readText } from './columns.js';
import { eventCore } from './event-columns.js';
import type { Row } from './columns.js';
import { anySideSql, dateParam, dyadSides } from './read-dyad-sql.js';
import type { AnalyticsSql } from './read-dyad-sql.js';
import { UNKNOWN_DOMAIN } from '../analysis-domain.js';
import { checkDate, Conditions, invalidQuery, rows } from './sql.js';

const DEFAULT_MAX_ROWS = 2_000_000;

function conditions(q: AnalysisEventQuery): Conditions {
  const match = q.match ?? 'prefix';
  if (match !== 'prefix' && match !== 'exact') throw invalidQuery('match', '"prefix" or "exact"', match);
  const c = new Conditions();
  if (q.actors !== undefined) c.add(`(${anySideSql(c, q.actors, match)})`);
  if (q.dyad !== undefined) {
    const { sa, ta, sb, tb } = dyadSides(c, q.dyad.a, q.dyad.b, match);
    c.add(`((${sa} AND ${tb}) OR (${sb} AND ${ta}))`);
  }
  if (q.roots !== undefined) {
    c.add(q.roots.length === 0 ? 'FALSE' : `e.root IN (${q.roots.map((r) => c.bind(r)).join(', ')})`);
  }
  if (q.from !== undefined) c.add(`date >= ${dateParam(c.bind(checkDate('from', q.from)))}`);
  if (q.to !== undefined) c.add(`date <= ${dateParam(c.bind(checkDate('to', q.to)))}`);
  if (q.includeNegated === false) c.add('NOT negated');
  return c;
}

function eventOf(row: Row): AnalysisEvent {
  const e: AnalysisEvent = {
    ...eventCore(row),
    domain: readText(row, 'domain'),
    negated: readBool(row, 'negated'),
  };
  const cluster = readOptText(row, 'cluster');
  if (cluster !== undefined) e.clusterId = cluster;
  const unfulfilled = readOptBool(row, 'unfulfilled');
  if (unfulfilled !== undefined) e.unfulfilled = unfulfilled;
  return e;
}

export async function readAnalysisEvents(connection: DuckDBConnection, sql: AnalyticsSql, q: AnalysisEventQuery): Promise<AnalysisEvent[]> {
  const maxRows = q.maxRows ?? DEFAULT_MAX_ROWS;
  if (!Number.isSafeInteger(maxRows) || maxRows < 1) throw invalidQuery('maxRows', 'a whole number >= 1', maxRows);
  const c = conditions(q);
  const from = `FROM events e
    LEFT JOIN ${sql.domains} AS dc ON dc.code = e.code LEFT JOIN ${sql.domains} AS dr ON dr.code = e.root
    ${c.where()}`;
  const found = await rows(connection,
    `SELECT e.id, CAST(e.date AS VARCHAR) AS date, e.source, e.target, e.code, e.root, e.quad, e.goldstein, e.negated,
       e.unfulfilled, ${sql.rawCluster} AS cluster, coalesce(dc.domain, dr.domain, '${UNKNOWN_DOMAIN}') AS domain
     ${from} ORDER BY e.date, e.id LIMIT ${c.bind(maxRows + 1)}`,
    c.params);
  if (found.length > maxRows) {
    const total = await rows(connection, `SELECT count(*) AS n ${from}`, c.params.slice(0, -1));
    throw new ValidationError('VALIDATION', `${readNumber(total[0] ?? { n: 0 }, 'n')} events match, more than the ${maxRows} analysis reads at once`, {
      hint: 'narrow the window (from / to) or the actors',
      location: { field: 'maxRows' },
    });
  }
  return found.map(eventOf);
}
