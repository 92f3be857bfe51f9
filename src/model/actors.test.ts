import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeWithShared, sharedPath } from '../../test/shared.js';
import { CREATED_CODES, NAMED_ACTORS } from './actors.js';
import { countryByCode } from './countries.js';
import { phraseKey } from './names.js';

function codeOf(name: string): string[] {
  return NAMED_ACTORS.filter((a) => a.names.some((n) => phraseKey(n) === phraseKey(name))).map((a) => a.code);
}

describe('metonyms and institutions', () => {
  it('stand for the government, military or legislature the way analysts read them', () => {
    const expected: Record<string, string> = {
      'the Kremlin': 'RUSGOV', 'the White House': 'USAGOV', 'the Pentagon': 'USAMIL', 'Downing Street': 'GBRGOV',
      'the Elysee': 'FRAGOV', 'Élysée': 'FRAGOV', 'Zhongnanhai': 'CHNGOV', 'the Knesset': 'ISRLEG', 'the Duma': 'RUSLEG',
      'Foggy Bottom': 'USAGOV', 'State Department': 'USAGOV', 'IRGC': 'IRNMIL', 'Mossad': 'ISRSPY',
    };
    for (const [name, code] of Object.entries(expected)) expect(codeOf(name), name).toEqual([code]);
  });

  it('carry the country of their code', () => {
    for (const a of NAMED_ACTORS.filter((x) => x.category === 'metonym')) {
      expect(a.country, a.name).toBe(a.code.slice(0, 3));
      expect(countryByCode(a.country ?? ''), a.name).toBeDefined();
      expect(a.kind).toBe('state');
    }
  });
});

describe('IGOs, groups and regions', () => {
  it('covers the organisations and groups the news names most', () => {
    const expected: Record<string, string> = {
      'UN Security Council': 'IGOUNO', 'IAEA': 'IGOUNOIAE', 'European Union': 'IGOEUREEC', 'NATO': 'IGOWSTNAT',
      'OPEC': 'IGOOPC', 'OPEC+': 'IGOOPP', 'BRICS': 'IGOBRC', 'Arab League': 'IGOMEAARL', 'Gulf Cooperation Council': 'IGOPGSGCC',
      'African Union': 'IGOAFRAFU', 'ASEAN': 'IGOSEAASN', 'G7': 'IGOGOS', 'G20': 'IGOGTW', 'IMF': 'IGOBUSIMF',
      'World Bank': 'IGOUNODEVWBK', 'ICC': 'IGOJUDICC', 'ICJ': 'IGOUNOJUDICJ', 'Hamas': 'PSEREBHMS', 'Hezbollah': 'LBNREB',
      'Houthis': 'YEMREB', 'ISIS': 'IMGMUSISI', 'Taliban': 'AFGREB', 'the West': 'WST', 'Gulf states': 'PGS',
    };
    for (const [name, code] of Object.entries(expected)) expect(codeOf(name), name).toEqual([code]);
  });

  it('dates the Taliban from rebels to government', () => {
    const taliban = NAMED_ACTORS.find((a) => a.name === 'the Taliban');
    expect(taliban?.dated).toEqual([{ code: 'AFGREB', to: '2021-08-14' }, { code: 'AFGGOV', from: '2021-08-15' }]);
  });

  it('leaves out the WHO acronym, which is the word "who"', () => {
    expect(codeOf('WHO')).toEqual([]);
    expect(codeOf('World Health Organization')).toEqual(['IGOUNOHLHWHO']);
  });

  it('codes territories as the state that holds them, and NGOs by their Phoenix codes', () => {
    expect(codeOf('Chechnya')).toEqual(['RUS']);
    expect(codeOf('Golan Heights')).toEqual(['SYR']);
    expect(codeOf('Amnesty International')).toEqual(['NGOHRIAMN']);
    expect(codeOf('European Community')).toEqual(['IGOEUREEC']);
    for (const a of NAMED_ACTORS.filter((x) => x.category === 'territory')) {
      expect(a.country, a.name).toBe(a.code.slice(0, 3));
      expect(a.kind, a.name).toBe('state');
    }
  });

  it('explains every code it had to create', () => {
    expect(CREATED_CODES.map((c) => c.code)).toEqual(expect.arrayContaining(['IGOOPP', 'IGOBRC', 'IGOGTW', 'YEMREB']));
    for (const c of CREATED_CODES) expect(c.reason.length, c.code).toBeGreaterThan(20);
  });
});

describeWithShared('named-actor codes against the Phoenix dictionaries', ['data', 'petrarch2', 'dictionaries'], () => {
  it('takes every code it did not create from the Phoenix or CAMEO dictionaries', () => {
    const dir = ['data', 'petrarch2', 'dictionaries'];
    const text = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt']
      .map((f) => readFileSync(sharedPath(...dir, f), 'utf8')).join('\n');
    const known = new Set([...text.matchAll(/\[([A-Z]{3,})[\s\]]/g)].map((m) => m[1]));
    const created = new Set(CREATED_CODES.map((c) => c.code));
    // Metonym codes are country+role codes; the roles are CAMEO's own.
    const unknown = NAMED_ACTORS.filter((a) => !created.has(a.code) && a.category !== 'metonym' && a.category !== 'region')
      .filter((a) => !known.has(a.code)).map((a) => `${a.name}: ${a.code}`);
    expect(unknown).toEqual([]);
  });
});
