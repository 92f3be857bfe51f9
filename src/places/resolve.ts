/**
 * Where a coded sentence happens: place names in it ("Damascus", "Baku", "Tel Aviv") resolved to
 * country and coordinates with the offline gazetteer. A name several places share is resolved
 * when one of them dominates (a capital, or ten times the people of the next); when it does not,
 * the answer falls back to country level — the country all the candidates share, or the one the
 * sentence names. Places after "in", "at", "near" come first, then after "from", "to", then the rest.
 */
import type { Location, Token } from '../domain/index.js';
import { COUNTRIES, countryByCode } from '../model/index.js';
import type { Place } from './gazetteer.js';
import { placeKey, placesNamed } from './gazetteer.js';

const MAX_WORDS = 3;
const DOMINANCE = 10;
const CAPITAL_DOMINANCE = 3;
/** Where something happens ("in Baku") ranks above where someone came from or went ("from Moscow"). */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'around']);
const DIRECTIONAL = new Set(['from', 'to', 'into', 'toward', 'towards']);

let countryNames: Map<string, string> | undefined;

/** Country names and adjectives ("Syria", "Syrian") -> ISO3. */
function countries(): Map<string, string> {
  if (countryNames) return countryNames;
  countryNames = new Map();
  for (const c of COUNTRIES) for (const n of [...c.names, ...c.adjectives]) if (!countryNames.has(placeKey(n))) countryNames.set(placeKey(n), c.iso3);
  return countryNames;
}

interface Candidate {
  text: string;
  /** 0 after a locative preposition, 1 after a directional one, 2 otherwise. */
  rank: number;
  afterPreposition: boolean;
}

const capitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
const nameLike = (t: Token): boolean => capitalised(t) && (t.pos === 'PROPN' || t.pos === 'NNP' || t.pos === 'NNPS' || t.pos === 'X' || t.pos === '');

/** Runs of name-like tokens, every sub-run of up to MAX_WORDS words, longest first. */
function candidates(sentence: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first || !nameLike(first)) continue;
    const before = tokens[i - 1];
    const rank = before === undefined ? 2 : LOCATIVE.has(before.lower) ? 0 : DIRECTIONAL.has(before.lower) ? 1 : 2;
    const afterPreposition = rank < 2;
    for (let n = Math.min(MAX_WORDS, tokens.length - i); n >= 1; n--) {
      const run = tokens.slice(i, i + n);
      if (!run.every((t, k) => k === 0 || nameLike(t) || /^[-']$/.test(t.text))) continue;
      const last = run[run.length - 1];
      if (!last) continue;
      out.push({ text: sentence.slice(first.start, last.end), rank, afterPreposition });
    }
  }
  return out;
}

/** One place that stands out among those sharing a name: ten times the people of the next, or a
 * national capital with three times. Restricted to `country` when the sentence names it. */
function dominant(places: readonly Place[], country: string | undefined): Place | undefined {
  const pool = country ? places.filter((p) => p.country === country) : places;
  const [top, next] = pool;
  if (!top) return undefined;
  if (!next) return top;
  const ratio = top.population / Math.max(1, next.population);
  return ratio >= DOMINANCE || (top.capital && ratio >= CAPITAL_DOMINANCE) ? top : undefined;
}

function countryLevel(iso3: string, name?: string): Location {
  return { country: iso3, precision: 'country', ...(name ? { name } : {}) };
}

/** The event's place from its sentence, or undefined when the sentence names none. */
export function resolvePlaces(sentenceText: string, tokens: readonly Token[]): Location | undefined {
  const found = candidates(sentenceText, tokens);
  const named = found.map((c) => countries().get(placeKey(c.text))).find((x): x is string => x !== undefined);
  const ordered = [...found].sort((a, b) => a.rank - b.rank);
  let ambiguous: Location | undefined;
  for (const c of ordered) {
    const asCountry = countries().get(placeKey(c.text));
    if (asCountry) {
      if (c.afterPreposition) return countryLevel(asCountry, countryByCode(asCountry)?.name ?? c.text);
      continue;
    }
    const places = placesNamed(c.text);
    if (places.length === 0) continue;
    const pick = dominant(places, named && places.some((p) => p.country === named) ? named : undefined);
    if (pick) return { name: pick.name, country: pick.country, lat: pick.lat, lon: pick.lon, precision: 'city' };
    const significant = places.filter((p) => p.population * DOMINANCE >= (places[0]?.population ?? 0));
    const shared = new Set(significant.map((p) => p.country));
    ambiguous ??= shared.size === 1 ? countryLevel([...shared][0] as string, c.text) : named ? countryLevel(named, c.text) : undefined;
  }
  return ambiguous;
}
