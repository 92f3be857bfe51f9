import { fileURLToPath } from 'node:url';

/** The demo corpus shipped with entente (data/demo), found from both src/ and the built dist/. */
export function demoCorpusDir(): string {
  return fileURLToPath(new URL('../../data/demo/', import.meta.url));
}
