/** Event listing: every filter of EventQuery as bound SQL conditions, a total, and one page. */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Event, QuadClass } from '../../domain/index.js';
import type { EventQuery, EventSort, Page } from '../store.js';
import { columnList } from './columns.js';
import { EVENT_COLUMNS, eventFromRow } from './event-columns.js';
import { eventByIdSql } from './event-ids.js';
import { Conditions, checkDate, checkNumber, count, invalidQuery, pageBounds, rows } from './sql.js';

const SELECT = `SELECT ${columnList(EVENT_COLUMNS)} FROM events`;

const ORDER: Record<EventSort, string> = {
  'date-asc': 'date ASC, id ASC',
  'date-desc': 'date DESC, id ASC',
  'goldstein-asc': 'goldstein ASC, date ASC, id ASC',
  'goldstein-desc': 'goldstein DESC, date ASC, id ASC',
};

function quads(value: QuadClass | QuadClass[]): QuadClass[] {
  const list = Array.isArray(value) ? value : [value];
  for (const q of list) if (![1, 2, 3, 4].includes(q)) throw invalidQuery('quad', 'quad classes 1..4', value);
  return list;
}

export function eventConditions(q: EventQuery): Conditions {
  const c = new Conditions();
  const exact = q.exactActors === true;
  const side = (column: string, code: string, placeholder = c.bind(code)): string => c.code(column, placeholder, exact, code);
  if (q.source !== undefined) c.add(side('source', q.source));
  if (q.target !== undefined) c.add(side('target', q.target));
  if (q.actor !== undefined) {
    const p = c.bind(q.actor);
    c.add(`(${side('source', q.actor, p)} OR ${side('target', q.actor, p)})`);
  }
  if (q.dyad !== undefined) {
    const { a, b } = q.dyad;
    const [pa, pb] = [c.bind(a), c.bind(b)];
    c.add(`((${side('source', a, pa)} AND ${side('target', b, pb)}) OR (${side('source', b, pb)} AND ${side('target', a, pa)}))`);
  }
  if (q.code !== undefined) c.add(`starts_with(code, ${c.bind(q.code)})`);
  if (q.quad !== undefined) {
    const list = quads(q.quad);
    // An empty list asks for no quad class at all, so nothing matches.
    c.add(list.length === 0 ? 'FALSE' : `quad IN (${list.map((x) => c.bind(x)).join(', ')})`);
  }
  if (q.plover !== undefined) c.add(`plover = ${c.bind(q.plover)}`);
  if (q.from !== undefined) c.add(`date >= CAST(${c.bind(checkDate('from', q.from))} AS DATE)`);
  if (q.to !== undefined) c.add(`date <= CAST(${c.bind(checkDate('to', q.to))} AS DATE)`);
  if (q.docId !== undefined) c.add(`document_id = ${c.bind(q.docId)}`);
  if (q.dataset !== undefined) c.add(`dataset = ${c.bind(q.dataset)}`);
  for (const term of (q.text ?? '').toLowerCase().split(/\s+/).filter((t) => t !== '')) {
    c.add(`contains(lower(sentence), ${c.bind(term)})`);
  }
  if (q.minConfidence !== undefined) c.add(`confidence >= ${c.bind(checkNumber('minConfidence', q.minConfidence))}`);
  return c;
}

export async function readEvents(connection: DuckDBConnection, q: EventQuery): Promise<Page<Event>> {
  const { limit, offset } = pageBounds(q);
  const sort = q.sort ?? 'date-asc';
  const order = ORDER[sort];
  if (order === undefined) throw invalidQuery('sort', Object.keys(ORDER).join(' | '), sort);
  const c = eventConditions(q);
  // Counted first: an empty count spares the page query, which costs more than the count.
  const total = q.countTotal === false ? undefined : await count(connection, `SELECT count(*) AS n FROM events ${c.where()}`, c.params);
  const page = limit === 0 || (total !== undefined && offset >= total)
    ? []
    : await rows(connection, `${SELECT} ${c.where()} ORDER BY ${order} LIMIT ${c.bind(limit)} OFFSET ${c.bind(offset)}`, c.params);
  return { items: page.map(eventFromRow), total: total ?? offset + page.length, limit, offset };
}

export async function readEvent(connection: DuckDBConnection, id: string): Promise<Event | undefined> {
  const lookup = eventByIdSql(SELECT, id);
  const [row] = await rows(connection, lookup.sql, lookup.params);
  return row === undefined ? undefined : eventFromRow(row);
}
