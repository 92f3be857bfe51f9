/**
 * Actor normalisation for datasets that name actors rather than code them (ICEWS, POLECAT, PLOVER
 * JSON): a country (name, ISO3, ISO2 or CAMEO code) becomes its CAMEO country code, sectors
 * become a role, and the two join into a CAMEO-style code (India + Police -> INDCOP). Named
 * international organisations and groups take the model's code (United Nations -> IGOUNO).
 */
import { COUNTRIES, NAMED_ACTORS, countryByCode } from '../../model/index.js';
import { isInternationalOrganisation, roleOfSectors } from './sectors.js';

const norm = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[’']/g, "'").replace(/[^a-z0-9']+/g, ' ').trim().replace(/^the /, '');

/**
 * Names datasets use that the country list does not carry (ICEWS follows ISO's long forms).
 * Written by this project from the ISO 3166 short names.
 */
const EXTRA_NAMES: Readonly<Record<string, string>> = {
  'occupied palestinian territory': 'PSE',
  'former yugoslav republic of macedonia': 'MKD',
  'moldova republic of': 'MDA',
  'democratic republic of congo': 'COD',
  'congo democratic republic of the': 'COD',
  'congo': 'COG',
  'cote d\'ivoire': 'CIV',
  'hong kong': 'HKG',
  'macau': 'MAC',
  'korea republic of': 'KOR',
  'korea democratic people\'s republic of': 'PRK',
  'iran islamic republic of': 'IRN',
  'syrian arab republic': 'SYR',
  'russian federation': 'RUS',
  'lao people\'s democratic republic': 'LAO',
  'tanzania united republic of': 'TZA',
  'venezuela bolivarian republic of': 'VEN',
  'bolivia plurinational state of': 'BOL',
  'viet nam': 'VNM',
  'western sahara': 'ESH',
  'puerto rico': 'PRI',
  'greenland': 'GRL',
};

let countryIndex: Map<string, string> | undefined;

function countries(): Map<string, string> {
  if (countryIndex) return countryIndex;
  const index = new Map<string, string>();
  for (const c of COUNTRIES) for (const name of [c.name, c.officialName, ...c.names]) if (!index.has(norm(name))) index.set(norm(name), c.code);
  for (const [name, code] of Object.entries(EXTRA_NAMES)) index.set(norm(name), code);
  countryIndex = index;
  return index;
}

let namedIndex: Map<string, string> | undefined;

function named(): Map<string, string> {
  if (namedIndex) return namedIndex;
  namedIndex = new Map();
  for (const a of NAMED_ACTORS) {
    if (a.category !== 'igo' && a.category !== 'group') continue;
    for (const name of [a.name, ...a.names]) if (!namedIndex.has(norm(name))) namedIndex.set(norm(name), a.code);
  }
  return namedIndex;
}

/** CAMEO country code of a country name or code; undefined when unknown or empty. */
export function countryCode(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const v = value.trim();
  if (v === '' || v.toUpperCase() === 'NA') return undefined;
  if (/^[A-Za-z]{2,3}$/.test(v)) {
    const byCode = countryByCode(v);
    if (byCode) return byCode.code;
  }
  return countries().get(norm(v));
}

/** ISO3 of a country name or code (locations are ISO3, actor codes CAMEO). */
export function iso3Of(value: string | null | undefined): string | undefined {
  const code = countryCode(value);
  return code === undefined ? undefined : (countryByCode(code)?.iso3 ?? code);
}

export interface NamedActorInput {
  name?: string | null;
  country?: string | null;
  sectors?: readonly string[];
}

export interface NormalisedActor {
  code: string;
  /** The actor was named but nothing could be coded. */
  unresolved: boolean;
}

/** A CAMEO-style code for a named actor; '' with `unresolved` when neither country nor name is known. */
export function normaliseActor(a: NamedActorInput): NormalisedActor {
  const sectors = a.sectors ?? [];
  const name = (a.name ?? '').trim();
  // "Police (India)": ICEWS puts the country in brackets after generic names.
  const bare = name.replace(/\s*\([^)]*\)\s*$/, '');
  const namedCode = named().get(norm(bare)) ?? named().get(norm(name));
  const country = countryCode(a.country);
  if (country === undefined || isInternationalOrganisation(sectors)) {
    if (namedCode) return { code: namedCode, unresolved: false };
    if (isInternationalOrganisation(sectors)) return { code: 'IGO', unresolved: false };
    const asCountry = countryCode(bare);
    if (asCountry) return { code: asCountry + (roleOfSectors(sectors) ?? ''), unresolved: false };
    return { code: '', unresolved: name !== '' || (a.country ?? '') !== '' };
  }
  // A country named as itself ("Iran" as an actor) is the state; its organs carry a role.
  return { code: country + (roleOfSectors(sectors) ?? ''), unresolved: false };
}
