/**
 * Step 1, second half (b): cores become actor phrases. Lists make compounds ("Moscow and Tehran",
 * "Mordor, Rohan, Fornost and Bree"), agents before "of/in/from" take the countries after them
 * ("lawmakers and officials in Fornost and Gondor"), and each phrase gets its codes.
 */
import { compose } from './actor-hits.js';
import { DET_ADJ, skipTo } from './actor-cores.js';
import type { Core } from './actor-cores.js';
import type { ActorPhrase, Word, WordSpan } from './types.js';

const LINK_PREPS = new Set(['OF', 'IN', 'FROM', 'ACROSS', 'THROUGHOUT']);
/** People who are in a country on someone else's behalf: "peacekeepers in Iraq" are not Iraq's. */
const SENT_ABROAD = new Set(['PEACEKEEPER', 'PEACEKEEPERS', 'OBSERVER', 'OBSERVERS', 'INSPECTOR', 'INSPECTORS', 'MONITOR', 'MONITORS']);

export interface Group {
  members: Core[];
  start: number;
  end: number;
}

/** True when a list separator sits between two cores (",", "and", "or", "nor", "&", or a glued
 * hyphen between two names: "the Iran-Russia relationship"). */
function separated(words: readonly Word[], from: number, to: number, names: boolean): boolean {
  let k = from;
  let seen = false;
  while (k < to) {
    const w = words[k]!;
    if (w.up === ',' || w.tag === 'CC' || w.up === '&') {
      seen = true;
      k++;
      continue;
    }
    if (w.text === '-' && k === from && to === k + 1) return names;
    break;
  }
  if (!seen) return false;
  return k === to || skipTo(words, k, DET_ADJ) === to;
}

function conjoined(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = words[k]!;
    if (w.tag === 'CC' || w.up === '&' || w.text === '-') return true;
  }
  return false;
}

/** Groups cores into lists; ", and X <verb>" after a single member starts a new clause instead.
 * Under news conventions (`news`) a run joined by commas alone is no list: "Pakistan, a key U.S.
 * ally", "in Baghdad, Iraqi police said" are an apposition and a reporting clause. */
export function groupLists(words: readonly Word[], cores: readonly Core[], news = false): Group[] {
  const groups = listRuns(words, cores);
  if (!news) return groups;
  const out: Group[] = [];
  for (const g of groups) {
    const gaps = g.members.slice(1).map((m, k) => conjoined(words, g.members[k]!.end, m.start));
    if (g.members.length < 2 || gaps.some(Boolean)) out.push(g);
    else for (const m of g.members) out.push({ members: [m], start: m.start, end: m.end });
  }
  return out;
}

function listRuns(words: readonly Word[], cores: readonly Core[]): Group[] {
  const groups: Group[] = [];
  let cur: Group | undefined;
  for (const c of cores) {
    const names = c.actor !== undefined && cur?.members[cur.members.length - 1]?.actor !== undefined;
    if (cur && separated(words, cur.end, c.start, names)) {
      const commaAnd = words[cur.end]?.up === ',' && words[cur.end + 1]?.tag === 'CC';
      const verbAfter = ['V', 'AUX'].includes(words[c.end]?.tag ?? '');
      if (!(commaAnd && cur.members.length === 1 && verbAfter)) {
        cur.members.push(c);
        cur.end = c.end;
        continue;
      }
    }
    cur = { members: [c], start: c.start, end: c.end };
    groups.push(cur);
  }
  return groups;
}

/** Agents followed by "of/in/from X": the agents apply to X ("lawmakers in Fornost and Gondor"). */
export function linkPrepositions(words: readonly Word[], groups: Group[]): Group[] {
  const out: Group[] = [];
  for (let k = 0; k < groups.length; k++) {
    const a = groups[k]!;
    const b = groups[k + 1];
    const last = a.members[a.members.length - 1]!;
    const prep = words[a.end];
    // "its ambassador from Israel": an agent someone already owns does not take the country after it.
    const owned = words[a.start - 1]?.tag === 'PRON';
    const abroad = prep?.up !== 'OF' && prep?.up !== 'FROM' && SENT_ABROAD.has(words[last.end - 1]?.up ?? '');
    if (b && !owned && !abroad && last.actor === undefined && prep && LINK_PREPS.has(prep.up) && skipTo(words, a.end + 1, DET_ADJ) === b.start) {
      const agentOnly = a.members.every((m) => m.actor === undefined);
      if (agentOnly) {
        // Every agent with every country: COMPOUND-09 style cross product.
        const members: Core[] = [];
        for (const m of a.members) {
          for (const t of b.members) members.push({ ...t, start: a.start, agents: [...m.agents, ...t.agents] });
        }
        out.push({ members, start: a.start, end: b.end });
        k++;
        continue;
      }
      if (b.members.length === 1) {
        const t = b.members[0]!;
        const merged: Core = { ...t, start: last.start, agents: [...last.agents, ...t.agents] };
        out.push({ members: [...a.members.slice(0, -1), merged], start: a.start, end: b.end });
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** Codes of a group: agents alone inherit the country of a composed neighbour ("Danish media and
 * government"), otherwise stay anonymous (---GOV). */
export function groupCodes(group: Group, words: readonly Word[] = []): { codes: string[]; members: WordSpan[] } {
  const codes: string[] = [];
  const members: WordSpan[] = [];
  // "Iranian and Russian companies": two adjectives share the head noun's agent.
  const last = group.members[group.members.length - 1]!;
  const shared = group.members.length > 1 && last.actor !== undefined && last.agents.length > 0
    && group.members.slice(0, -1).every((m) => m.actor !== undefined && m.agents.length === 0 && m.end - m.start === 1 && words[m.start]?.tag === 'ADJ');
  if (shared) group = { ...group, members: group.members.map((m) => (m === last ? m : { ...m, agents: [...last.agents] })) };
  // "Danish Islamist media and government": government takes the country and every modifier
  // agent of the member before it (DNK, MUS), not that member's head agent (MED).
  let carried: { actor: string[]; agents: string[] } | undefined;
  for (const m of group.members) {
    let base = m.actor;
    let agents = m.agents;
    if (base === undefined && carried && group.members.length > 1) {
      base = carried.actor;
      agents = [...carried.agents, ...m.agents];
    }
    if (m.actor !== undefined && m.agents.length > 0) carried = { actor: m.actor, agents: m.agents.slice(0, -1) };
    const bases = base === undefined ? [undefined] : base;
    for (const b of bases) {
      codes.push(compose(b, agents));
      members.push({ start: m.start, end: m.end });
    }
  }
  return { codes, members };
}

export function toPhrase(words: readonly Word[], group: Group, possessive: boolean): ActorPhrase {
  const { codes, members } = groupCodes(group, words);
  const first = group.members[0]!;
  const anonymous = group.members.every((m) => m.actor === undefined);
  const hasNull = group.members.some((m) => m.actor !== undefined && m.actor.length === 0);
  const phrase: ActorPhrase = {
    start: group.start,
    end: group.end,
    codes: hasNull && group.members.length === 1 ? [] : codes.filter((c) => c.length > 0),
    members,
    rule: group.members.length > 1 ? 'compound' : first.rule,
    source: group.members.length > 1 ? 'compound' : anonymous ? 'agent' : first.dated ? 'office' : 'dictionary',
    certainty: anonymous ? 0.5 : 1,
    head: group.end - 1,
    possessive,
  };
  let p = group.start - 1;
  while (p >= 0 && DET_ADJ.has(words[p]!.tag)) p--;
  if (p >= 0 && words[p]!.tag === 'ADP') phrase.prep = words[p]!.up;
  return phrase;
}
