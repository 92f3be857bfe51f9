/** Document listing with per-document counts, and one document with everything stored for it. */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { DocumentFormat } from '../../domain/index.js';
import type { DocumentDetail, DocumentQuery, DocumentSummary, Page } from '../store.js';
import type { Row } from './columns.js';
import { defined, readNumber, readOptText, readText } from './columns.js';
import { Conditions, checkDate, count, invalidQuery, pageBounds, rows } from './sql.js';
import { documentFromRow, mentionFromRow, quoteFromRow, sentenceFromRow } from './text-columns.js';

const ORDER = { 'date-desc': 'date DESC NULLS LAST, id ASC', 'date-asc': 'date ASC NULLS LAST, id ASC' } as const;

function summaryFromRow(row: Row): DocumentSummary {
  const summary: DocumentSummary = {
    id: readText(row, 'id'),
    contentHash: readText(row, 'content_hash'),
    format: readText(row, 'format') as DocumentFormat,
    sentences: readNumber(row, 'sentence_count'),
    events: readNumber(row, 'event_count'),
    quotes: readNumber(row, 'quote_count'),
  };
  return defined(summary, {
    title: readOptText(row, 'title'),
    date: readOptText(row, 'date'),
    source: readOptText(row, 'source'),
    url: readOptText(row, 'url'),
  });
}

export async function readDocuments(connection: DuckDBConnection, q: DocumentQuery): Promise<Page<DocumentSummary>> {
  const { limit, offset } = pageBounds(q);
  const sort = q.sort ?? 'date-desc';
  const order = ORDER[sort];
  if (order === undefined) throw invalidQuery('sort', Object.keys(ORDER).join(' | '), sort);
  const c = new Conditions();
  if (q.source !== undefined) c.add(`source = ${c.bind(q.source)}`);
  if (q.from !== undefined) c.add(`date >= CAST(${c.bind(checkDate('from', q.from))} AS DATE)`);
  if (q.to !== undefined) c.add(`date <= CAST(${c.bind(checkDate('to', q.to))} AS DATE)`);
  if (q.title !== undefined) c.add(`contains(lower(title), ${c.bind(q.title.toLowerCase())})`);
  const total = await count(connection, `SELECT count(*) AS n FROM documents ${c.where()}`, c.params);
  if (limit === 0 || offset >= total) return { items: [], total, limit, offset };
  // Counts only for the page's documents, not the whole store.
  const page = await rows(
    connection,
    `WITH page AS (
       SELECT id, content_hash, format, title, date, source, url FROM documents ${c.where()}
       ORDER BY ${order} LIMIT ${c.bind(limit)} OFFSET ${c.bind(offset)})
     SELECT page.*,
       (SELECT count(*) FROM sentences s WHERE s.doc_id = page.id) AS sentence_count,
       (SELECT count(*) FROM events e WHERE e.document_id = page.id) AS event_count,
       (SELECT count(*) FROM quotes q WHERE q.doc_id = page.id) AS quote_count
     FROM page ORDER BY ${order}`,
    c.params,
  );
  return { items: page.map(summaryFromRow), total, limit, offset };
}

export async function readDocument(connection: DuckDBConnection, id: string): Promise<DocumentDetail | undefined> {
  const [doc] = await rows(connection, 'SELECT * FROM documents WHERE id = $1', [id]);
  if (doc === undefined) return undefined;
  const of = (table: string, order: string): Promise<Row[]> =>
    rows(connection, `SELECT * FROM ${table} WHERE doc_id = $1 ORDER BY ${order}`, [id]);
  const [sentences, quotes, actors] = [await of('sentences', 'sentence_index'), await of('quotes', 'ordinal'), await of('mentions', 'ordinal')];
  return {
    document: documentFromRow(doc),
    sentences: sentences.map(sentenceFromRow),
    quotes: quotes.map(quoteFromRow),
    actors: actors.map(mentionFromRow),
    events: await count(connection, 'SELECT count(*) AS n FROM events WHERE document_id = $1', [id]),
  };
}
