/**
 * Dyads ranked by activity and by change in net cooperation, window against the equal window
 * before it: the SQL twin of analysis' `dyadChanges`. Events are first summed per raw
 * (source, target, window) — a few thousand pairs whatever the event count — and only those pairs
 * are mapped to dyad keys, with analysis' own `actorKey` applied to the distinct codes, so the
 * grouping rule lives in one place. Net cooperation is summed in hundredths (NET_SQL), as analysis
 * sums it.
 */
import { listValue } from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';
import { actorKey, dyadChanges, subtractScores } from '../../analysis/index.js';
import type { DyadChange, DyadChangeOptions, DyadRanking } from '../../analysis/index.js';
import { readNumber, readText } from './columns.js';
import type { Row } from './columns.js';
import { dateParam, NET_SQL, scoreSql } from './read-dyad-sql.js';
import { Conditions, rows } from './sql.js';

const PAIRS = 'dyad_change_pairs';
const KEYS = 'dyad_change_keys';

function changeOf(row: Row): DyadChange {
  const net = readNumber(row, 'net');
  const previousNet = readNumber(row, 'prev_net');
  return {
    dyad: { a: readText(row, 'a'), b: readText(row, 'b') },
    count: readNumber(row, 'cnt'),
    previousCount: readNumber(row, 'prev_cnt'),
    net,
    previousNet,
    change: subtractScores(net, previousNet),
  };
}

export async function readTopDyadChanges(connection: DuckDBConnection, q: DyadChangeOptions): Promise<DyadRanking> {
  // Ranking no events validates the options as analysis does and names the previous window.
  const { previous } = dyadChanges([], q);
  const match = q.match ?? 'prefix';
  const limit = q.limit ?? 20;
  const c = new Conditions();
  const from = dateParam(c.bind(q.from));
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE ${PAIRS} AS
     SELECT source, target, date >= ${from} AS cur, count(*) AS n, sum(${NET_SQL}) AS net
     FROM events
     WHERE date BETWEEN ${dateParam(c.bind(previous.from))} AND ${dateParam(c.bind(q.to))}
       AND NOT negated AND source <> '' AND target <> ''
     GROUP BY ALL`,
    c.params,
  );
  try {
    const all = (await rows(connection, `SELECT source AS code FROM ${PAIRS} UNION SELECT target FROM ${PAIRS}`)).map((r) => readText(r, 'code'));
    // Codes whose side may not be ranked get no key, so the joins below drop their pairs.
    const keyed = all.map((code) => ({ code, key: actorKey(code, match) })).filter(({ key }) => q.keep?.(key) ?? true);
    if (keyed.length === 0) return { previous, byCount: [], byChange: [] };
    await connection.run(
      `CREATE OR REPLACE TEMP TABLE ${KEYS} AS SELECT unnest($1) AS code, unnest($2) AS key`,
      [listValue(keyed.map((k) => k.code)), listValue(keyed.map((k) => k.key))],
    );
    const ranked = await rows(connection,
      `WITH keyed AS (
         SELECT ks.key AS s, kt.key AS t, p.cur, p.n, p.net FROM ${PAIRS} p
         JOIN ${KEYS} ks ON ks.code = p.source JOIN ${KEYS} kt ON kt.code = p.target),
       agg AS (
         SELECT least(s, t) AS a, greatest(s, t) AS b,
           coalesce(sum(n) FILTER (WHERE cur), 0) AS cnt, coalesce(sum(n) FILTER (WHERE NOT cur), 0) AS prev_cnt,
           coalesce(sum(net) FILTER (WHERE cur), 0) AS net_h, coalesce(sum(net) FILTER (WHERE NOT cur), 0) AS prev_h
         FROM keyed WHERE s <> t GROUP BY ALL),
       -- Nets stay in integer hundredths until the end, so the change ranking compares exact values.
       picked AS (
         SELECT 'count' AS list, * FROM (SELECT * FROM agg WHERE cnt > 0 ORDER BY cnt DESC, a || '|' || b LIMIT $1)
         UNION ALL
         SELECT 'change', * FROM (SELECT * FROM agg ORDER BY abs(net_h - prev_h) DESC, a || '|' || b LIMIT $1))
       SELECT list, a, b, cnt, prev_cnt, ${scoreSql('net_h')} AS net, ${scoreSql('prev_h')} AS prev_net FROM picked`,
      [limit],
    );
    // UNION ALL keeps no order between its parts; each part is re-sorted the way analysis sorts.
    const name = (r: DyadChange): string => `${r.dyad.a}|${r.dyad.b}`;
    const byName = (x: DyadChange, y: DyadChange): number => (name(x) < name(y) ? -1 : name(x) > name(y) ? 1 : 0);
    const list = (which: string): DyadChange[] => ranked.filter((r) => r.list === which).map(changeOf);
    return {
      previous,
      byCount: list('count').sort((x, y) => y.count - x.count || byName(x, y)),
      byChange: list('change').sort((x, y) => Math.abs(y.change) - Math.abs(x.change) || byName(x, y)),
    };
  } finally {
    await connection.run(`DROP TABLE IF EXISTS ${PAIRS}`);
    await connection.run(`DROP TABLE IF EXISTS ${KEYS}`);
  }
}
