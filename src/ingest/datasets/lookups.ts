/**
 * Small lookup tables the import SQL joins against, made from the model as temporary tables on
 * the write connection: CAMEO codes with root, quad, Goldstein and PLOVER type; FIPS 10-4 country
 * codes (GDELT geography) to ISO3; PLOVER type names to CAMEO codes.
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
  const rows: [string, string][] = [];
  for (const c of countryCodes.countries) {
    if (!c.fips || !c.iso3) continue;
    rows.push([c.fips.toUpperCase(), countryByCode(c.iso3)?.iso3 ?? c.iso3.toUpperCase()]);
  }
  return rows;
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
  const fips = fipsRows();
  await connection.run(`CREATE OR REPLACE TEMP TABLE fips_map AS SELECT DISTINCT ON (fips) * FROM (VALUES ${values(fips)}) t(fips, iso3)`);
  const plover = PLOVER_NAMES.flatMap((name) => {
    const m = cameoOfPlover(name);
    return m ? [[name, m.plover, m.code] as const] : [];
  });
  await connection.run(`CREATE OR REPLACE TEMP TABLE plover_map AS SELECT * FROM (VALUES ${values(plover)}) t(name, plover, code)`);
}
