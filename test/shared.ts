/** Test-side access to ../shared: the paths (shared-paths.ts, also used by benchmarks) and a
 * `describe` that skips visibly when the material is absent. */
import { describe, it } from 'vitest';
import { hasShared, sharedPath } from './shared-paths.js';

export { hasShared, sharedPath, sharedRoot, SEED_DATE, SEED_FILE } from './shared-paths.js';

/** `describe` that runs when the shared file exists and otherwise skips, saying why. */
export function describeWithShared(name: string, parts: string[], body: () => void): void {
  if (hasShared(...parts)) {
    describe(name, body);
  } else {
    const missing = sharedPath(...parts);
    console.warn(`SKIPPED "${name}": shared material not found at ${missing} (set ENTENTE_SHARED)`);
    // The body is not run at all: it may read the shared files while collecting its tests.
    it.skip(`${name} [skipped: ${missing} not found]`, () => undefined);
  }
}
