/**
 * Who is the subject of a verb and where its target may be: the syntax half of step 4. Subjects
 * come from the clause (leftmost noun phrase not inside a prepositional phrase), or are inherited
 * for coordinated verbs, infinitives, participles and relative clauses. Targets are searched in the
 * words after the verb through complement clauses, never in adverbial clauses or the next sentence
 * part.
 */
import { isSpeech, isWithin } from './clauses.js';
import type { MatchContext } from './pattern-match.js';
import { firstActor, leftmostSubject, pronounSubject } from './subjects.js';
import type { Clause, VerbGroup } from './types.js';

export interface RoleContext extends MatchContext {
  verbs: readonly VerbGroup[];
  clauses: readonly Clause[];
  clauseOf: Int32Array;
  /** PETRARCH's reach: targets may sit in relative clauses, fronted participles inherit nothing. */
  petrarch: boolean;
}

/** Verbs whose object is the subject of the infinitive after them ("urged Bree to help"). */
const OBJECT_CONTROL = new Set([
  'URGE', 'ASK', 'TELL', 'CALL', 'PERSUADE', 'FORCE', 'ALLOW', 'HELP', 'ORDER', 'PRESS', 'PUSH', 'ENCOURAGE', 'INVITE',
  'WARN', 'REQUEST', 'URGED', 'ASKED', 'TOLD', 'CALLED', 'PERSUADED', 'FORCED', 'ALLOWED', 'HELPED', 'ORDERED',
  'PRESSED', 'ENCOURAGED', 'INVITED', 'WARNED', 'REQUESTED', 'URGES', 'ASKS', 'TELLS', 'CALLS', 'TELLING', 'URGING',
  'LOBBY', 'NUDGE', 'PRESSURE', 'PRESSURISE', 'PRESSURIZE',
]);

/** Verbs whose object is the subject of a bare infinitive after it ("help Iran resist"). */
const BARE_CONTROL = new Set(['HELP', 'LET', 'MAKE']);
const OBJECT_TAGS = new Set(['DET', 'ADJ', 'NUM', 'N', 'NP', 'POSS', 'PRON']);

/** Phrase index of the subject of `g`, -1 when the subject is not an actor, undefined when none. */
export function subjectOf(ctx: RoleContext, g: VerbGroup): number | undefined {
  if (ctx.petrarch) return subjectIn(ctx, g.clause, g.start, 0);
  return bareControl(ctx, g) ?? reducedRelative(ctx, g) ?? subjectIn(ctx, g.clause, g.start, 0);
}

/** "dispersed demonstrators protesting the results": an -ing verb right after the actor it
 * describes has that actor as its subject. */
export function reducedRelative(ctx: RoleContext, g: VerbGroup): number | undefined {
  const head = ctx.words[g.head];
  if (!head || g.start !== g.head || !head.up.endsWith('ING') || g.start === 0) return undefined;
  const k = ctx.actorAt[g.start - 1]!;
  if (k < 0) return undefined;
  const p = ctx.phrases[k]!;
  const noun = ctx.words[g.start - 1]!;
  return p.end === g.start && (noun.tag === 'N' || noun.tag === 'NP') && p.pronoun === undefined ? k : undefined;
}

/** The help / let / make group a bare verb depends on ("would help Iran resist"), if any. */
export function bareGovernor(ctx: RoleContext, g: VerbGroup): VerbGroup | undefined {
  // Walk back over the object's words: called for every draft, so no scan of all verb groups.
  let k = g.start - 1;
  while (k >= 0 && g.start - k <= 8 && OBJECT_TAGS.has(ctx.words[k]!.tag)) k--;
  if (k < 0 || k === g.start - 1 || !BARE_CONTROL.has(ctx.words[k]!.lemma)) return undefined;
  return ctx.verbs.find((v) => v.head === k && v.end === k + 1 && v.clause === g.clause);
}

/** "Russia would help Iran resist US pressure": the object of help / let / make right before a
 * bare verb is that verb's subject. */
function bareControl(ctx: RoleContext, g: VerbGroup): number | undefined {
  const prev = bareGovernor(ctx, g);
  if (!prev) return undefined;
  let found: number | undefined;
  for (let i = prev.end; i < g.start; i++) {
    if (!OBJECT_TAGS.has(ctx.words[i]!.tag)) return undefined;
    const k = ctx.actorAt[i]!;
    if (k >= 0) found ??= k;
  }
  return found;
}

/** The subject of clause `id` for a verb at `before`: its own leftmost noun phrase, else (for
 * coordinated verbs, infinitives, participles, relatives and subjectless clauses) the subject
 * of the clause it hangs from — or that verb's object for "urged Bree to ...". */
