/**
 * The ledger with its gaps, per dataset: 15-minute datasets (GDELT 2.0 events and mentions) by the
 * file times recorded, everything else by the days that have events (or documents) in the store.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { LedgerEntry } from '../store/index.js';
import type { Gap } from './gaps.js';
import { missingDays, missingSlots } from './gaps.js';
import type { LedgerQuery } from './ledger.js';
import { listLedger } from './ledger.js';

export const FIFTEEN_MINUTE_DATASETS: readonly string[] = ['gdelt2', 'gdelt2-mentions'];

export interface DatasetGaps {
  dataset: string;
  unit: '15min' | 'day';
  from?: string;
  to?: string;
  /** Slots (or days) expected in the range. */
  expected: number;
  missing: number;
  gaps: Gap[];
}

export interface LedgerReport {
  entries: LedgerEntry[];
  gaps: DatasetGaps[];
}

async function daysWithData(connection: DuckDBConnection, dataset: string, from: string, to: string): Promise<string[]> {
  const isText = !['gdelt1', 'gdelt2', 'icews', 'polecat', 'plover'].includes(dataset);
  const sql = isText
    ? 'SELECT DISTINCT CAST(date AS VARCHAR) AS d FROM documents WHERE format = $1 AND date BETWEEN CAST($2 AS DATE) AND CAST($3 AS DATE)'
    : 'SELECT DISTINCT CAST(date AS VARCHAR) AS d FROM events WHERE dataset = $1 AND date BETWEEN CAST($2 AS DATE) AND CAST($3 AS DATE)';
  const reader = await connection.runAndReadAll(sql, [dataset, from, to]);
  return reader.getRowObjectsJson().map((r) => String(r.d));
}

const dayOf = (e: LedgerEntry, which: 'first' | 'last'): string | undefined =>
  e.fileTime?.slice(0, 10) ?? (which === 'first' ? e.firstDate : e.lastDate);

/** `gapsFor`: judge the gaps of these datasets only (each costs a query); default every one listed. */
export async function ledgerReport(connection: DuckDBConnection, q: LedgerQuery = {}, gapsFor?: readonly string[]): Promise<LedgerReport> {
  const entries = await listLedger(connection, q);
  const datasets = [...new Set(entries.map((e) => e.dataset))].filter((d) => gapsFor?.includes(d) ?? true).sort();
  const gaps: DatasetGaps[] = [];
  for (const dataset of datasets) {
    const mine = entries.filter((e) => e.dataset === dataset && e.status === 'loaded');
    if (FIFTEEN_MINUTE_DATASETS.includes(dataset)) {
      const times = mine.flatMap((e) => (e.fileTime ? [e.fileTime] : []));
      const found = missingSlots(times, q.from, q.to);
      const first = q.from ?? times[0];
      const last = q.to ?? times[times.length - 1];
      const missing = found.reduce((s, g) => s + g.count, 0);
      gaps.push({ dataset, unit: '15min', ...(first ? { from: first } : {}), ...(last ? { to: last } : {}), expected: new Set(times).size + missing, missing, gaps: found });
      continue;
    }
    const from = q.from ?? mine.map((e) => dayOf(e, 'first')).filter((d): d is string => d !== undefined).sort()[0];
    const to = q.to ?? mine.map((e) => dayOf(e, 'last')).filter((d): d is string => d !== undefined).sort().pop();
    if (from === undefined || to === undefined) continue;
    const found = missingDays(await daysWithData(connection, dataset, from, to), from, to);
    const expected = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
    gaps.push({ dataset, unit: 'day', from, to, expected, missing: found.reduce((s, g) => s + g.count, 0), gaps: found });
  }
  return { entries, gaps };
}
