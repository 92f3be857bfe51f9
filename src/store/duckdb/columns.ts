/**
 * Table columns declared once: the DDL, the appender's value order and the readers all come
 * from these lists, so a column cannot be added to one and forgotten in another.
 */
import { dateValue, listValue } from '@duckdb/node-api';
import type { DuckDBValue } from '@duckdb/node-api';
import { StoreError } from '../../errors.js';
import { isoToDays } from './dates.js';

export interface Column<T> {
  name: string;
  /** SQL type and constraints. */
  sql: string;
  get(row: T): DuckDBValue;
}

export function column<T>(name: string, sql: string, get: (row: T) => DuckDBValue): Column<T> {
  return { name, sql, get };
}

export function columnList(columns: readonly Column<never>[]): string {
  return columns.map((c) => c.name).join(', ');
}

/** Values for DuckDB: undefined -> NULL; dates were validated before writing. */
export function opt<V extends DuckDBValue>(value: V | undefined): V | null {
  return value === undefined ? null : value;
}

export function date(iso: string): DuckDBValue {
  const days = isoToDays(iso);
  if (days === undefined) throw new StoreError('INTERNAL', `unchecked date "${iso}" reached the writer`);
  return dateValue(days);
}

export function optDate(iso: string | undefined): DuckDBValue {
  return iso === undefined ? null : date(iso);
}

export function textList(values: readonly string[] | undefined): DuckDBValue {
  return values === undefined ? null : listValue([...values]);
}

/** A row as DuckDB's JSON converter gives it. */
export type Row = Record<string, unknown>;

function bad(key: string, value: unknown, expected: string): StoreError {
  return new StoreError('STORE', `stored column "${key}" holds ${JSON.stringify(value)}, expected ${expected}`, {
    hint: 'the store file was changed outside entente; re-ingest into a fresh store',
  });
}

export function readText(row: Row, key: string): string {
  const v = row[key];
  if (typeof v !== 'string') throw bad(key, v, 'text');
  return v;
}

export function readOptText(row: Row, key: string): string | undefined {
  return row[key] === null ? undefined : readText(row, key);
}

/** Numbers; 64-bit integers (counts) arrive as strings. */
export function readNumber(row: Row, key: string): number {
  const v = row[key];
  const n = typeof v === 'string' ? Number(v) : v;
  if (typeof n !== 'number' || Number.isNaN(n)) throw bad(key, v, 'a number');
  return n;
}

export function readOptNumber(row: Row, key: string): number | undefined {
  return row[key] === null ? undefined : readNumber(row, key);
}

export function readBool(row: Row, key: string): boolean {
  const v = row[key];
  if (typeof v !== 'boolean') throw bad(key, v, 'true or false');
  return v;
}

export function readOptBool(row: Row, key: string): boolean | undefined {
  return row[key] === null ? undefined : readBool(row, key);
}

export function readTextList(row: Row, key: string): string[] {
  const v = row[key];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw bad(key, v, 'a list of text');
  return v as string[];
}

export function readOptTextList(row: Row, key: string): string[] | undefined {
  return row[key] === null ? undefined : readTextList(row, key);
}

/** Copies the defined entries only: with exactOptionalPropertyTypes an absent field must stay absent. */
export function defined<T extends object>(target: T, values: { [K in keyof T]?: T[K] | undefined }): T {
  for (const [k, v] of Object.entries(values)) {
    if (v !== undefined) (target as Record<string, unknown>)[k] = v;
  }
  return target;
}
