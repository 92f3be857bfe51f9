/**
 * Dictionary hits for step 1: the longest actor or agent name starting at each word, with the
 * actor's code resolved for the date (date-restricted codes and office holders).
 */
import type { ActorEntry, AgentEntry } from '../domain/index.js';
import type { CompiledLexicon } from './compile.js';
import type { Word } from './types.js';

export interface Hit {
  start: number;
  end: number;
  /** Actor codes (several for `FRO/BIL/SAM`); empty for an agent or a null-coded name. */
  codes: string[];
  /** Agent code with its tilde (`~GOV`, `NGO~`) for agent hits. */
  agent?: string;
  entry: ActorEntry | AgentEntry;
  kind: 'actor' | 'agent';
  /** The entry has dated codes (an office holder or a renamed state). */
  dated: boolean;
  /** An office holder named outside every term the lexicon knows for them: the one country all
   * their terms share. A title beside the name ("President Bush", "the Bush administration")
   * says they held office then, so the title's role goes with this country. */
  latent?: string;
}

/** The code of the entry's dated codes that covers `date`, if any. */
function datedOn(entry: ActorEntry, date: string | undefined): string | undefined {
  if (date === undefined) return undefined;
  for (const d of entry.dated) {
    if ((d.from === undefined || d.from <= date) && (d.to === undefined || date <= d.to)) return d.code;
  }
  return undefined;
}

/** The country every dated code of the entry shares (IGO and group codes give none). */
function sharedCountry(entry: ActorEntry): string | undefined {
  let country: string | undefined;
  for (const d of entry.dated) {
    const head = d.code.slice(0, 3);
    if (d.code.length < 3 || head === 'IGO' || head === 'NGO' || (country !== undefined && head !== country)) return undefined;
    country = head;
  }
  return country;
}

/** The code an actor entry has on `date` (ISO); undefined when none applies. */
export function codeOn(entry: ActorEntry, date: string | undefined): string | undefined {
  if (date !== undefined) {
    for (const d of entry.dated) {
      if ((d.from === undefined || d.from <= date) && (d.to === undefined || date <= d.to)) return d.code;
    }
  }
  return entry.code;
}

const splitCache = new Map<string, string[]>();

/** Splits a code into members (`FRO/BIL/SAM`), upper-cased; null codes (`---`, `+++`, `###`) give none. */
export function splitCodes(code: string | undefined): string[] {
  if (code === undefined) return [];
  const cached = splitCache.get(code);
  if (cached) return cached;
  const out = splitFresh(code);
  if (splitCache.size < 100_000) splitCache.set(code, out);
  return out;
}

