/**
 * Step 1, second half (a): dictionary hits become noun-phrase cores. Agents compose with the
 * country next to them ("Iranian foreign minister", "Gondor's government"), titles absorb the
 * name that follows ("Bree Prime Minister Romendacil"), possessives are marked.
 */
import type { Hit } from './actor-hits.js';
import type { Word, WordSpan } from './types.js';

export interface Core extends WordSpan {
  /** Base actor codes; undefined for agents alone, [] for a name coded as nothing. */
  actor: string[] | undefined;
  agents: string[];
  rule: string;
  dated: boolean;
  /** See Hit.latent: the country of an office holder named out of term. */
  latent?: string;
}

const GLUE = new Set(['ADJ', 'NP', 'N', 'NUM']);

export function gapIsGlue(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = words[k]!;
    if (GLUE.has(w.tag)) continue;
    // "awful and evil minister": a conjunction between adjectives stays inside the phrase.
    if (w.tag === 'CC' && words[k - 1]?.tag === 'ADJ' && words[k + 1]?.tag === 'ADJ') continue;
    return false;
  }
  return true;
}

function compatible(a: string[], b: string[]): string[] | undefined {
  // "Russian Foreign Minister Lavrov": RUS then RUSGOV -> the more specific code.
  if (a.length !== 1 || b.length !== 1) return undefined;
  const [x, y] = [a[0]!, b[0]!];
  if (y.startsWith(x)) return b;
  if (x.startsWith(y)) return a;
  return undefined;
}

export function buildCores(words: readonly Word[], hits: readonly Hit[]): Core[] {
  const cores: Core[] = [];
  let cur: Core | undefined;
  for (const h of hits) {
    const rule = `${h.kind}:${h.entry.id}`;
    if (cur && gapIsGlue(words, cur.end, h.start)) {
      if (h.kind === 'agent') {
        if (!cur.agents.includes(h.agent!)) cur.agents.push(h.agent!);
        cur.end = h.end;
        // "the Bush administration": a role after an out-of-term name puts them in office.
        if (cur.latent !== undefined) cur.actor = [cur.latent];
        continue;
      }
      if (cur.actor === undefined) {
        // "President Bush" on a day outside his terms: the title's role, his country.
        cur.actor = h.latent !== undefined && cur.agents.length > 0 ? [h.latent] : h.codes;
        cur.end = h.end;
        cur.rule = h.latent !== undefined && cur.agents.length > 0 ? `${rule}+title` : rule;
        cur.dated = h.dated;
        continue;
      }
      const merged = compatible(cur.actor, h.codes);
      if (merged) {
        cur.actor = merged;
        cur.end = h.end;
        if (h.dated) {
          cur.rule = rule;
          cur.dated = true;
        }
        continue;
      }
    }
    cur = { start: h.start, end: h.end, actor: h.kind === 'actor' ? h.codes : undefined, agents: h.agent ? [h.agent] : [], rule, dated: h.dated };
    if (h.latent !== undefined) cur.latent = h.latent;
    cores.push(cur);
  }
  // A title absorbs the unknown name after it ("Bree Prime Minister Romendacil").
  for (const c of cores) {
    while (words[c.end]?.tag === 'NP' && !cores.some((o) => o.start === c.end)) c.end++;
  }
  return cores;
}

export function skipTo(words: readonly Word[], from: number, allowed: ReadonlySet<string>): number {
  let k = from;
  while (k < words.length && allowed.has(words[k]!.tag)) k++;
  return k;
}

export const DET_ADJ = new Set(['DET', 'ADJ', 'NUM']);

/** Merges "Gondor's government" and "Arnor's foreign minister" into one core; marks the rest. */
export function linkPossessives(words: readonly Word[], cores: Core[]): { cores: Core[]; possessive: Set<Core> } {
  const out: Core[] = [];
  const possessive = new Set<Core>();
  for (let k = 0; k < cores.length; k++) {
    const a = cores[k]!;
    const b = cores[k + 1];
    if (a.actor !== undefined && words[a.end]?.tag === 'POSS') {
      if (b && b.actor === undefined && gapIsGlue(words, a.end + 1, b.start)) {
        out.push({ ...a, end: b.end, agents: [...a.agents, ...b.agents] });
        k++;
        continue;
      }
      if (b && b.actor !== undefined && b.agents.length > 0 && gapIsGlue(words, a.end + 1, b.start)) {
        // "Ithilen's minister Calimehtar": the possessor's country, the title's role (PETRARCH).
        const merged = compatible(a.actor, b.actor) ?? a.actor;
        out.push({ ...b, start: a.start, actor: merged, agents: [...a.agents, ...b.agents] });
        k++;
        continue;
      }
      possessive.add(a);
    }
    out.push(a);
  }
  return { cores: out, possessive };
}
