/**
 * The CAMEO code → analytic domain lookup the dyad queries join, built from the model's
 * `domainOf`. It is a table (`cameo_domains`) refreshed whenever a writable store opens, stamped
 * in `meta` with a fingerprint of the mapping: the mapping is model data and changes with entente,
 * while the file may be older. A reader whose file carries another fingerprint (or no table, as a
 * read-only file written before the table existed) joins the same rows as an inline relation, so
 * every store answers with the domains of the running code. The fallback for codes outside the
 * codebook (their root's domain, else UNKNOWN_DOMAIN) is in the queries, as in analysis-domain.ts.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { inTransaction } from './transaction.js';
import { CAMEO_CODES } from '../../model/index.js';

const ROWS: readonly (readonly [string, string])[] = CAMEO_CODES.map((c) => [c.code, c.domain] as const);

// FNV-1a over the rows: enough to notice that the mapping changed, not a security measure.
function fingerprint(rows: readonly (readonly [string, string])[]): string {
  let h = 0x811c9dc5;
  for (const ch of rows.map((r) => r.join('=')).join(';')) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${rows.length}:${h.toString(16)}`;
}

export const DOMAIN_FINGERPRINT = fingerprint(ROWS);
const META_KEY = 'cameo_domains';

const literal = (s: string): string => `'${s.replaceAll("'", "''")}'`;
const VALUES = ROWS.map(([code, domain]) => `(${literal(code)}, ${literal(domain)})`).join(', ');

async function storedFingerprint(connection: DuckDBConnection): Promise<string | undefined> {
  const reader = await connection.runAndReadAll(`SELECT value FROM meta WHERE key = '${META_KEY}'`);
  const value = reader.getRowObjectsJson()[0]?.value;
  return typeof value === 'string' ? value : undefined;
}

/** Creates or rewrites `cameo_domains` when its fingerprint differs from the model's. */
export async function refreshDomainTable(connection: DuckDBConnection): Promise<void> {
  if ((await storedFingerprint(connection)) === DOMAIN_FINGERPRINT) return;
  await inTransaction(connection, async () => {
    await connection.run('CREATE TABLE IF NOT EXISTS cameo_domains (code VARCHAR PRIMARY KEY, domain VARCHAR NOT NULL)');
    await connection.run('DELETE FROM cameo_domains');
    await connection.run(`INSERT INTO cameo_domains VALUES ${VALUES}`);
    await connection.run(`INSERT OR REPLACE INTO meta VALUES ('${META_KEY}', '${DOMAIN_FINGERPRINT}')`);
  });
}

/** A relation `(code, domain)` to join: the table when it is current, else the rows inline. */
export async function domainRelation(connection: DuckDBConnection): Promise<string> {
  return (await storedFingerprint(connection)) === DOMAIN_FINGERPRINT
    ? 'cameo_domains'
    : `(SELECT * FROM (VALUES ${VALUES}) AS lookup(code, domain))`;
}
