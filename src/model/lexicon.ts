import type { ActorEntry, AgentEntry, DatedCode, Lexicon } from '../domain/index.js';
import { NAMED_ACTORS } from './actors.js';
import { COUNTRIES, sharedCountryName } from './countries.js';
import { datedCodesOf, mergeDated, overlaps } from './dated-codes.js';
import { fold, phraseKey, slug, toWords, variants } from './names.js';
import { OFFICE_HOLDERS } from './office-holders.js';
import type { OfficeHolder } from './office-holders.js';
import { AGENT_NOUNS } from './roles.js';

/** A name the lexicon could not use, and why. */
export interface DroppedName {
  phrase: string;
  reason: string;
}

export interface OwnLexicon extends Pick<Lexicon, 'actors' | 'agents'> {
  dropped: DroppedName[];
}

interface Claim {
  code?: string;
  dated: DatedCode[];
  name: string;
  idBase: string;
}

/** Every spelling of a name: as written and folded to ASCII, keyed by its upper-case words. */
function spellings(names: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of names) for (const v of variants(n)) if (!out.has(phraseKey(v))) out.set(phraseKey(v), v);
  return out;
}

function countryAndActorClaims(dropped: DroppedName[]): Map<string, Claim> {
  const claims = new Map<string, Claim>();
  const claim = (key: string, c: Claim): void => {
    const had = claims.get(key);
    if (!had) claims.set(key, c);
    else if (had.code !== c.code) dropped.push({ phrase: key, reason: `kept for ${had.code}, also claimed by ${c.code}` });
  };
  for (const c of COUNTRIES) {
    const names = [...c.names, ...c.adjectives, ...c.demonyms, ...c.capitals];
    for (const key of spellings(names).keys()) {
      const shared = sharedCountryName(key);
      if (shared && shared.preferred !== c.code) {
        if (!shared.preferred && shared.owners[0] === c.code) {
          dropped.push({ phrase: key, reason: `shared by ${shared.owners.join(', ')}` });
        }
        continue;
      }
      claim(key, { code: c.code, dated: [], name: phraseKey(fold(c.name)), idBase: `model:country:${c.code}` });
    }
  }
  for (const a of NAMED_ACTORS) {
    for (const key of spellings([a.name, ...a.names]).keys()) {
      claim(key, { code: a.code, dated: a.dated, name: phraseKey(fold(a.name)), idBase: `model:actor:${a.code}:${slug(a.name)}` });
    }
  }
  return claims;
}

/** The code a person's name carries when no office covers the date. */
function fallbackOf(p: OfficeHolder): string | undefined {
  return p.fallback ?? (p.country ? `${p.country}ELI` : undefined);
}

/**
 * People's names. A surname alone ("Lavrov") codes only while the person is in office: out of
 * office it is as likely to be someone else. Full names and titled names fall back to the
 * person's elite code (Phoenix convention). A name shared by people whose codes differ on the
 * same day is dropped.
 */
function personClaims(taken: Map<string, Claim>, dropped: DroppedName[]): Map<string, Claim> {
  const byPhrase = new Map<string, OfficeHolder[]>();
  for (const p of OFFICE_HOLDERS) {
    for (const key of spellings([p.name, ...p.aliases]).keys()) byPhrase.set(key, [...(byPhrase.get(key) ?? []), p]);
  }
  const claims = new Map<string, Claim>();
  for (const [key, people] of byPhrase) {
    if (taken.has(key)) {
      dropped.push({ phrase: key, reason: `a person's name that is also ${taken.get(key)?.code}` });
      continue;
    }
    const ranges = people.map((p) => datedCodesOf(p));
    const all = ranges.flat();
    const clash = all.some((a, i) => all.some((b, j) => j > i && a.code !== b.code && overlaps(a, b)));
    if (clash) {
      dropped.push({ phrase: key, reason: `names ${people.map((p) => p.name).join(' and ')} with different codes at once` });
      continue;
    }
    const fallbacks = new Set(people.map(fallbackOf));
    const first = people[0] as OfficeHolder;
    const claim: Claim = { dated: mergeDated(all), name: phraseKey(fold(first.name)), idBase: `model:person:${first.id}` };
    const fallback = [...fallbacks][0];
    if (!key.includes(' ') || fallbacks.size !== 1 || !fallback) {
      if (claim.dated.length === 0) continue;
    } else {
      claim.code = fallback;
    }
    claims.set(key, claim);
  }
  return claims;
}

function toEntries(claims: Map<string, Claim>): ActorEntry[] {
  const counters = new Map<string, number>();
  return [...claims].map(([key, c]) => {
    const n = counters.get(c.idBase) ?? 0;
    counters.set(c.idBase, n + 1);
    const entry: ActorEntry = { id: `${c.idBase}#${n}`, words: toWords(key), name: c.name, dated: c.dated.map((d) => ({ ...d })) };
    if (c.code) entry.code = c.code;
    return entry;
  });
}

function agentEntries(): AgentEntry[] {
  const seen = new Set<string>();
  return AGENT_NOUNS.flatMap((a) => {
    const key = phraseKey(a.phrase);
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ id: `model:agent:${a.role}:${slug(a.phrase)}`, words: toWords(a.phrase), code: `~${a.role}` }];
  });
}

let cached: OwnLexicon | undefined;

function build(): OwnLexicon {
  const dropped: DroppedName[] = [];
  const fixed = countryAndActorClaims(dropped);
  const people = personClaims(fixed, dropped);
  return { actors: [...toEntries(fixed), ...toEntries(people)], agents: agentEntries(), dropped };
}

/**
 * The project's own actors and agents as the coder's Lexicon: one ActorEntry per spelling of a
 * name (words upper-case, sharing the block `name`), dated codes for office holders, `~ROLE`
 * agents. `dropped` lists names left out because they were ambiguous.
 */
export function ownActorLexicon(): OwnLexicon {
  cached ??= build();
  return {
    actors: cached.actors.map((e) => ({ ...e, words: e.words.map((w) => ({ ...w })), dated: e.dated.map((d) => ({ ...d })) })),
    agents: cached.agents.map((e) => ({ ...e, words: e.words.map((w) => ({ ...w })) })),
    dropped: cached.dropped.map((d) => ({ ...d })),
  };
}
