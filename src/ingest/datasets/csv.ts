/**
 * DuckDB's native CSV reader over one import part, with explicit column types and its rejects
 * tables: a row that does not parse (wrong column count, a value that does not convert) is
 * skipped and recorded with its line number and the reason, and the import goes on.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { InputPart } from './input.js';
import type { Layout } from './layouts.js';
import { CAMEO_ENUM, lit } from './lookups.js';
import type { RejectedRow } from './result.js';

export interface CsvOptions {
  header: boolean;
  /** Short rows padded with NULLs instead of rejected (GDELT 1.0 files mixing 57 and 58 columns). */
  nullPadding?: boolean;
  /** Strings read as NULL besides the empty field (ICEWS writes `NA`). */
  nullstr?: string[];
  dateformat: string;
}

const REJECTS = 'entente_rejects';
const SCANS = 'entente_reject_scans';

const typeOf = (type: string): string => (type === 'cameo_code' ? CAMEO_ENUM : type);

export function readCsvSql(part: InputPart, layout: Layout, o: CsvOptions): string {
  const columns = layout.map(([name, type]) => `${lit(name)}: ${lit(typeOf(type))}`).join(', ');
  const args = [
    `columns = {${columns}}`, "delim = '\t'", `header = ${o.header}`, "quote = ''", "escape = ''", 'auto_detect = false',
    `dateformat = ${lit(o.dateformat)}`, `compression = ${part.gzip ? "'gzip'" : "'none'"}`,
    'ignore_errors = true', 'store_rejects = true', `rejects_table = '${REJECTS}'`, `rejects_scan = '${SCANS}'`,
    `null_padding = ${o.nullPadding === true}`,
    ...(o.nullstr ? [`nullstr = [${["''", ...o.nullstr.map(lit)].join(', ')}]`] : []),
  ];
  return `read_csv(${lit(part.file)}, ${args.join(', ')})`;
}

/** Forgets the rejects of an earlier scan on this connection. */
export async function clearRejects(connection: DuckDBConnection): Promise<void> {
  await connection.run(`DROP TABLE IF EXISTS ${REJECTS}`);
  await connection.run(`DROP TABLE IF EXISTS ${SCANS}`);
}

export interface ReaderRejects {
  count: number;
  /** Every rejected line number (to skip them when locating accepted rows). */
  lines: Set<number>;
  first: RejectedRow[];
}

const EXCERPT = 160;

/** What the reader rejected in the last scan: a count, the line numbers, the first `limit` rows. */
export async function readerRejects(connection: DuckDBConnection, label: string, limit: number): Promise<ReaderRejects> {
  const exists = await connection.runAndReadAll(`SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = '${REJECTS}'`);
  if (Number(exists.getRowObjectsJson()[0]?.n ?? 0) === 0) return { count: 0, lines: new Set(), first: [] };
  // One row may fail on several columns; it is one rejected row.
  const all = await connection.runAndReadAll(`SELECT DISTINCT CAST(line AS BIGINT) AS line FROM ${REJECTS}`);
  const lines = new Set(all.getRowObjectsJson().map((r) => Number(r.line)));
  const reader = await connection.runAndReadAll(
    `SELECT line, first(column_name ORDER BY column_idx) AS field, first(error_type ORDER BY column_idx) AS kind,
       first(error_message ORDER BY column_idx) AS message, first(csv_line) AS text
     FROM ${REJECTS} GROUP BY line ORDER BY line LIMIT ${limit}`,
  );
  const first = reader.getRowObjectsJson().map((r): RejectedRow => {
    const row: RejectedRow = { file: label, line: Number(r.line), reason: rejectReason(String(r.kind), String(r.message)) };
    if (typeof r.field === 'string') row.field = r.field;
    if (typeof r.text === 'string') row.text = r.text.replace(/^\n+/, '').slice(0, EXCERPT);
    return row;
  });
  return { count: lines.size, lines, first };
}

const TYPE_NAMES: Record<string, string> = {
  BIGINT: 'whole number', INTEGER: 'whole number', UTINYINT: 'small whole number (0-255)', DOUBLE: 'number', DATE: 'date',
};

/** DuckDB's messages, said in the dataset's terms. */
function rejectReason(kind: string, message: string): string {
  if (/ENUM\(/.test(message)) {
    const value = /string "([^"]*)"/.exec(message)?.[1] ?? '';
    return `unknown CAMEO event code "${value}"`;
  }
  if (kind === 'CAST') {
    const value = /string "([^"]*)"/.exec(message)?.[1];
    const type = /to '([^']+)'/.exec(message)?.[1];
    if (value !== undefined && type !== undefined) return `"${value}" is not a valid ${TYPE_NAMES[type] ?? type}`;
  }
  if (kind === 'MISSING COLUMNS' || kind === 'TOO MANY COLUMNS') return message.replace('Expected Number of Columns', 'expected columns');
  return message;
}
