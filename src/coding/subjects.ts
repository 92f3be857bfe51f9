/**
 * The subject noun phrase of a clause, read from the words: the leftmost noun phrase that is not
 * inside a prepositional phrase, the first actor of a coordinated subject ("Lions, tigers, and
 * Gondor"), or the "of" phrase of a people noun ("a member of the Iranian parliament").
 */
import type { RoleContext } from './roles.js';

const SKIP_AT_START = new Set(['SC', 'CC', 'PUNCT', 'ADV', 'TO']);

/** Words that open an adverbial clause, whatever the tagger calls them ("unless" as a preposition). */
const SUBORDINATORS = new Set(['UNLESS', 'IF', 'AFTER', 'BEFORE', 'WHILE', 'WHEN', 'SINCE', 'UNTIL', 'BECAUSE', 'ALTHOUGH', 'THOUGH', 'ONCE', 'WHEREAS']);

export function leftmostSubject(ctx: RoleContext, from: number, to: number, clause: number): number | undefined {
  let i = from;
  if (!ctx.petrarch && i < to && SUBORDINATORS.has(ctx.words[i]!.up) && ctx.clauses[clause]?.kind === 'adv') i++;
  while (i < to && (SKIP_AT_START.has(ctx.words[i]!.tag) || ctx.clauseOf[i] !== clause)) i++;
  for (; i < to; i++) {
    const w = ctx.words[i]!;
    if (ctx.clauseOf[i] !== clause) continue;
    if (w.tag === 'ADP') {
      // Skip the prepositional phrase: its noun phrase is not the subject. A fronted one ("On
      // improvement of X and Y's centres, he said") runs to its comma.
      const comma = fronted(ctx, i, to);
      i = (comma >= 0 ? comma + 1 : skipPhrase(ctx, i + 1, to)) - 1;
      continue;
    }
    const k = ctx.actorAt[i]!;
    const np = ctx.npAt[i]!;
    if (k >= 0) return k;
    if (np >= 0) {
      const span = ctx.nps[np]!;
      for (let j = span.start; j < span.end; j++) if (ctx.actorAt[j]! >= 0) return ctx.actorAt[j]!;
      // "Neither Galadriel nor Gollum": a phrase of determiners only introduces the subject.
      if (ctx.words.slice(span.start, span.end).every((x) => x.tag === 'DET')) continue;
      return coordinated(ctx, span.end, to) ?? ofPhrase(ctx, span.end, to) ?? -1;
    }
  }
  return undefined;
}

export function pronounSubject(ctx: RoleContext, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const w = ctx.words[i]!;
    if (w.tag === 'PRON') return true;
    if (w.tag === 'N' || w.tag === 'NP') return false;
  }
  return false;
}

const PEOPLE = new Set([
  'MEMBER', 'MEMBERS', 'HEAD', 'CHIEF', 'LEADER', 'LEADERS', 'SPOKESMAN', 'SPOKESWOMAN', 'SPOKESPERSON', 'REPRESENTATIVE',
  'REPRESENTATIVES', 'DELEGATION', 'ENVOY', 'ENVOYS', 'SUPPORTERS', 'CHAIRMAN', 'CHAIR', 'COMMANDER', 'COMMANDERS',
]);

/** Quantities of people: "tens of thousands of students", "a group of refugees". */
const QUANTITY = new Set([
  'TENS', 'HUNDREDS', 'THOUSANDS', 'MILLIONS', 'DOZENS', 'SCORES', 'GROUP', 'GROUPS', 'CROWD', 'CROWDS', 'NUMBER', 'BAND',
  'PATCH', 'BATCH', 'CONTINGENT', 'DELEGATION', 'TEAM', 'UNIT', 'COLUMN', 'CONVOY', 'MAJORITY', 'HANDFUL', 'WAVE', 'DEPLOYMENT',
]);

/** "A senior member of the Iranian parliament's committee accused ...", "thousands of students in
 * Jakarta marched": with no actor in the head noun phrase, the actor of its "of" phrase speaks for
 * it (news conventions only). */
function ofPhrase(ctx: RoleContext, from: number, to: number): number | undefined {
  // Only people speak for their group: "a member of", not "the long history of".
  const head = ctx.words[from - 1]?.up ?? '';
  if (ctx.petrarch || ctx.words[from]?.up !== 'OF' || !(PEOPLE.has(head) || QUANTITY.has(head))) return undefined;
  // "tens of thousands of ...": step over a chain of quantities.
  while (QUANTITY.has(ctx.words[from + 1]?.up ?? '') && ctx.words[from + 2]?.up === 'OF') from += 2;
  for (let i = from + 1; i < to; i++) {
    const k = ctx.actorAt[i]!;
    if (k >= 0) return ctx.phrases[k]!.codes.length > 0 ? k : undefined;
    const t = ctx.words[i]!.tag;
    // "a group of Tamil refugees": a name the dictionaries do not know may modify the people.
    if (t !== 'DET' && t !== 'ADJ' && t !== 'NUM' && t !== 'NP') return undefined;
  }
  return undefined;
}

/** "Lions, tigers, and Gondor welcomed": the first actor of a coordinated subject. */
function coordinated(ctx: RoleContext, from: number, to: number): number | undefined {
  let i = from;
  let joined = false;
  while (i < to) {
    const w = ctx.words[i]!;
    if (w.up === ',' || w.tag === 'CC') {
      joined = true;
      i++;
    } else if (joined && ctx.actorAt[i]! >= 0) {
      return ctx.actorAt[i]!;
    } else if (joined && ctx.npAt[i]! >= 0) {
      const span = ctx.nps[ctx.npAt[i]!]!;
      for (let j = i; j < span.end; j++) if (ctx.actorAt[j]! >= 0) return ctx.actorAt[j]!;
      i = span.end;
      joined = false;
    } else if (joined && (w.tag === 'DET' || w.tag === 'ADJ')) {
      i++;
    } else return undefined;
  }
  return undefined;
}

/** Index of the comma closing a sentence-initial prepositional phrase, or -1. */
function fronted(ctx: RoleContext, at: number, to: number): number {
  for (let k = at - 1; k >= 0; k--) if (ctx.words[k]!.tag !== 'SC' && ctx.words[k]!.tag !== 'CC' && ctx.words[k]!.tag !== 'ADV') return -1;
  for (let k = at + 1; k < to; k++) {
    if (ctx.words[k]!.up === ',') return k;
    if (ctx.words[k]!.tag === 'V' || ctx.words[k]!.tag === 'AUX') return -1;
  }
  return -1;
}

function skipPhrase(ctx: RoleContext, from: number, to: number): number {
  let i = from;
  while (i < to && ['DET', 'ADJ', 'NUM', 'ADV'].includes(ctx.words[i]!.tag)) i++;
  const k = ctx.actorAt[i] ?? -1;
  const np = ctx.npAt[i] ?? -1;
  let end = i + 1;
  if (k >= 0) end = Math.max(end, ctx.phrases[k]!.end);
  if (np >= 0) end = Math.max(end, ctx.nps[np]!.end);
  return Math.min(end, to);
}

export function firstActor(ctx: RoleContext, from: number, to: number): number | undefined {
  for (let i = from; i < to; i++) if (ctx.actorAt[i]! >= 0) return ctx.actorAt[i]!;
  return undefined;
}