function splitFresh(code: string): string[] {
  const out: string[] = [];
  for (const part of code.split('/')) {
    const c = part.trim().toUpperCase();
    if (c === '' || /^[-+#]+$/.test(c)) continue;
    out.push(c);
  }
  return out;
}

export function findHits(words: readonly Word[], keys: readonly string[], ids: Int32Array, lex: CompiledLexicon, date: string | undefined, news = true): Hit[] {
  const hits: Hit[] = [];
  let i = 0;
  while (i < words.length) {
    // `longest` answers "nothing starts here" from its memo at once: no separate starts() test.
    const actor = lex.actors.longest(keys, i, keys.length, ids);
    const agent = lex.agents.longest(keys, i, keys.length, ids);
    if (actor && (!agent || actor.end >= agent.end)) {
      // Several entries can share a name; the first with a code on this date wins.
      let chosen = actor.values[0]!;
      let code: string | undefined;
      for (const e of actor.values) {
        code = codeOn(e, date);
        if (code !== undefined) {
          chosen = e;
          break;
        }
      }
      const hit: Hit = { start: i, end: actor.end, codes: splitCodes(code), entry: chosen, kind: 'actor', dated: chosen.dated.length > 0 };
      if (hit.dated && news && datedOn(chosen, date) === undefined) {
        const latent = sharedCountry(chosen);
        if (latent !== undefined) hit.latent = latent;
      }
      hits.push(hit);
      i = actor.end;
    } else if (agent && news && (modifierUse(words, lex, keys, ids, agent.end) || gluedToHyphen(words, i))) {
      // "military aid", "police station": the role word modifies a noun, it names no one.
      i = agent.end;
    } else if (agent) {
      const entry = agent.values[0]!;
      // "opposition groups", "rebel fighters": the people noun is part of the agent's phrase.
      const end = news && peopleHead(lex, keys, ids, agent.end) ? agent.end + 1 : agent.end;
      hits.push({ start: i, end, codes: [], agent: entry.code.replace(/\s+/g, '').toUpperCase(), entry, kind: 'agent', dated: false });
      i = end;
    } else {
      i++;
    }
  }
  return hits;
}

const NOUNISH_VERBS = new Set(['HELP', 'SUPPORT', 'AID', 'BACKING', 'PRESSURE', 'ACTION', 'BUILDUP', 'PRESENCE']);

/** "Secretary-General": a role word glued to a hyphen is part of a longer title. */
function gluedToHyphen(words: readonly Word[], i: number): boolean {
  const prev = words[i - 1];
  return prev !== undefined && prev.text === '-' && prev.end === words[i]!.start;
}

/** Nouns for people that a role word classifies rather than modifies: "opposition groups",
 * "rebel fighters", "police officers" name the role's members. */
const PEOPLE_HEADS = new Set([
  'GROUP', 'GROUPS', 'PARTY', 'PARTIES', 'FACTION', 'FACTIONS', 'MOVEMENT', 'MEMBER', 'MEMBERS', 'FIGHTERS', 'FIGHTER',
  'LEADER', 'LEADERS', 'FIGURES', 'SUPPORTERS', 'ACTIVISTS', 'CANDIDATE', 'CANDIDATES', 'UNITS', 'OFFICERS', 'SOURCES',
  'COMMANDERS', 'COMMANDER', 'DELEGATES', 'POLITICIANS', 'FORCES', 'TROOPS', 'SOLDIERS', 'UNIT', 'CHIEFS', 'BOSSES',
]);

function peopleHead(lex: CompiledLexicon, keys: readonly string[], ids: Int32Array, at: number): boolean {
  const key = keys[at];
  return key !== undefined && PEOPLE_HEADS.has(key) && !lex.agents.starts(key, ids[at]!) && !lex.actors.starts(key, ids[at]!);
}

function modifierUse(words: readonly Word[], lex: CompiledLexicon, keys: readonly string[], ids: Int32Array, end: number): boolean {
  const next = words[end];
  // "military aid", and "military help" / "support" that taggers often read as verbs.
  if (!next || !(next.tag === 'N' || (next.tag === 'V' && NOUNISH_VERBS.has(next.up)))) return false;
  if (peopleHead(lex, keys, ids, end)) return false;
  return !lex.agents.starts(keys[end]!, ids[end]!) && !lex.actors.starts(keys[end]!, ids[end]!);
}

/** Composes an actor code with agent codes: `~GOV` appends, `NGO~` prefixes, three letters at a
 * time, skipping groups the code already carries (WASHINGTON USAGOV + officials ~GOV = USAGOV). */
export function compose(base: string | undefined, agents: readonly string[]): string {
  let code = base ?? '---';
  for (const a of agents) {
    if (a.endsWith('~')) {
      const pre = a.slice(0, -1);
      if (!code.startsWith(pre)) code = pre + code;
    } else {
      const suffix = a.startsWith('~') ? a.slice(1) : a;
      const have = new Set<string>();
      for (let k = 3; k < code.length; k += 3) have.add(code.slice(k, k + 3));
      for (let k = 0; k < suffix.length; k += 3) {
        const group = suffix.slice(k, k + 3);
        if (!have.has(group)) {
          code += group;
          have.add(group);
        }
      }
    }
  }
  return code;
}
