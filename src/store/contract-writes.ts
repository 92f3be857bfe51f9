/** Contract: saving is complete, idempotent and atomic. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CodedDocument } from '../domain/index.js';
import { EntenteError, InputError, StoreError } from '../errors.js';
import type { StoreFactory, StoreTarget } from './contract.js';
import { SCENARIO, SCENARIO_EVENTS, singleEventDocument } from './contract-fixtures.js';
import type { Store } from './store.js';

/** Everything a store holds, for "nothing changed" comparisons. */
export async function snapshot(store: Store): Promise<unknown> {
  return {
    stats: await store.stats(),
    events: await store.events({ limit: 100_000 }),
    documents: await store.documents({ limit: 100_000 }),
    quotes: await store.quotes({ limit: 100_000 }),
  };
}

const count = (batch: CodedDocument[], pick: (c: CodedDocument) => unknown[]): number => batch.reduce((n, c) => n + pick(c).length, 0);

export function writeContract(factory: StoreFactory): void {
  describe('saving', () => {
    let target: StoreTarget;
    let store: Store;
    beforeEach(async () => {
      target = await factory();
      store = target.store;
    });
    afterEach(async () => target.dispose());

    it('writes every part of a batch and reports the counts', async () => {
      const result = await store.saveCoded(SCENARIO);
      expect(result).toEqual({
        documents: SCENARIO.length,
        skipped: 0,
        sentences: count(SCENARIO, (c) => c.sentences),
        events: SCENARIO_EVENTS.length,
        quotes: count(SCENARIO, (c) => c.quotes),
        mentions: count(SCENARIO, (c) => c.actors),
      });
      const stats = await store.stats();
      expect(stats).toMatchObject({ documents: 4, events: 7, quotes: 3, mentions: result.mentions, sentences: result.sentences });
    });

    it('reads back every event and document exactly as saved, with and without optional fields', async () => {
      await store.saveCoded(SCENARIO);
      for (const e of SCENARIO_EVENTS) expect(await store.event(e.id)).toStrictEqual(e);
      for (const c of SCENARIO) {
        const detail = await store.document(c.document.id);
        expect(detail).toStrictEqual({
          document: c.document,
          sentences: c.sentences.map(({ index, start, end, text }) => ({ index, start, end, text })),
          quotes: c.quotes,
          actors: c.actors,
          events: c.events.length,
        });
      }
      expect(await store.event('no-such-event')).toBeUndefined();
      expect(await store.document('no-such-document')).toBeUndefined();
    });

    it('skips documents already stored, so saving twice changes nothing', async () => {
      await store.saveCoded(SCENARIO);
      const before = await snapshot(store);
      const again = await store.saveCoded(SCENARIO);
      expect(again).toEqual({ documents: 0, skipped: SCENARIO.length, sentences: 0, events: 0, quotes: 0, mentions: 0 });
      expect(await snapshot(store)).toEqual(before);
    });

    it('keys idempotency on the content hash: duplicates inside a batch and renamed copies are skipped', async () => {
      const a = singleEventDocument('alpha');
      const renamed: CodedDocument = { ...a, document: { ...a.document, id: 'doc-alpha-copy' }, events: [] };
      const result = await store.saveCoded([a, a, renamed]);
      expect(result).toMatchObject({ documents: 1, skipped: 2, events: 1 });
      expect(await store.document('doc-alpha-copy')).toBeUndefined();
    });

    it('saves nothing from a batch holding an invalid event, and names the field', async () => {
      await store.saveCoded(SCENARIO);
      const before = await snapshot(store);
      const good = singleEventDocument('good');
      const bad = singleEventDocument('bad', { date: '2024-02-30' });
      const error = await store.saveCoded([good, bad]).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).location).toMatchObject({ field: 'events[0].date' });
      expect((error as InputError).message).toContain('2024-02-30');
      expect(await snapshot(store)).toEqual(before);
      expect(await store.document(good.document.id)).toBeUndefined();
    });

    it('rolls back a batch that conflicts with stored ids, after writing part of it', async () => {
      await store.saveCoded(SCENARIO);
      const before = await snapshot(store);
      const fresh = singleEventDocument('fresh');
      const clashEvent = singleEventDocument('clash', { id: 'e1' });
      const clashDoc = singleEventDocument('other', {}, 'doc-1');
      for (const clash of [clashEvent, clashDoc]) {
        const error = await store.saveCoded([fresh, clash]).then(() => undefined, (e: unknown) => e);
        expect(error).toBeInstanceOf(StoreError);
        expect((error as StoreError).code).toBe('CONFLICT');
        expect(await snapshot(store)).toEqual(before);
      }
      expect(await store.saveCoded([fresh])).toMatchObject({ documents: 1, events: 1 });
    });

    it('refuses evidence that points at another document and ids repeated in a batch', async () => {
      const stray = singleEventDocument('stray');
      const ev = stray.events[0];
      if (!ev?.evidence) throw new Error('fixture event lacks evidence');
      const strayed = { ...stray, events: [{ ...ev, evidence: { ...ev.evidence, docId: 'doc-elsewhere' } }] };
      const twin = singleEventDocument('twin', { id: ev.id });
      for (const batch of [[strayed], [stray, twin]]) {
        const error = await store.saveCoded(batch).then(() => undefined, (e: unknown) => e);
        expect(error).toBeInstanceOf(EntenteError);
        expect((error as EntenteError).location?.field).toMatch(/^events\[0\]\.(evidence\.docId|id)$/);
      }
      expect((await store.stats()).documents).toBe(0);
    });

    it('names the file and line of the bad record from the document origin', async () => {
      const bad = singleEventDocument('origin', { quad: 7 as 1 });
      bad.document.origin = 'inbox/feed.jsonl:42';
      const error = await store.saveCoded([bad]).then(() => undefined, (e: unknown) => e);
      expect((error as InputError).location).toEqual({ file: 'inbox/feed.jsonl', line: 42, field: 'events[0].quad' });
    });

    it('stores an unknown side as the empty code, which an empty filter matches exactly', async () => {
      await store.saveCoded([singleEventDocument('unknown', { target: '' }), singleEventDocument('known')]);
      const ids = async (target: string): Promise<string[]> => (await store.events({ target })).items.map((e) => e.id);
      expect(await ids('')).toEqual(['ev-unknown']);
      expect(await ids('DEU')).toEqual(['ev-known']);
      expect((await store.actorsSeen()).map((a) => a.code)).toEqual(['FRAGOV', 'DEUGOV']);
    });

    it('accepts an empty batch', async () => {
      expect(await store.saveCoded([])).toEqual({ documents: 0, skipped: 0, sentences: 0, events: 0, quotes: 0, mentions: 0 });
    });
  });
}
