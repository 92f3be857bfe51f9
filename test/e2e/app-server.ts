/**
 * The web app as a user meets it: the built app (web/dist, rebuilt when a source is newer) served
 * by the real API server on an in-memory store filled with the demo corpus through the real
 * pipeline, listening on an ephemeral port.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { readInputs } from '../../src/ingest/index.js';
import { createDecoder, demoCorpusDir, ingestItems } from '../../src/pipeline/index.js';
import type { IngestSummary } from '../../src/pipeline/index.js';
import { buildServer } from '../../src/server/index.js';
import { DuckDbStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/index.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const WEB_DIR = join(repoRoot, 'web');
export const WEB_DIST = join(WEB_DIR, 'dist');

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** Builds web/dist unless it is newer than every source of the app. Returns whether it built. */
export function ensureWebBuild(): boolean {
  const built = join(WEB_DIST, 'index.html');
  const sources = [join(WEB_DIR, 'src'), join(WEB_DIR, 'index.html'), join(WEB_DIR, 'vite.config.ts'), join(WEB_DIR, 'public')].filter(existsSync);
  if (existsSync(built) && statSync(built).mtimeMs > Math.max(...sources.map(newestMtime))) return false;
  execFileSync(join(repoRoot, 'node_modules', '.bin', 'vite'), ['build', WEB_DIR, '--logLevel', 'warn'], { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'], timeout: 180_000 });
  return true;
}

export interface AppServer {
  url: string;
  store: Store;
  ingest: IngestSummary;
  close(): Promise<void>;
}

export async function startAppServer(): Promise<AppServer> {
  const store = await DuckDbStore.open({ path: ':memory:' });
  const decoder = createDecoder();
  const ingest = await ingestItems(readInputs([demoCorpusDir()]), store, decoder);
  let app: FastifyInstance | undefined;
  try {
    // Generous auth limit: the test signs up and in several times within a minute.
    app = await buildServer({ store, decoder, staticDir: WEB_DIST, limits: { authPerMinute: 100 } });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    return {
      url: address,
      store,
      ingest,
      close: async () => { await app?.close(); await store.close(); },
    };
  } catch (error) {
    await app?.close();
    await store.close();
    throw error;
  }
}
