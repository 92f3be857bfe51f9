/**
 * The contract every Store implementation passes. An implementation's test calls
 * `storeContract('duckdb :memory:', factory)`; the factory gives a fresh, empty store per call.
 * Hooks the data's lifetime allows (reopening, rewriting the schema version) are optional and
 * their tests are skipped, visibly, when a target lacks them.
 */
import { describe } from 'vitest';
import { analyticsContract } from './contract-analytics.js';
import { lifecycleContract } from './contract-lifecycle.js';
import { propertyContract } from './contract-properties.js';
import { readContract } from './contract-reads.js';
import { writeContract } from './contract-writes.js';
import type { Store } from './store.js';

export interface StoreTarget {
  store: Store;
  /** Closes the store and opens the same data again. Absent when data does not outlive the store. */
  reopen?: () => Promise<Store>;
  /** Closes the store, records `version` as the data's schema version, and opens it again. */
  reopenWithSchemaVersion?: (version: number) => Promise<Store>;
  /** Closes whatever is open and removes what the target created. */
  dispose(): Promise<void>;
}

export type StoreFactory = () => Promise<StoreTarget>;

export function storeContract(name: string, factory: StoreFactory): void {
  describe(`Store contract: ${name}`, () => {
    writeContract(factory);
    readContract(factory);
    propertyContract(factory);
    lifecycleContract(factory);
    analyticsContract(factory);
  });
}
