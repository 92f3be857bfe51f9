import worldCountriesModule from 'world-countries';
import type { Country as WorldCountry } from 'world-countries';
import { z } from 'zod';
import extrasJson from './data/country-extras.json' with { type: 'json' };
import { loadData } from './load.js';
import { phraseKey, pluralDemonym, variants } from './names.js';

export type CountryStatus = 'un-member' | 'un-observer' | 'other';

export interface Country {
  /** CAMEO country code: ISO 3166 alpha-3 except where CAMEO differs (Kosovo is KSV). */
  code: string;
  iso3: string;
  iso2: string;
  /** Common English name ("Iran"). */
  name: string;
  officialName: string;
  /** Every name the country goes by in English news, the common name first. */
  names: string[];
  /** "Iranian", "U.S.". */
  adjectives: string[];
  /** Nouns for its people, singular and plural ("Iranian", "Iranians"). */
  demonyms: string[];
  /** Capitals and seats of government; in political news they stand for the country. */
  capitals: string[];
  flag: string;
  status: CountryStatus;
}

const listOf = z.array(z.string()).optional();
const extrasSchema = z.object({
  include: z.array(z.string()),
  status: z.record(z.string(), z.enum(['un-member', 'un-observer', 'other'])),
  cameoCodes: z.record(z.string(), z.string().regex(/^[A-Z]{3}$/)),
  denyNames: z.array(z.string()),
  preferred: z.record(z.string(), z.string()),
  invariantDemonyms: z.array(z.string()),
  countries: z.record(
    z.string(),
    z.object({ names: listOf, adjectives: listOf, demonyms: listOf, capitals: listOf, dropDemonyms: listOf }).strict(),
  ),
});
// The package is CommonJS (`module.exports = [...]`) but its typings declare an ES default export,
// so under NodeNext TypeScript sees the namespace where Node hands over the array itself.
const worldCountries = worldCountriesModule as unknown as WorldCountry[];

const extras = loadData(extrasSchema, extrasJson, 'country-extras.json');
const deny = new Set(extras.denyNames.map(phraseKey));
const invariant = new Set(extras.invariantDemonyms);

/** Latin-script names only: the coder reads English text. */
const isUsable = (name: string): boolean =>
  /^[\p{Script=Latin}\s.'’-]+$/u.test(name) && name.length > 3;

function unique(items: string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = phraseKey(item);
    if (seen.has(key) || deny.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function build(): Country[] {
  const included = new Set(extras.include);
  const countries: Country[] = [];
  for (const wc of worldCountries) {
    if (!wc.unMember && !included.has(wc.cca3)) continue;
    const add = extras.countries[wc.cca3] ?? {};
    const drop = new Set(add.dropDemonyms ?? []);
    const base = (wc.demonyms['eng']?.m ?? '').split(/,| or /).map((s) => s.trim()).filter((s) => s && !drop.has(s));
    const adjectives = unique([...base, ...(add.adjectives ?? [])].flatMap(variants));
    // The package gives one singular form; plurals are derived, extras are listed as written.
    const demonyms = unique(
      [...base.flatMap((d) => [d, pluralDemonym(d, invariant)]), ...(add.demonyms ?? [])].flatMap(variants),
    );
    const names = unique(
      [wc.name.common, wc.name.official, ...(add.names ?? []), ...wc.altSpellings.filter(isUsable)].flatMap(variants),
    );
    countries.push({
      code: extras.cameoCodes[wc.cca3] ?? wc.cca3,
      iso3: wc.cca3,
      iso2: wc.cca2,
      name: wc.name.common,
      officialName: wc.name.official,
      names,
      adjectives,
      demonyms,
      capitals: unique([...wc.capital, ...(add.capitals ?? [])].flatMap(variants)),
      flag: wc.flag,
      status: extras.status[wc.cca3] ?? (wc.unMember ? 'un-member' : 'other'),
    });
  }
  return countries;
}

/** A name two or more countries go by, and the one the coder should read it as, if any. */
export interface SharedCountryName {
  owners: string[];
  preferred?: string;
}

function findShared(countries: Country[]): Map<string, SharedCountryName> {
  const owners = new Map<string, Set<string>>();
  for (const c of countries) {
    for (const n of [...c.names, ...c.adjectives, ...c.demonyms, ...c.capitals]) {
      const key = phraseKey(n);
      owners.set(key, (owners.get(key) ?? new Set()).add(c.code));
    }
  }
  const shared = new Map<string, SharedCountryName>();
  for (const [key, who] of owners) {
    if (who.size < 2) continue;
    const preferred = extras.preferred[key];
    shared.set(key, { owners: [...who].sort(), ...(preferred && who.has(preferred) ? { preferred } : {}) });
  }
  return shared;
}

/** UN member states plus Palestine, the Holy See, Kosovo and Taiwan, sorted by CAMEO code. */
export const COUNTRIES: readonly Country[] = Object.freeze(build().sort((a, b) => a.code.localeCompare(b.code)));

const shared = findShared([...COUNTRIES]);

/** Whether several countries go by this name ("Congolese", "Dominican"), and which one it means. */
export function sharedCountryName(name: string): SharedCountryName | undefined {
  return shared.get(phraseKey(name));
}

const byAnyCode = new Map<string, Country>();
for (const c of COUNTRIES) for (const k of [c.code, c.iso3, c.iso2]) if (!byAnyCode.has(k)) byAnyCode.set(k, c);

/** A country by CAMEO code, ISO3 or ISO2 code (case-insensitive). */
export function countryByCode(code: string): Country | undefined {
  return byAnyCode.get(code.trim().toUpperCase());
}
