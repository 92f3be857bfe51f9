import { describe, expect, it } from 'vitest';
import { actorInfo } from './actor-info.js';
import { searchActors } from './search.js';

describe('actorInfo', () => {
  it('spells out country and country+role codes with the country flag', () => {
    expect(actorInfo('RUSGOV')).toEqual({ code: 'RUSGOV', name: 'Russia — government', kind: 'state', country: 'RUS', role: 'GOV', flag: '🇷🇺' });
    expect(actorInfo('irnmil')).toMatchObject({ code: 'IRNMIL', name: 'Iran — military', kind: 'state', flag: '🇮🇷' });
    expect(actorInfo('USA')).toMatchObject({ name: 'United States', kind: 'state', country: 'USA' });
    expect(actorInfo('ISRREB')).toMatchObject({ name: 'Israel — rebels', kind: 'group', role: 'REB' });
    expect(actorInfo('RUSELI')?.name).toBe('Russia — elites');
  });

  it('names IGOs, groups and regions', () => {
    expect(actorInfo('IGOUNO')).toEqual({ code: 'IGOUNO', name: 'United Nations', kind: 'igo' });
    expect(actorInfo('IGOWSTNAT')?.name).toBe('NATO');
    expect(actorInfo('PSEREBHMS')).toMatchObject({ name: 'Hamas', kind: 'group', country: 'PSE', flag: '🇵🇸' });
    expect(actorInfo('WST')).toMatchObject({ name: 'the West', kind: 'compound' });
    expect(actorInfo('NGOHLHIRC')?.kind).toBe('ngo');
  });

  it('keeps plain country+role codes generic even when a group uses them', () => {
    expect(actorInfo('LBNREB')?.name).toBe('Lebanon — rebels');
    expect(actorInfo('SYRREB')?.name).toBe('Syria — rebels');
  });

  it('falls back to the parent organisation and rejects what is not a code', () => {
    expect(actorInfo('IGOUNOXYZ')).toMatchObject({ name: 'United Nations', kind: 'igo' });
    expect(actorInfo('ZZZ')).toBeUndefined();
    expect(actorInfo('RU')).toBeUndefined();
    expect(actorInfo('')).toBeUndefined();
  });
});

describe('searchActors', () => {
  it('finds office holders with their dated offices', () => {
    const [lavrov] = searchActors('lavrov', 5);
    expect(lavrov).toMatchObject({ code: 'RUSGOV', name: 'Sergei Lavrov', kind: 'person', via: 'person', country: 'RUS' });
    expect(lavrov?.person?.terms[0]).toEqual({ title: 'Minister of Foreign Affairs', code: 'RUSGOV', from: '2004-03-09' });
    const putin = searchActors('Vladimir Putin', 1)[0];
    expect(putin?.person?.terms.map((t) => t.title)).toContain('Prime Minister');
  });

  it('finds countries by name, code, demonym and capital, exact matches first', () => {
    expect(searchActors('Iran', 3)[0]).toMatchObject({ code: 'IRN', via: 'country' });
    expect(searchActors('IRN', 1)[0]).toMatchObject({ code: 'IRN', via: 'code' });
    expect(searchActors('Iranians', 1)[0]).toMatchObject({ code: 'IRN', via: 'demonym' });
    expect(searchActors('Tehran', 1)[0]).toMatchObject({ code: 'IRN', via: 'capital' });
    expect(searchActors('the kremlin', 1)[0]).toMatchObject({ code: 'RUSGOV', name: 'the Kremlin', via: 'actor' });
    // A territory is found by its name, not by its state's code.
    expect(searchActors('Golan', 1)[0]).toMatchObject({ code: 'SYR', via: 'actor' });
    expect(searchActors('SYR', 1)[0]).toMatchObject({ code: 'SYR', name: 'Syria', via: 'code' });
    expect(searchActors('SYR', 20).some((r) => r.name === 'the Golan Heights')).toBe(false);
  });

  it('respects the limit, removes duplicates and ignores empty queries', () => {
    const results = searchActors('al', 7);
    expect(results).toHaveLength(7);
    const keys = results.map((r) => (r.person ? r.person.id : `${r.code}:${r.name}`));
    expect(new Set(keys).size).toBe(keys.length);
    expect(searchActors('   ')).toEqual([]);
    expect(searchActors('qqqqzzzz')).toEqual([]);
    expect(searchActors('iran', 0)).toHaveLength(1);
  });
});
