/**
 * Events of any query written to a file by DuckDB's own writers (`COPY ... TO`): CSV with a header,
 * JSON Lines, Parquet, or GDELT 2.0 event rows. The store's event filters apply unchanged, and
 * nothing passes through JS row by row, so exports of millions of rows stay fast and flat in memory.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import countryCodes from 'country-code-lookup';
import { ROLE_CODES } from '../domain/index.js';
import { ValidationError } from '../errors.js';
import { COUNTRIES } from '../model/index.js';
import { EVENT_TABLE_COLUMNS, eventConditions } from '../store/index.js';
import type { DuckDbStore, EventQuery } from '../store/index.js';
import { gdeltColumns } from './gdelt-columns.js';

export const EXPORT_FORMATS = ['csv', 'jsonl', 'parquet', 'gdelt'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportResult {
  format: ExportFormat;
  path: string;
  rows: number;
}

const lit = (s: string): string => `'${s.replaceAll("'", "''")}'`;

const OPTIONS: Record<ExportFormat, string> = {
  csv: 'FORMAT csv, HEADER true',
  jsonl: 'FORMAT json',
  parquet: 'FORMAT parquet, COMPRESSION zstd',
  gdelt: "FORMAT csv, DELIMITER '\t', HEADER false, QUOTE '', ESCAPE ''",
};

async function createGdeltTables(connection: DuckDBConnection): Promise<void> {
  const values = (rows: string[][]): string => rows.map((r) => `(${r.map(lit).join(', ')})`).join(', ');
  await connection.run(`CREATE OR REPLACE TEMP TABLE export_countries AS SELECT * FROM (VALUES ${values(COUNTRIES.map((c) => [c.code]))}) t(code)`);
  await connection.run(`CREATE OR REPLACE TEMP TABLE export_roles AS SELECT * FROM (VALUES ${values(ROLE_CODES.map((r) => [r]))}) t(code)`);
  const fips = countryCodes.countries.filter((c) => c.fips && c.iso3).map((c) => [c.iso3.toUpperCase(), c.fips.toUpperCase()]);
  await connection.run(`CREATE OR REPLACE TEMP TABLE export_fips AS SELECT DISTINCT ON (iso3) * FROM (VALUES ${values(fips)}) t(iso3, fips)`);
}

/** GDELT fields are tab-separated without quoting: tabs and line breaks inside a value become spaces. */
const flat = (expr: string): string => `regexp_replace(CAST(${expr} AS VARCHAR), '[\\t\\r\\n]+', ' ', 'g')`;

export async function exportEvents(store: DuckDbStore, query: EventQuery, format: ExportFormat, path: string): Promise<ExportResult> {
  if (!EXPORT_FORMATS.includes(format)) {
    throw new ValidationError('VALIDATION', `unknown export format "${String(format)}"`, { hint: `use ${EXPORT_FORMATS.join(', ')}`, location: { field: 'format' } });
  }
  const c = eventConditions(query);
  const columns = format === 'gdelt'
    ? gdeltColumns().map((expr, i) => `${flat(expr)} AS c${i + 1}`).join(', ')
    : EVENT_TABLE_COLUMNS.map((col) => col.name).filter((n) => n !== 'document_id').join(', ');
  const sql = `COPY (SELECT ${columns} FROM events ${c.where()} ORDER BY date, id) TO ${lit(path)} (${OPTIONS[format]})`;
  const rows = await store.readWith(async (connection) => {
    if (format === 'gdelt') await createGdeltTables(connection);
    const result = await connection.run(sql, c.params);
    return Number(result.rowsChanged);
  });
  return { format, path, rows };
}
