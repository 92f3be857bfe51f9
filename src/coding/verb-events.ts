/**
 * Source and target of one matched verb: the pattern's own bindings first, then syntax — subject
 * as source, the first actor after the verb as target, passive voice swapping them ("was
 * condemned by Russia"), a compound bound by `%` coding every member with every other.
 */
import type { Modality } from '../domain/index.js';
import type { VerbMatch } from './3-verbs.js';
import type { RoleContext } from './roles.js';
import type { Clause, VerbGroup, WordSpan } from './types.js';
import { governingVerb, objectRelative, subjectOf, targetRanges } from './roles.js';
import { domesticProtest } from './dyads.js';
import { eventBefore } from './event-coreference.js';
import { byAgent, firstTarget, NULL_PHRASE } from './targets.js';

export { firstTarget, NULL_PHRASE, sameCodes } from './targets.js';

/** A coded verb before it is expanded into source/target code pairs. */
export interface Draft {
  /** The dictionary verb that coded it; absent for nominal events. */
  match?: VerbMatch;
  /** The verb group whose modals / governor apply. */
  group: VerbGroup | undefined;
  /** Words of the trigger (verb or noun) for highlights. */
  span: WordSpan;
  clause: number;
  code: string;
  pairedCode?: string;
  /** Phrase indices; undefined when the side is unknown. */
  source: number | undefined;
  target: number | undefined;
  /** Every member of `source` with every other (symmetric events: "Gondor and Osgiliath agree"). */
  reciprocal: boolean;
  /** No target written: the event is aimed at the source's own state (domestic protest). */
  stateTarget?: boolean;
  negated: boolean;
  modality: Modality;
  unfulfilled?: boolean;
  rule: string;
  /** 0..1 strength of the rule that coded it (before actor certainty). */
  strength: number;
  dropped?: boolean;
}

export type PassivePolicy = 'agent-or-none' | 'keep-subject';

export interface DraftOptions {
  passive: PassivePolicy;
  /** Let a noun phrase without an actor be a (null) target, as PETRARCH does without require_dyad. */
  nullTargets: boolean;
}

export function draftFor(ctx: RoleContext, m: VerbMatch, options: DraftOptions): Draft {
  const g = m.group;
  const b = m.bindings;
  const ranges = targetRanges(ctx, g);
  const subject = subjectOf(ctx, g);
  // A fronted "Rebuked by X, Y ...": a participle with no auxiliary is passive too.
  const clause = ctx.clauses[g.clause]!;
  // "Israel is opposed to the plan", "forces were engaged in fighting": a participle that
  // describes its subject's state is no passive (unless a "by" agent says otherwise).
  const stative = g.passive && !ctx.petrarch && g.head >= 0 && STATIVE.has(ctx.words[g.head]!.up) && byAgent(ctx, ranges) === undefined;
  const passive = !stative && (g.passive || (clause.kind === 'part' && g.head === g.start && ctx.words[g.head]!.pos === 'VBN'));
  let source: number | undefined;
  let target: number | undefined;
  let reciprocal = false;
  const agent = passive ? byAgent(ctx, ranges) : undefined;
  const usePassive = passive && (agent !== undefined || options.passive === 'agent-or-none');
  if (usePassive) {
    source = b.source ?? agent;
    target = b.target ?? subject;
  } else {
    source = b.source ?? subject;
    if (b.target !== undefined) {
      target = b.target;
      if (b.source === undefined && (source === target || source === undefined || source === NULL_PHRASE)) source = upperSubject(ctx, m, target);
    }
  }
  if (b.compound !== undefined) {
    const ph = ctx.phrases[b.compound]!;
    if (ph.start < m.start) source = b.compound;
    else target = b.compound;
  }
  if (target === undefined && !usePassive) {
    const exclude = new Set<number>();
    if (source !== undefined && source >= 0) exclude.add(source);
    if (agent !== undefined) exclude.add(agent);
    const codes = source !== undefined && source >= 0 ? ctx.phrases[source]!.codes : undefined;
    // Meeting, agreeing and cooperating happen somewhere: "in Moscow" is not the other side.
    const root = m.code.slice(0, 2);
    // Threats, deployments and peacekeeping name where they go: "threatened attacks in Israel".
    // Curfews and emergency rule are eased in a place: "in X" is what they apply to (081x, 0872).
    const venue = !ctx.petrarch && root <= '16' && root !== '15' && root !== '13' && !/^(042|043|074|081|0861|0872)/.test(m.code);
    target = firstTarget(ctx, ranges, exclude, codes, options.nullTargets, venue);
  }
  // "fired on the crowd, killing two and arresting 12": force used on whoever the clause above
  // acted on, when the participle names no one of its own.
  if (target === undefined && !usePassive && !ctx.petrarch && m.code >= '17' && m.code < '21') target = inheritedTarget(ctx, clause, source, 0);
  // "the air strikes, which Russia condemned": the object of an object relative is what it
  // hangs from — when that is an attack standing for its attacker.
  if (target === undefined && !usePassive && objectRelative(ctx, clause, g.start) !== undefined) target = eventBefore(ctx, clause.start);
  // "Russia and Iran signed a treaty", "Lavrov and Araghchi discussed ...": cooperation by a
  // pair with no one else named (or only an object of a preposition) is mutual.
  if (!ctx.petrarch && b.target === undefined && source !== undefined && source >= 0 && mutualCode(m.code)) {
    const sp = ctx.phrases[source]!;
    const tp = target !== undefined && target >= 0 ? ctx.phrases[target]! : undefined;
    // Only a direct object or a "with" partner of this very verb, before any comma, names a third side.
    const explicit = tp !== undefined && (tp.prep === undefined || tp.prep === 'WITH') && tp.pronoun === undefined
      && ctx.clauseOf[tp.start] === g.clause && !ctx.words.slice(m.end, tp.start).some((w) => w.up === ',');
    if (new Set(sp.codes.map((c) => c.slice(0, 3))).size > 1 && !explicit) {
      target = undefined;
      reciprocal = true;
    }
  }
  // "Gondor and Osgiliath agree" (% with nothing else), "... delayed their meeting": mutual.
  if (source !== undefined && source >= 0 && target !== undefined && target >= 0 && ctx.phrases[target]!.pronoun !== undefined && ctx.phrases[target]!.pronoun !== 'event') {
    reciprocal = true;
  } else if (b.compound !== undefined && b.compound === source && (target === undefined || target === NULL_PHRASE)) {
    reciprocal = true;
  }
  // "reducing tariffs ... bilateral trade": no participant is written but the pair the text is
  // about ("bilateral", "mutual") stands for both sides.
  const noSource = source === undefined || source === NULL_PHRASE;
  if (!ctx.petrarch && noSource && (target === undefined || isCue(ctx, target))) {
    const cue = target !== undefined && isCue(ctx, target) ? target : ctx.phrases.findIndex((p, k) => isCue(ctx, k));
    if (cue >= 0) {
      source = cue;
      reciprocal = true;
    }
  }
  const stateTarget = !ctx.petrarch && target === undefined && !reciprocal && domesticProtest(ctx, m.code, source);
  const draft: Draft = {
    match: m, group: g, span: { start: m.start, end: m.end }, clause: g.clause, code: m.code,
    source, target: reciprocal ? undefined : target, reciprocal, negated: g.negated, modality: modalityOf(ctx, g), rule: m.rule,
    strength: m.pattern ? (m.pattern.upper + m.pattern.lower >= 2 ? 0.9 : 0.85) : 0.75,
  };
  if (m.pairedCode !== undefined) draft.pairedCode = m.pairedCode;
  if (stateTarget) draft.stateTarget = true;
  return draft;
}

