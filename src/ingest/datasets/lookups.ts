/**
 * Small lookup tables the import SQL joins against, made from the model as temporary tables on
 * the write connection: CAMEO codes with root, quad, Goldstein and PLOVER type; PLOVER type names
 * to CAMEO codes. FIPS 10-4 country codes (GDELT geography) become ISO3 by a list lookup instead.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import countryCodes from 'country-code-lookup';
import { CAMEO_CODES, countryByCode } from '../../model/index.js';
import { PLOVER_NAMES, cameoOfPlover } from './plover-cameo.js';

/** A SQL string literal. */
export const lit = (s: string): string => `'${s.replaceAll("'", "''")}'`;

/** A SQL identifier (dataset column names have spaces). */
export const ident = (s: string): string => `"${s.replaceAll('"', '""')}"`;

/** The ENUM of every CAMEO code: a column of this type rejects unknown codes at read time. */
export const CAMEO_ENUM = `ENUM(${CAMEO_CODES.map((c) => lit(c.code)).join(', ')})`;

/**
 * Per-code attributes as SQL lists in CAMEO_ENUM order: `list[enum_code(code) + 1]` looks a code
 * up without a join, which matters at millions of rows.
 */
export function cameoListSql(field: 'root' | 'quad' | 'goldstein' | 'plover', enumColumn: string): string {
  const items = CAMEO_CODES.map((c) => (typeof c[field] === 'number' ? String(c[field]) : lit(String(c[field]))));
  const cast = field === 'quad' ? '::UTINYINT[]' : field === 'goldstein' ? '::DOUBLE[]' : '';
  return `([${items.join(', ')}]${cast})[enum_code(${enumColumn}) + 1]`;
}

function values(rows: ReadonlyArray<readonly (string | number)[]>): string {
  return rows.map((r) => `(${r.map((v) => (typeof v === 'number' ? String(v) : lit(v))).join(', ')})`).join(', ');
}

function fipsRows(): [string, string][] {
  const rows = new Map<string, string>();
  for (const c of countryCodes.countries) {
    const fips = c.fips?.toUpperCase();
    if (!fips || !c.iso3 || rows.has(fips)) continue;
    rows.set(fips, countryByCode(c.iso3)?.iso3 ?? c.iso3.toUpperCase());
  }
  return [...rows];
}

/**
 * ISO3 of a FIPS 10-4 column, NULL when the code is unknown. A list lookup by enum position, not a
 * join: DuckDB cannot estimate how many rows a CSV file holds and may build the join's hash table
 * on the file side, holding every row of a bulk import in memory before writing any.
 */
export function fipsIso3Sql(column: string): string {
  const rows = fipsRows();
  return `([${rows.map(([, iso3]) => lit(iso3)).join(', ')}])[enum_code(TRY_CAST(${column} AS ENUM(${rows.map(([fips]) => lit(fips)).join(', ')}))) + 1]`;
}

/** ISO3 for a FIPS 10-4 country code (GDELT geography), when known. */
export function iso3OfFips(fips: string): string | undefined {
  const found = countryCodes.byFips(fips);
  return found?.iso3 ? (countryByCode(found.iso3)?.iso3 ?? found.iso3) : undefined;
}

export async function createLookups(connection: DuckDBConnection): Promise<void> {
  const cameo = CAMEO_CODES.map((c) => [c.code, c.root, c.quad, c.goldstein, c.plover] as const);
  await connection.run(`CREATE OR REPLACE TEMP TABLE cameo_map AS SELECT * FROM (VALUES ${values(cameo)})
    t(code, root, quad, goldstein, plover)`);
  const plover = PLOVER_NAMES.flatMap((name) => {
    const m = cameoOfPlover(name);
    return m ? [[name, m.plover, m.code] as const] : [];
  });
  await connection.run(`CREATE OR REPLACE TEMP TABLE plover_map AS SELECT * FROM (VALUES ${values(plover)}) t(name, plover, code)`);
}
