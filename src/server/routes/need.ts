/** Small guards shared by route files. */
import { EntenteError } from '../../errors.js';
import type { AccountsAndAnnotations, User } from '../../store/index.js';
import type { Services } from './index.js';

export function needAccounts(s: Services): AccountsAndAnnotations {
  if (s.accounts) return s.accounts;
  throw new EntenteError('STORE', 'accounts and annotations are not available on this server', {
    hint: s.store.readOnly ? 'the store was opened read-only; start the server on a writable store' : 'start the server on a DuckDB store',
  });
}

/** Route files mark routes `signedIn`, so the user is there; this narrows the type. */
export function signedInUser(user: User | undefined): User {
  if (user) return user;
  throw new EntenteError('UNAUTHORIZED', 'sign in to do this', { hint: 'POST /api/auth/sign-in first' });
}