/** The target of the verb a participle or coordinated clause hangs from (see draftFor). */
function inheritedTarget(ctx: RoleContext, clause: Clause, source: number | undefined, depth: number): number | undefined {
  if (depth > 2 || (clause.kind !== 'part' && clause.kind !== 'coord') || clause.parent < 0) return undefined;
  const gov = governingVerb(ctx, clause);
  if (!gov || gov.head < 0) return undefined;
  const exclude = new Set<number>();
  if (source !== undefined && source >= 0) exclude.add(source);
  const codes = source !== undefined && source >= 0 ? ctx.phrases[source]!.codes : undefined;
  return firstTarget(ctx, targetRanges(ctx, gov), exclude, codes) ?? inheritedTarget(ctx, ctx.clauses[gov.clause]!, source, depth + 1);
}

const STATIVE = new Set(['OPPOSED', 'ENGAGED', 'INVOLVED', 'COMMITTED', 'DETERMINED', 'UNITED', 'DIVIDED', 'ALLIED', 'ALIGNED']);

/** Prepositions before a gerund that do not report it as done ("for hosting", "by providing",
 * "instead of sending"); "after meeting" does. */
const UNREAL = new Set(['FOR', 'OF', 'BY', 'FROM', 'WITHOUT', 'OVER', 'AGAINST', 'TOWARD', 'TOWARDS', 'ABOUT', 'INTO', 'TO']);

/** Codes whose events a pair does together: intent, consultation, diplomatic and material
 * cooperation, and a truce ("Armenia and Azerbaijan declared a ceasefire", 0871). */
function mutualCode(code: string): boolean {
  const root = code.slice(0, 2);
  return root === '03' || root === '04' || root === '05' || root === '06' || code.startsWith('0871');
}

function isCue(ctx: RoleContext, k: number): boolean {
  const p = k >= 0 ? ctx.phrases[k] : undefined;
  return p !== undefined && p.pronoun === 'group' && p.rule === 'coreference:BILATERAL';
}

/** "by providing jets", "if they attack": a gerund after a preposition or a verb in an if /
 * whether clause reports no event that happened. */
function modalityOf(ctx: RoleContext, g: VerbGroup): Modality {
  const head = ctx.words[g.head];
  let b = g.start - 1;
  while (b >= 0 && ctx.words[b]!.tag === 'ADV') b--;
  const prep = ctx.words[b];
  if (head && head.up.endsWith('ING') && g.start === g.head && prep && (prep.tag === 'ADP' || prep.tag === 'SC') && UNREAL.has(prep.up)) return 'hypothetical';
  for (let c = g.clause; c >= 0; c = ctx.clauses[c]!.parent) {
    const clause = ctx.clauses[c]!;
    const lead = ctx.words[clause.start];
    if (lead && (lead.up === 'IF' || lead.up === 'WHETHER' || lead.up === 'UNLESS')) return 'hypothetical';
    if (clause.kind !== 'inf' && clause.kind !== 'comp') break;
  }
  return 'asserted';
}

/** When the pattern made the verb's own subject its target ("noted + *"), the source is the
 * subject one clause up. */
function upperSubject(ctx: RoleContext, m: VerbMatch, target: number): number | undefined {
  let clause = ctx.clauses[m.group.clause];
  while (clause && clause.parent >= 0) {
    const gov = governingVerb(ctx, clause);
    if (!gov) break;
    const s = subjectOf(ctx, gov);
    if (s !== undefined && s >= 0 && s !== target) return s;
    clause = ctx.clauses[clause.parent];
  }
  // No clause above: the nearest actor before the target.
  for (let i = ctx.phrases[target]!.start - 1; i >= 0; i--) {
    const k = ctx.actorAt[i]!;
    if (k >= 0 && k !== target) return k;
  }
  return undefined;
}
