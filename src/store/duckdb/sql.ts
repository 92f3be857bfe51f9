/**
 * Helpers shared by the readers: bound parameters (never string-spliced values), page bounds,
 * and checks on query fields that would otherwise surface as DuckDB conversion errors.
 */
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { ValidationError } from '../../errors.js';
import type { PageQuery } from '../store.js';
import type { Row } from './columns.js';
import { isIsoDate } from './dates.js';

export const DEFAULT_LIMIT = 100;

/** Collects conditions and their bound values; `bind` returns the `$n` placeholder. */
export class Conditions {
  readonly params: DuckDBValue[] = [];
  private readonly parts: string[] = [];

  bind(value: DuckDBValue): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  add(condition: string): void {
    this.parts.push(condition);
  }

  where(): string {
    return this.parts.length === 0 ? '' : `WHERE ${this.parts.join(' AND ')}`;
  }

  /** A code column matched by prefix, or exactly when asked or when the code is empty. */
  code(column: string, placeholder: string, exact: boolean, code: string): string {
    return exact || code === '' ? `${column} = ${placeholder}` : `starts_with(${column}, ${placeholder})`;
  }
}

export function invalidQuery(field: string, expected: string, got: unknown): ValidationError {
  return new ValidationError('VALIDATION', `query field "${field}" is ${JSON.stringify(got)}, expected ${expected}`, {
    hint: `fix the "${field}" filter`,
    location: { field },
  });
}

export function checkDate(field: string, value: string): string {
  if (!isIsoDate(value)) throw invalidQuery(field, 'a date YYYY-MM-DD', value);
  return value;
}

export function checkNumber(field: string, value: number): number {
  if (!Number.isFinite(value)) throw invalidQuery(field, 'a finite number', value);
  return value;
}

export interface Bounds {
  limit: number;
  offset: number;
}

export function pageBounds(query: PageQuery): Bounds {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const offset = query.offset ?? 0;
  if (!Number.isSafeInteger(limit) || limit < 0) throw invalidQuery('limit', 'a whole number >= 0', limit);
  if (!Number.isSafeInteger(offset) || offset < 0) throw invalidQuery('offset', 'a whole number >= 0', offset);
  return { limit, offset };
}

/** Rows as objects. Converted column by column: about twice as fast as the reader's row objects. */
export async function rows(connection: DuckDBConnection, sql: string, params: DuckDBValue[] = []): Promise<Row[]> {
  const reader = await connection.runAndReadAll(sql, params);
  const columns = Object.entries(reader.getColumnsObjectJson());
  const out: Row[] = new Array<Row>(reader.currentRowCount);
  for (let i = 0; i < out.length; i++) {
    const row: Row = {};
    for (const [name, values] of columns) row[name] = values[i];
    out[i] = row;
  }
  return out;
}

export async function count(connection: DuckDBConnection, sql: string, params: DuckDBValue[] = []): Promise<number> {
  const first = (await rows(connection, sql, params))[0];
  return Number(first?.n ?? 0);
}
