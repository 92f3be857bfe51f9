/**
 * Contract, on random data: any valid event reads back deep-equal, and every random query
 * returns what the plain-array reference (contract-reference.ts) says it should.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoreFactory } from './contract.js';
import { eventBodyArb, queryArb, toDocuments } from './contract-arbitrary.js';
import { referenceActors, referenceQuery } from './contract-reference.js';

export function propertyContract(factory: StoreFactory): void {
  describe('on random data', () => {
    it('round-trips any valid event exactly', async () => {
      const target = await factory();
      let run = 0;
      try {
        await fc.assert(
          fc.asyncProperty(fc.array(eventBodyArb(true), { minLength: 1, maxLength: 6 }), async (bodies) => {
            const docs = toDocuments(`rt${run++}`, bodies);
            await target.store.saveCoded(docs);
            for (const e of docs.flatMap((d) => d.events)) expect(await target.store.event(e.id)).toStrictEqual(e);
          }),
          { numRuns: 60 },
        );
      } finally {
        await target.dispose();
      }
    });

    it('answers random queries as the reference does, and counts actors alike', async () => {
      let run = 0;
      let asked = 0;
      let matched = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(eventBodyArb(false), { maxLength: 60 }),
          fc.array(queryArb, { minLength: 1, maxLength: 12 }),
          async (bodies, queries) => {
            const target = await factory();
            try {
              const key = `q${run++}`;
              const docs = toDocuments(key, bodies);
              await target.store.saveCoded(docs);
              const events = docs.flatMap((d) => d.events);
              const documentOf = new Map(docs.flatMap((d) => d.events.map((e) => [e.id, d.document.id] as const)));
              for (const generated of queries) {
                asked += 1;
                const q = generated.docId === undefined ? generated : { ...generated, docId: `${key}-${generated.docId}` };
                const page = await target.store.events(q);
                const expected = referenceQuery(events, q, (e) => documentOf.get(e.id));
                expect({ ids: page.items.map((e) => e.id), total: page.total }, JSON.stringify(q)).toEqual(expected);
                if (expected.total > 0) matched += 1;
                // Uncounted, the same page, and a total that only says how far the page reaches.
                const uncounted = await target.store.events({ ...q, countTotal: false });
                expect(uncounted.items.map((e) => e.id), JSON.stringify(q)).toEqual(expected.ids);
                expect(uncounted.total).toBe((q.offset ?? 0) + expected.ids.length);
              }
              expect(await target.store.actorsSeen()).toEqual(referenceActors(events));
              expect(await target.store.actorsSeen({ prefix: 'IRN' })).toEqual(referenceActors(events, 'IRN'));
            } finally {
              await target.dispose();
            }
          },
        ),
        { numRuns: 15 },
      );
      // Guards the property itself: queries that never match anything would prove nothing.
      expect(matched).toBeGreaterThan(asked / 4);
    });
  });
}
