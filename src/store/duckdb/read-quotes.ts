/** Quotes by speaker, actor or document, in document-date order. */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Page, QuoteQuery, StoredQuote } from '../store.js';
import type { Row } from './columns.js';
import { defined, readOptText, readText } from './columns.js';
import { Conditions, count, pageBounds, rows } from './sql.js';
import { quoteFromRow } from './text-columns.js';

function storedQuote(row: Row): StoredQuote {
  const quote: StoredQuote = { docId: readText(row, 'doc_id'), ...quoteFromRow(row) };
  return defined(quote, { docDate: readOptText(row, 'doc_date') });
}

export async function readQuotes(connection: DuckDBConnection, q: QuoteQuery): Promise<Page<StoredQuote>> {
  const { limit, offset } = pageBounds(q);
  const c = new Conditions();
  if (q.speakerCode !== undefined) c.add(`q.speaker_code = ${c.bind(q.speakerCode)}`);
  if (q.actor !== undefined) c.add(c.code('q.speaker_code', c.bind(q.actor), false, q.actor));
  if (q.docId !== undefined) c.add(`q.doc_id = ${c.bind(q.docId)}`);
  const from = 'FROM quotes q JOIN documents d ON d.id = q.doc_id';
  const total = await count(connection, `SELECT count(*) AS n ${from} ${c.where()}`, c.params);
  if (limit === 0 || offset >= total) return { items: [], total, limit, offset };
  const page = await rows(
    connection,
    `SELECT q.*, d.date AS doc_date ${from} ${c.where()}
     ORDER BY d.date ASC NULLS LAST, q.doc_id, q.ordinal LIMIT ${c.bind(limit)} OFFSET ${c.bind(offset)}`,
    c.params,
  );
  return { items: page.map(storedQuote), total, limit, offset };
}
