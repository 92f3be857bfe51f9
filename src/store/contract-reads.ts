/** Contract: every filter, sort and page of the readers, on the hand-written scenario. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import type { StoreFactory, StoreTarget } from './contract.js';
import { SCENARIO } from './contract-fixtures.js';
import type { EventQuery, Store } from './store.js';

export function readContract(factory: StoreFactory): void {
  describe('reading', () => {
    let target: StoreTarget;
    let store: Store;
    const ids = async (q: EventQuery): Promise<string[]> => (await store.events(q)).items.map((e) => e.id);
    beforeAll(async () => {
      target = await factory();
      store = target.store;
      await store.saveCoded(SCENARIO);
    });
    afterAll(async () => target.dispose());

    it.each<[string, EventQuery, string[]]>([
      ['no filter, oldest first', {}, ['e7', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6']],
      ['source prefix', { source: 'RUS' }, ['e1', 'e6']],
      ['target', { target: 'IRNGOV' }, ['e1', 'e3']],
      ['either actor', { actor: 'IRN' }, ['e1', 'e2', 'e3', 'e4', 'e5']],
      ['dyad a,b', { dyad: { a: 'RUS', b: 'IRN' } }, ['e1', 'e2']],
      ['dyad b,a', { dyad: { a: 'IRN', b: 'RUS' } }, ['e1', 'e2']],
      ['dyad of full codes', { dyad: { a: 'ISRMIL', b: 'IRNMIL' } }, ['e4', 'e5']],
      ['exact actors', { source: 'RUSGOV', exactActors: true }, ['e1', 'e6']],
      ['exact actors refuse a prefix', { source: 'RUS', exactActors: true }, []],
      ['code prefix', { code: '19' }, ['e4', 'e5']],
      ['code root', { code: '03' }, ['e7', 'e6']],
      ['one quad', { quad: 4 }, ['e4', 'e5']],
      ['several quads', { quad: [1, 3] }, ['e7', 'e1', 'e2', 'e3', 'e6']],
      ['plover', { plover: 'CONSULT' }, ['e7', 'e2', 'e6']],
      ['date range, both ends inclusive', { from: '2024-04-10', to: '2024-04-11' }, ['e3', 'e4']],
      ['from only', { from: '2024-04-12' }, ['e5', 'e6']],
      ['document', { docId: 'doc-2' }, ['e3', 'e4', 'e5']],
      ['dataset', { dataset: 'gdelt2' }, ['e7']],
      ['text, case-insensitive', { text: 'DRONES' }, ['e3']],
      ['text, substring of a word', { text: 'israel' }, ['e4', 'e5']],
      ['text, every term', { text: 'israel retaliate' }, ['e5']],
      ['minimum confidence', { minConfidence: 0.7 }, ['e1', 'e4', 'e6']],
      ['filters combine', { actor: 'IRN', quad: 4, from: '2024-04-12' }, ['e5']],
      ['goldstein, highest first', { sort: 'goldstein-desc', quad: [1, 4] }, ['e1', 'e7', 'e6', 'e2', 'e4', 'e5']],
      ['goldstein, lowest first', { sort: 'goldstein-asc', code: '1' }, ['e4', 'e5', 'e3']],
      ['goldstein ties by date, then id', { sort: 'goldstein-asc', code: '03' }, ['e7', 'e6']],
      ['newest first', { sort: 'date-desc', source: 'RUS' }, ['e6', 'e1']],
      ['newest first, same-day ties by id', { sort: 'date-desc' }, ['e6', 'e5', 'e4', 'e3', 'e1', 'e2', 'e7']],
    ])('events: %s', async (_name, query, expected) => {
      expect(await ids(query)).toEqual(expected);
    });

    it('pages through all matches without gaps or repeats, with the total on every page', async () => {
      const seen: string[] = [];
      for (let offset = 0; offset < 9; offset += 3) {
        const page = await store.events({ limit: 3, offset });
        expect(page).toMatchObject({ total: 7, limit: 3, offset });
        seen.push(...page.items.map((e) => e.id));
      }
      expect(seen).toEqual(await ids({}));
      expect(await store.events({ offset: 50 })).toMatchObject({ items: [], total: 7 });
      expect(await store.events({ limit: 0, actor: 'IRN' })).toMatchObject({ items: [], total: 5 });
    });

    it('rejects malformed query fields with a ValidationError naming the field', async () => {
      for (const [query, field] of [[{ from: '2024-13-01' }, 'from'], [{ limit: -1 }, 'limit'], [{ quad: 5 }, 'quad'], [{ minConfidence: Number.NaN }, 'minConfidence']] as const) {
        const error = await store.events(query as EventQuery).then(() => undefined, (e: unknown) => e);
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).location?.field).toBe(field);
      }
    });

    it('lists documents newest first with their counts, filtered and paged', async () => {
      const all = await store.documents();
      expect(all.items.map((d) => d.id)).toEqual(['doc-3', 'doc-2', 'doc-1', 'doc-4']);
      expect(all.items[1]).toStrictEqual({
        id: 'doc-2', contentHash: 'hash-doc-2', format: 'text', title: 'Clash at sea', date: '2024-04-12', source: 'wire-b',
        sentences: 3, events: 3, quotes: 1,
      });
      expect((await store.documents({ sort: 'date-asc' })).items.map((d) => d.id)).toEqual(['doc-1', 'doc-2', 'doc-3', 'doc-4']);
      expect((await store.documents({ source: 'wire-a' })).items.map((d) => d.id)).toEqual(['doc-3', 'doc-1']);
      expect((await store.documents({ from: '2024-04-01', to: '2024-04-30' })).items.map((d) => d.id)).toEqual(['doc-2']);
      expect((await store.documents({ title: 'ACCORD' })).items.map((d) => d.id)).toEqual(['doc-1']);
      expect(await store.documents({ limit: 2, offset: 2 })).toMatchObject({ total: 4, items: [{ id: 'doc-1' }, { id: 'doc-4' }] });
    });

    it('finds quotes by speaker code, actor prefix and document', async () => {
      const texts = async (q: Parameters<Store['quotes']>[0]): Promise<string[]> => (await store.quotes(q)).items.map((x) => x.text);
      expect(await texts({ speakerCode: 'IRNGOV' })).toEqual(['We stand together,']);
      expect(await texts({ actor: 'RUS' })).toEqual(['it would host American envoys']);
      expect(await texts({ docId: 'doc-2' })).toEqual(['Israel did not retaliate,']);
      const all = await store.quotes();
      expect(all.total).toBe(3);
      expect(all.items[0]).toStrictEqual({ docId: 'doc-1', docDate: '2024-03-01', ...SCENARIO[0]?.quotes[0] });
    });

    it('counts the actor codes seen in events, with their usual name', async () => {
      const actors = await store.actorsSeen();
      expect(actors[0]).toEqual({ code: 'RUSGOV', name: 'Russia', events: 4, asSource: 2, asTarget: 2 });
      expect(actors.find((a) => a.code === 'IRNGOV')).toEqual({ code: 'IRNGOV', name: 'Iran', events: 3, asSource: 1, asTarget: 2 });
      expect(await store.actorsSeen({ prefix: 'ISR' })).toEqual([{ code: 'ISRMIL', events: 2, asSource: 1, asTarget: 1 }]);
      expect(await store.actorsSeen({ limit: 2 })).toHaveLength(2);
    });

    it('reports totals and the event date range', async () => {
      expect(await store.stats()).toEqual({
        documents: 4, sentences: 7, events: 7, quotes: 3, mentions: 5, firstDate: '2023-12-31', lastDate: '2024-05-20',
      });
    });
  });
}
