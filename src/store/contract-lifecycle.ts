/** Contract: data outlives the store, newer schemas are refused, closed stores say so, writes queue. */
import { describe, expect, it } from 'vitest';
import { StoreError } from '../errors.js';
import type { StoreFactory } from './contract.js';
import { SCENARIO, singleEventDocument } from './contract-fixtures.js';
import { snapshot } from './contract-writes.js';

export function lifecycleContract(factory: StoreFactory): void {
  describe('lifecycle', () => {
    it('sees the same data after closing and opening again', async () => {
      const target = await factory();
      try {
        if (!target.reopen) {
          console.warn(`SKIPPED reopen check for ${target.store.location}: its data does not outlive the store`);
          return;
        }
        await target.store.saveCoded(SCENARIO);
        const before = await snapshot(target.store);
        const reopened = await target.reopen();
        expect(await snapshot(reopened)).toEqual(before);
        expect(await reopened.saveCoded(SCENARIO)).toMatchObject({ documents: 0, skipped: SCENARIO.length });
      } finally {
        await target.dispose();
      }
    });

    it('refuses data written by a newer schema, or with no valid version, naming the location', async () => {
      const target = await factory();
      try {
        if (!target.reopenWithSchemaVersion) {
          console.warn(`SKIPPED schema-version check for ${target.store.location}: the target cannot rewrite its version`);
          return;
        }
        const location = target.store.location;
        for (const version of [99, 0]) {
          const error = await target.reopenWithSchemaVersion(version).then(() => undefined, (e: unknown) => e);
          expect(error).toBeInstanceOf(StoreError);
          expect((error as StoreError).message).toContain(location);
          expect((error as StoreError).message).toContain(String(version));
          expect((error as StoreError).hint).toBeTruthy();
        }
      } finally {
        await target.dispose();
      }
    });

    it('rejects calls on a closed store with a StoreError', async () => {
      const target = await factory();
      try {
        await target.store.close();
        await expect(target.store.stats()).rejects.toBeInstanceOf(StoreError);
        await expect(target.store.saveCoded([])).rejects.toBeInstanceOf(StoreError);
      } finally {
        await target.dispose();
      }
    });

    it('runs concurrent saves one after another and reads alongside them', async () => {
      const target = await factory();
      try {
        const keys = ['c1', 'c2', 'c3', 'c4', 'c5'];
        const saves = Promise.all(keys.map((k) => target.store.saveCoded([singleEventDocument(k)])));
        const [saved, repeat, during] = await Promise.all([
          saves,
          target.store.saveCoded([singleEventDocument('c1')]),
          target.store.stats(),
        ]);
        expect(saved.map((r) => r.documents)).toEqual([1, 1, 1, 1, 1]);
        expect(repeat).toMatchObject({ documents: 0, skipped: 1 });
        // A read during the writes sees whole batches only: each holds one document and one event.
        expect(during.events).toBe(during.documents);
        expect(await target.store.stats()).toMatchObject({ documents: keys.length, events: keys.length });
      } finally {
        await target.dispose();
      }
    });
  });
}
