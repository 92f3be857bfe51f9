/**
 * Towns and cities the dictionaries do not name. Actor dictionaries list countries and capitals
 * ("Moscow" is RUS), but news places events in cities of every size ("a rally in Lagos", "fired
 * at targets in Jericho", "police in Khanty-Mansiysk"). A capitalised name right after a place
 * preposition ("in", "at", "near", "on", "into", "from", or "the city of") is looked up in the
 * offline gazetteer (src/places); when one country's place clearly dominates the name — or the
 * sentence names the country of one of its places — the name becomes an actor hit for that
 * country, as a capital would.
 *
 * A city then acts as its country's actor wherever a capital does: it gives a role noun its
 * country ("police in Lagos" → NGACOP), it is the target of an attack or a curfew placed on it,
 * and under the venue rule (verb-events.ts) it stays a mere place for meetings, talks and protests
 * ("met in Geneva"). Elsewhere — a bare name, a subject, a name the tagger did not mark as proper
 * — it is left alone: person names and ordinary words share names with small towns.
 */
import type { ActorEntry } from '../domain/index.js';
import { countryByCode } from '../model/index.js';
import { placesNamed } from '../places/index.js';
import type { Place } from '../places/index.js';
import type { Hit } from './actor-hits.js';
import type { Word } from './types.js';

/** The CAMEO country a place name stands for, given the countries the sentence names (which
 * settle a name several countries share); undefined when it is no known place or too ambiguous. */
export type PlaceLookup = (name: string, named: ReadonlySet<string>) => string | undefined;

const PLACE_PREPS = new Set(['IN', 'AT', 'NEAR', 'OUTSIDE', 'INSIDE', 'AROUND', 'ON', 'INTO', 'ONTO', 'FROM', 'TOWARD', 'TOWARDS', 'ACROSS', 'THROUGHOUT']);
/** "the eastern enclave of Gorazde", "the port city of Basra". */
const PLACE_NOUNS = new Set(['CITY', 'TOWN', 'VILLAGE', 'PORT', 'ENCLAVE', 'PROVINCE', 'REGION', 'DISTRICT', 'SUBURB', 'OUTSKIRTS', 'CAPITAL', 'AREA']);
const SKIPPABLE = new Set(['DET', 'ADJ', 'NUM']);
const CALENDAR = /^(JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)$/;
const MAX_NAME_WORDS = 3;

function capitalised(w: Word | undefined): w is Word {
  if (w === undefined || (w.tag !== 'NP' && w.tag !== 'N' && w.tag !== 'X')) return false;
  // Called on every noun of every sentence: an ASCII capital is settled without a regex.
  const c = w.text.charCodeAt(0);
  const upper = c >= 65 && c <= 90 ? true : c < 128 ? false : /^\p{Lu}/u.test(w.text);
  return upper && !CALENDAR.test(w.up);
}

/** True when the name starting at `i` follows a place preposition (over determiners and
 * adjectives: "in central Baghdad", "in the northern Israel town of ..."). */
function afterPlacePreposition(words: readonly Word[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && SKIPPABLE.has(words[k]!.tag) && !/^\p{Lu}/u.test(words[k]!.text)) k--;
  const prep = words[k];
  if (prep === undefined || (prep.tag !== 'ADP' && prep.tag !== 'TO')) return false;
  if (PLACE_PREPS.has(prep.up)) return true;
  return prep.up === 'OF' && PLACE_NOUNS.has(words[k - 1]?.up ?? '');
}

/** The name's words as written: hyphen pieces glued back ("Khanty-Mansiysk"). */
function nameOf(words: readonly Word[], from: number, to: number): string {
  let out = words[from]!.text;
  for (let k = from + 1; k < to; k++) out += (words[k]!.start === words[k - 1]!.end ? '' : ' ') + words[k]!.text;
  return out;
}

/** End of the run of name words from `i` (hyphen pieces count with the name they join). */
function runEnd(words: readonly Word[], i: number, taken: Uint8Array): number {
  let end = i;
  let names = 0;
  while (names < MAX_NAME_WORDS && taken[end] !== 1 && capitalised(words[end])) {
    end++;
    names++;
    const dash = words[end];
    if (dash?.text === '-' && dash.start === words[end - 1]!.end && capitalised(words[end + 1]) && words[end + 1]!.start === dash.end) end++;
  }
  return end;
}

/** Actor hits for the places in `words` not already covered by `hits`; `hits` stay untouched. */
export function placeHits(words: readonly Word[], hits: readonly Hit[], lookup: PlaceLookup): Hit[] {
  const taken = new Uint8Array(words.length);
  for (const h of hits) taken.fill(1, h.start, h.end);
  const out: Hit[] = [];
  let named: Set<string> | undefined;
  for (let i = 0; i < words.length; i++) {
    if (taken[i] === 1 || !capitalised(words[i]) || !afterPlacePreposition(words, i)) continue;
    named ??= countriesOf(hits);
    const end = runEnd(words, i, taken);
    // A longer name first ("Tel Aviv"), then its first words ("Lagos State" -> "Lagos").
    for (let to = end; to > i; to--) {
      if (words[to - 1]!.text === '-') continue;
      const name = nameOf(words, i, to);
      const code = name.length >= 3 ? lookup(name, named) : undefined;
      if (code === undefined) continue;
      const entry: ActorEntry = { id: `place:${name}`, words: [], name: name.toUpperCase(), code, dated: [] };
      out.push({ start: i, end: to, codes: [code], entry, kind: 'actor', dated: false });
      break;
    }
    i = end - 1;
  }
  return out;
}

/** The countries the sentence's dictionary hits name (made only once a place candidate turns up). */
function countriesOf(hits: readonly Hit[]): Set<string> {
  const named = new Set<string>();
  for (const h of hits) for (const c of h.codes) if (countryByCode(c.slice(0, 3)) !== undefined) named.add(c.slice(0, 3));
  return named;
}

/** One place standing out among those sharing a name: ten times the people of the next, or a
 * capital with three times. Among the sentence's countries when some place of the name is there. */
function dominant(places: readonly Place[], named: ReadonlySet<string>): Place | undefined {
  const local = places.filter((p) => named.has(countryByCode(p.country)?.code ?? p.country));
  const pool = local.length > 0 ? local : places;
  const [top, next] = pool;
  if (!top) return undefined;
  if (!next) return top;
  const ratio = top.population / Math.max(1, next.population);
  return ratio >= 10 || (top.capital && ratio >= 3) ? top : undefined;
}

const CACHE_LIMIT = 20_000;

/** The gazetteer as a PlaceLookup (loaded on the first name looked up; answers remembered). */
export function gazetteerPlaces(): PlaceLookup {
  const cache = new Map<string, readonly Place[]>();
  return (name, named) => {
    let places = cache.get(name);
    if (places === undefined) {
      places = placesNamed(name);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(name, places);
    }
    if (places.length === 0) return undefined;
    const place = dominant(places, named);
    return place ? (countryByCode(place.country)?.code ?? place.country) : undefined;
  };
}
