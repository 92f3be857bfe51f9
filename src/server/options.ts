/** What `buildServer` is given: the effects (store, clock, files) and the limits it enforces. */
import { randomUUID } from 'node:crypto';
import type { Decoder } from '../pipeline/index.js';
import type { AccountsAndAnnotations, Store } from '../store/index.js';
import { openAccounts } from '../store/index.js';

export interface ServerLimits {
  /** Largest upload (raw body or one multipart file), bytes. */
  uploadBytes: number;
  /** Largest JSON body, bytes. */
  jsonBytes: number;
  /** Sign-in and sign-up attempts per client address per minute. */
  authPerMinute: number;
  sessionTtlMs: number;
  /** Cached GET answers kept at most (0 turns the cache off), and their total size. */
  cacheEntries: number;
  cacheBytes: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  uploadBytes: 20 * 1024 * 1024,
  jsonBytes: 64 * 1024,
  authPerMinute: 10,
  sessionTtlMs: 7 * 24 * 3600 * 1000,
  cacheEntries: 2000,
  cacheBytes: 128 * 1024 * 1024,
};

export interface ServerOptions {
  store: Store;
  /** Where users, sessions and annotations live. Default: beside the events in the store, when it can hold them. */
  accounts?: AccountsAndAnnotations;
  clock?: () => Date;
  /** The built web app (web/dist). Absent: no static files, a page says how to build them. */
  staticDir?: string;
  /** Decoder for uploads. Default: entente's own lexicon, compiled on the first upload. */
  decoder?: Decoder;
  limits?: Partial<ServerLimits>;
  /** Let anyone upload documents; by default uploading needs a signed-in user. */
  openIngest?: boolean;
  /** Check every JSON answer against its response schema (tests turn this on). */
  checkResponses?: boolean;
  /** Fastify's request log (pino). Off by default: the CLI prints what matters. */
  logger?: boolean;
  /** Trust X-Forwarded-* from a reverse proxy (so https there makes cookies Secure). */
  trustProxy?: boolean;
  newId?: () => string;
  version?: string;
}

export interface ResolvedOptions {
  store: Store;
  accounts: AccountsAndAnnotations | undefined;
  clock: () => Date;
  staticDir: string | undefined;
  decoder: Decoder | undefined;
  limits: ServerLimits;
  openIngest: boolean;
  checkResponses: boolean;
  logger: boolean;
  trustProxy: boolean;
  newId: () => string;
  version: string;
}

function defaultAccounts(store: Store): AccountsAndAnnotations | undefined {
  if (store.readOnly) return undefined;
  try {
    return openAccounts(store);
  } catch {
    // A store that cannot hold accounts serves readers only; /api/health says so.
    return undefined;
  }
}

export function resolveOptions(options: ServerOptions): ResolvedOptions {
  return {
    store: options.store,
    accounts: options.accounts ?? defaultAccounts(options.store),
    clock: options.clock ?? (() => new Date()),
    staticDir: options.staticDir,
    decoder: options.decoder,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    openIngest: options.openIngest === true,
    checkResponses: options.checkResponses === true,
    logger: options.logger === true,
    trustProxy: options.trustProxy === true,
    newId: options.newId ?? randomUUID,
    version: options.version ?? '0.1.0',
  };
}
