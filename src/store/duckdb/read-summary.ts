/** What the store holds: actor codes with their event counts, and overall counts and date range. */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ActorQuery, ActorSeen, StoreStats } from '../store.js';
import { defined, readNumber, readOptText, readText } from './columns.js';
import { Conditions, invalidQuery, rows } from './sql.js';

const DEFAULT_ACTORS = 1000;

export async function readActorsSeen(connection: DuckDBConnection, q: ActorQuery): Promise<ActorSeen[]> {
  const limit = q.limit ?? DEFAULT_ACTORS;
  if (!Number.isSafeInteger(limit) || limit < 0) throw invalidQuery('limit', 'a whole number >= 0', limit);
  const c = new Conditions();
  if (q.prefix !== undefined) c.add(`starts_with(code, ${c.bind(q.prefix)})`);
  // An event with the same code on both sides counts once in `events`, once in each side count.
  const result = await rows(
    connection,
    `WITH sides AS (
       SELECT source AS code, source_name AS name, 1 AS src, 0 AS tgt, 0 AS self FROM events WHERE source <> ''
       UNION ALL
       SELECT target, target_name, 0, 1, CASE WHEN source = target THEN 1 ELSE 0 END FROM events WHERE target <> ''),
     picked AS (SELECT * FROM sides ${c.where()}),
     names AS (SELECT code, name, count(*) AS n FROM picked WHERE name IS NOT NULL GROUP BY code, name),
     best AS (SELECT code, first(name ORDER BY n DESC, name ASC) AS name FROM names GROUP BY code),
     counts AS (SELECT code, count(*) - sum(self) AS events, sum(src) AS as_source, sum(tgt) AS as_target FROM picked GROUP BY code)
     SELECT counts.*, best.name FROM counts LEFT JOIN best USING (code)
     ORDER BY events DESC, code ASC LIMIT ${c.bind(limit)}`,
    c.params,
  );
  return result.map((row) =>
    defined<ActorSeen>(
      {
        code: readText(row, 'code'),
        events: readNumber(row, 'events'),
        asSource: readNumber(row, 'as_source'),
        asTarget: readNumber(row, 'as_target'),
      },
      { name: readOptText(row, 'name') },
    ),
  );
}

export async function readStats(connection: DuckDBConnection): Promise<StoreStats> {
  const [row] = await rows(
    connection,
    `SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM sentences) AS sentences,
       (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM quotes) AS quotes,
       (SELECT count(*) FROM mentions) AS mentions,
       (SELECT min(date) FROM events) AS first_date, (SELECT max(date) FROM events) AS last_date`,
  );
  if (row === undefined) throw new Error('stats query returned no row');
  const stats: StoreStats = {
    documents: readNumber(row, 'documents'),
    sentences: readNumber(row, 'sentences'),
    events: readNumber(row, 'events'),
    quotes: readNumber(row, 'quotes'),
    mentions: readNumber(row, 'mentions'),
  };
  return defined(stats, { firstDate: readOptText(row, 'first_date'), lastDate: readOptText(row, 'last_date') });
}
