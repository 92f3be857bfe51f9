/**
 * How completely the event datasets cover a window, from the ledger: for each feed that was loaded
 * for part of the window only, what is there and what is missing. An analysis over such a window
 * can mistake a missing day of GDELT for a cooling relationship, so the dyad views say so.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { DuckDbStore } from '../store/index.js';
import type { Store } from '../store/index.js';
import type { FeedCoverage } from './coverage-words.js';
import { ledgerReport } from './report.js';

/** Feeds that are continuous in time (every slot or day has data), so a hole is missing data. */
const CONTINUOUS_FEEDS: readonly string[] = ['gdelt1', 'gdelt2', 'icews', 'polecat'];

export interface WindowCoverage extends FeedCoverage {
  missing: number;
}

/** The continuous feeds present in [from, to] with holes in it; none when every feed is whole or absent. */
export async function windowCoverage(connection: DuckDBConnection, from: string, to: string): Promise<WindowCoverage[]> {
  const report = await ledgerReport(connection, { from, to }, CONTINUOUS_FEEDS);
  return report.gaps
    .filter((g) => g.missing > 0 && g.expected > g.missing)
    .map((g) => ({ dataset: g.dataset, unit: g.unit, expected: g.expected, present: g.expected - g.missing, missing: g.missing }));
}

/** The same for any store: only DuckDB keeps a ledger; other stores have no holes to tell. */
export async function storeCoverage(store: Store, from: string, to: string): Promise<WindowCoverage[]> {
  return store instanceof DuckDbStore ? store.readWith((c) => windowCoverage(c, from, to)) : [];
}
