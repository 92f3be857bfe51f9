/**
 * Finding events by id without an index on id (see schema.ts for why there is none). A lookup is
 * split by the kind of row, which DuckDB tells apart per row group from column statistics alone,
 * so row groups of another kind are skipped unread:
 *  - saved with a document (`document_id` set): coded text;
 *  - imported (`dataset` set, no document): the id is `<dataset>:<original id>`, or
 *    `<dataset>:<original id>#<n>` for one of a record's actor pairs (the importers make them so).
 *    Imports write rows in file order, so `original_id`'s min/max per row group narrows a lookup
 *    to the few row groups that can hold it;
 *  - neither (no writer makes these today; looked at so that none is missed).
 */
import { LIST, VARCHAR, listValue } from '@duckdb/node-api';
import type { DuckDBConnection, DuckDBType, DuckDBValue } from '@duckdb/node-api';

/** Where `id` would be as an imported event: its dataset and the original ids it may come from. */
function asImported(id: string): { dataset: string; originals: string[] } | undefined {
  const colon = id.indexOf(':');
  if (colon <= 0) return undefined;
  const rest = id.slice(colon + 1);
  const pair = /^(.*)#\d+$/.exec(rest);
  return { dataset: id.slice(0, colon), originals: pair?.[1] !== undefined ? [rest, pair[1]] : [rest] };
}

export interface IdLookup {
  sql: string;
  params: DuckDBValue[];
}

/** `select` (`SELECT … FROM events`) restricted to the event with this id, as a union of the kinds. */
export function eventByIdSql(select: string, id: string): IdLookup {
  const parts = [
    `${select} WHERE document_id IS NOT NULL AND id = $1`,
    `${select} WHERE document_id IS NULL AND dataset IS NULL AND id = $1`,
  ];
  const params: DuckDBValue[] = [id];
  const imported = asImported(id);
  if (imported) {
    params.push(imported.dataset, ...imported.originals);
    const originals = imported.originals.map((_, i) => `$${i + 3}`).join(', ');
    parts.push(`${select} WHERE document_id IS NULL AND dataset = $2 AND original_id IN (${originals}) AND id = $1`);
  }
  return { sql: parts.join(' UNION ALL '), params };
}

/** Which of `ids` are stored already (for refusing a batch that would repeat one). */
export async function storedEventIds(connection: DuckDBConnection, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const list = `(SELECT unnest($1))`;
  const parts = [
    `SELECT id FROM events WHERE document_id IS NOT NULL AND id IN ${list}`,
    `SELECT id FROM events WHERE document_id IS NULL AND dataset IS NULL AND id IN ${list}`,
  ];
  const params: DuckDBValue[] = [listValue([...ids])];
  const types: DuckDBType[] = [LIST(VARCHAR)];
  const datasets = [...new Set(ids.flatMap((id) => asImported(id)?.dataset ?? []))];
  if (datasets.length > 0) {
    // Coded ids have no colon, so this branch (a scan of those datasets' ids) is rare.
    params.push(listValue(datasets));
    types.push(LIST(VARCHAR));
    parts.push(`SELECT id FROM events WHERE document_id IS NULL AND dataset IN (SELECT unnest($2)) AND id IN ${list}`);
  }
  const reader = await connection.runAndReadAll(parts.join(' UNION ALL '), params, types);
  return reader.getRows().map(([id]) => String(id));
}
