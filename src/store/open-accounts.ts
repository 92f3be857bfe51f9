/** Where accounts and annotations live for a given Store: today only the DuckDB file holds them. */
import { EntenteError } from '../errors.js';
import type { AccountStore, AnnotationStore } from './accounts.js';
import { DuckDbAccounts, DuckDbStore } from './duckdb/index.js';
import type { Store } from './store.js';

export type AccountsAndAnnotations = AccountStore & AnnotationStore;

/** Accounts and annotations kept beside the events of `store`. CONFIG error for stores that cannot hold them. */
export function openAccounts(store: Store): AccountsAndAnnotations {
  if (store instanceof DuckDbStore) return new DuckDbAccounts(store);
  throw new EntenteError('CONFIG', `a ${store.kind} store does not keep accounts or annotations`, {
    hint: 'run the server on a DuckDB store, or pass an AccountStore to buildServer',
  });
}