function subjectIn(ctx: RoleContext, id: number, before: number, depth: number): number | undefined {
  if (depth > 8) return undefined;
  const clause = ctx.clauses[id]!;
  if (clause.kind === 'rel' && clause.antecedent !== undefined) {
    // "the strikes, which Russia condemned": an object relative has a subject of its own.
    const own = objectRelative(ctx, clause, before);
    if (own !== undefined) return own;
    const k = ctx.actorAt[clause.antecedent] ?? -1;
    if (k >= 0) return k;
  }
  const own = leftmostSubject(ctx, clause.start, before, id);
  // PETRARCH looks past a pronoun subject ("Ethiopia indicated it would act") to the clause above.
  const pronoun = own === -1 && ctx.petrarch && pronounSubject(ctx, clause.start, before);
  if (own !== undefined && !pronoun) return own;
  if (clause.parent < 0) return own;
  // A complement clause has its own subject; one without is a mis-cut clause, which PETRARCH's
  // parse-driven reading still fills from above.
  if (clause.kind === 'comp' && !ctx.petrarch && !pronoun) return own;
  const gov = governingVerb(ctx, clause);
  // "Rebuked by Eriador, Osgiliath ...": PETRARCH gives a fronted participle no subject.
  if (ctx.petrarch && gov && gov.start > clause.start && clause.kind === 'part') return undefined;
  if (gov && gov.start < clause.start) {
    if (clause.kind === 'inf' && gov.head >= 0 && (OBJECT_CONTROL.has(ctx.keys[gov.head]!) || OBJECT_CONTROL.has(ctx.words[gov.head]!.lemma))) {
      const obj = firstActor(ctx, gov.end, clause.start);
      if (obj !== undefined) return obj;
    }
    return subjectIn(ctx, gov.clause, gov.start, depth + 1);
  }
  return subjectIn(ctx, clause.parent, clause.start, depth + 1);
}

/** The subject a relative clause has of its own before `before` ("which Russia condemned"), under
 * news conventions; undefined for a subject relative ("which attacked Israel"). */
export function objectRelative(ctx: RoleContext, clause: Clause, before: number): number | undefined {
  if (ctx.petrarch || clause.kind !== 'rel') return undefined;
  return leftmostSubject(ctx, clause.start + 1, before, clause.id);
}

/** The verb group of the parent clause that a clause hangs from (the last one before it). */
export function governingVerb(ctx: RoleContext, clause: Clause): VerbGroup | undefined {
  let best: VerbGroup | undefined;
  for (const v of ctx.verbs) {
    if (v.clause === clause.parent && v.start < clause.start) best = v;
  }
  return best ?? ctx.verbs.find((v) => v.clause === clause.parent);
}

/** End (exclusive) of the words a verb's patterns may see after it: the last word of its clause
 * or of any clause below it, up to the first word outside them. */
export function lowerEnd(ctx: RoleContext, g: VerbGroup): number {
  let i = g.end;
  while (i < ctx.words.length && isWithin(ctx.clauses, ctx.clauseOf[i]!, g.clause)) i++;
  return i;
}

/** Word ranges where a target may be: the verb's clause and complement / infinitive clauses below
 * it, skipping adverbial, participle, relative and coordinated clauses. */
export function targetRanges(ctx: RoleContext, g: VerbGroup): [number, number][] {
  const ranges: [number, number][] = [];
  const end = lowerEnd(ctx, g);
  // "warned that talks with the US would fail": who is warned is an object, not the content.
  const ownOnly = !ctx.petrarch && g.head >= 0 && isSpeech(ctx.words[g.head]!);
  let open = -1;
  for (let i = g.end; i <= end; i++) {
    const c = ctx.clauseOf[i]!;
    const ok = i < end && (ownOnly ? c === g.clause : reachable(ctx, c, g.clause, ctx.petrarch));
    if (ok && open < 0) open = i;
    if (!ok && open >= 0) {
      ranges.push([open, i]);
      open = -1;
    }
  }
  return ranges;
}

function reachable(ctx: RoleContext, c: number, top: number, relatives: boolean): boolean {
  for (let k = c; k !== top; k = ctx.clauses[k]!.parent) {
    if (k < 0) return false;
    const kind = ctx.clauses[k]!.kind;
    if ((kind === 'rel' || kind === 'part') && relatives) continue;
    if (kind === 'adv' || kind === 'part' || kind === 'rel' || kind === 'coord' || kind === 'main') return false;
  }
  return true;
}
