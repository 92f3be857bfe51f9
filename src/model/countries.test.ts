import { readFileSync } from 'node:fs';
import worldCountriesModule from 'world-countries';
import type { Country as WorldCountry } from 'world-countries';
import { describe, expect, it } from 'vitest';
import { describeWithShared, sharedPath } from '../../test/shared.js';
import { COUNTRIES, countryByCode, sharedCountryName } from './countries.js';
import { phraseKey } from './names.js';

const worldCountries = worldCountriesModule as unknown as WorldCountry[];
const has = (list: string[], name: string): boolean => list.map(phraseKey).includes(phraseKey(name));

describe('countries', () => {
  const members = COUNTRIES.filter((c) => c.status === 'un-member');

  it('has the 193 UN member states, each with ISO3, a flag, names, demonyms and a capital', () => {
    expect(members).toHaveLength(193);
    // world-countries marks the Holy See as a member; it is an observer state.
    const expected = worldCountries.filter((c) => c.unMember && c.cca3 !== 'VAT').map((c) => c.cca3).sort();
    expect(members.map((c) => c.iso3).sort()).toEqual(expected);
    for (const c of members) {
      expect(c.iso3, c.name).toMatch(/^[A-Z]{3}$/);
      expect(c.code, c.name).toMatch(/^[A-Z]{3}$/);
      expect(c.flag.length, c.name).toBeGreaterThan(0);
      expect(c.names[0], c.name).toBe(c.name);
      expect(c.demonyms.length, c.name).toBeGreaterThan(0);
      expect(c.adjectives.length, c.name).toBeGreaterThan(0);
    }
    expect(members.filter((c) => c.capitals.length === 0).map((c) => c.code)).toEqual(['SYC']);
  });

  it('adds the observers and others common in the news', () => {
    expect(countryByCode('PSE')?.status).toBe('un-observer');
    expect(countryByCode('VAT')?.status).toBe('un-observer');
    expect(countryByCode('TWN')?.status).toBe('other');
    expect(countryByCode('KSV')).toMatchObject({ name: 'Kosovo', iso3: 'UNK', status: 'other' });
  });

  it('uses CAMEO codes where they differ from ISO, and finds countries by either', () => {
    expect(countryByCode('TLS')?.code).toBe('TMP');
    expect(countryByCode('tmp')?.name).toBe('Timor-Leste');
    expect(countryByCode('IR')?.code).toBe('IRN');
    expect(new Set(COUNTRIES.map((c) => c.code)).size).toBe(COUNTRIES.length);
    expect(countryByCode('XYZ')).toBeUndefined();
  });

  it('knows the names, adjectives and demonyms news writers use', () => {
    const usa = countryByCode('USA');
    for (const n of ['United States', 'US', 'U.S.', 'USA', 'America']) expect(has(usa?.names ?? [], n), n).toBe(true);
    expect(has(usa?.capitals ?? [], 'Washington')).toBe(true);
    const gbr = countryByCode('GBR');
    for (const n of ['Britain', 'UK', 'Great Britain']) expect(has(gbr?.names ?? [], n), n).toBe(true);
    for (const [code, singular, plural] of [['IRN', 'Iranian', 'Iranians'], ['RUS', 'Russian', 'Russians'],
      ['ISR', 'Israeli', 'Israelis'], ['GBR', 'Briton', 'Britons'], ['TUR', 'Turk', 'Turks']] as const) {
      const c = countryByCode(code);
      expect(has(c?.demonyms ?? [], singular), singular).toBe(true);
      expect(has(c?.demonyms ?? [], plural), plural).toBe(true);
    }
    expect(has(countryByCode('CHN')?.demonyms ?? [], 'Chineses')).toBe(false);
    expect(has(countryByCode('CHE')?.demonyms ?? [], 'Swiss')).toBe(true);
    expect(has(countryByCode('SAU')?.adjectives ?? [], 'Saudi')).toBe(true);
  });

  it('adds plain ASCII spellings and drops names that are English words', () => {
    expect(has(countryByCode('BRA')?.capitals ?? [], 'Brasilia')).toBe(true);
    expect(has(countryByCode('ISL')?.names ?? [], 'Island')).toBe(false);
    expect(has(countryByCode('MDV')?.capitals ?? [], 'Male')).toBe(false);
  });

  it('says which country a shared name means', () => {
    expect(sharedCountryName('Congolese')).toEqual({ owners: ['COD', 'COG'], preferred: 'COD' });
    expect(sharedCountryName('Iranian')).toBeUndefined();
  });
});

describeWithShared('country codes against the Phoenix country dictionary', ['data', 'petrarch2', 'dictionaries', 'Phoenix.Countries.actors.txt'], () => {
  it('uses only country codes the CAMEO dictionaries know, except the Holy See', () => {
    const text = readFileSync(sharedPath('data', 'petrarch2', 'dictionaries', 'Phoenix.Countries.actors.txt'), 'utf8');
    const known = new Set([...text.matchAll(/\[([A-Z]{3})[A-Z]*[\s\]]/g)].map((m) => m[1]));
    expect(known.size).toBeGreaterThan(150);
    expect(COUNTRIES.filter((c) => !known.has(c.code)).map((c) => c.code)).toEqual(['VAT']);
  });
});
