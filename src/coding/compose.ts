/**
 * Governed verbs ("threatened to strike", "refused to provide", "is set to sign", "said that X
 * condemned Y"): how a governing verb and the verb below it become one event. In CAMEO terms the
 * pair is coded in the governor's family (see governors.ts); a reporting verb yields to what is
 * reported; any other coded governor keeps its own event and the governed verb is not coded
 * again (PETRARCH's rule: "urged Bree to help" is one event).
 */
import type { VerbGroup, Word } from './types.js';
import { governedCode, governorClassOf, MODALITY_OF, verbLemma } from './governors.js';
import type { GovernorClass } from './governors.js';
import type { RoleContext } from './roles.js';
import { bareGovernor, governingVerb, reducedRelative, subjectOf } from './roles.js';
import { firstTarget } from './verb-events.js';
import type { Draft } from './verb-events.js';

export type Conventions = 'cameo' | 'petrarch';

const NOUN_GOVERNORS: Record<string, GovernorClass> = {
  ANNOUNCEMENT: 'speech', STATEMENT: 'speech', CLAIM: 'speech', REMARKS: 'speech', COMMENTS: 'speech',
  PROMISE: 'intent', PLEDGE: 'intent', COMMITMENT: 'intent', DECISION: 'intent', PLAN: 'intent', PLANS: 'intent',
  INTENTION: 'intent', READINESS: 'intent', WILLINGNESS: 'intent', OFFER: 'intent', BID: 'intent', EFFORTS: 'intent',
  THREAT: 'threaten', THREATS: 'threaten', DEMAND: 'demand', DEMANDS: 'demand', CALL: 'request', CALLS: 'request',
  REQUEST: 'request', REQUESTS: 'request', APPEAL: 'request', APPEALS: 'request',
  REFUSAL: 'refuse', RELUCTANCE: 'refuse', UNWILLINGNESS: 'refuse', HESITANCE: 'refuse', HESITANCY: 'refuse',
};

interface Governor {
  cls: GovernorClass | undefined;
  /** The governing verb group, when a verb governs. */
  group?: VerbGroup;
  /** Draft of the governing verb when it was coded itself. */
  draft: Draft | undefined;
  /** Phrase index of who governs (possessor of a governing noun, else the verb's subject). */
  source: number | undefined;
  /** Start of the words between governor and governed clause (for the governor's object). */
  from: number;
}

/** Whose the governing noun is: a possessor ("Russia's offer") or an actor word modifying it
 * ("a US offer to host a summit"). */
function possessorBefore(ctx: RoleContext, noun: number): number | undefined {
  let i = noun - 1;
  while (i >= 0 && (ctx.words[i]!.tag === 'ADJ' || ctx.words[i]!.tag === 'DET') && ctx.actorAt[i]! < 0) i--;
  if (i >= 0 && ctx.words[i]!.tag === 'POSS') i--;
  const k = i >= 0 ? ctx.actorAt[i]! : -1;
  if (k < 0) return undefined;
  const p = ctx.phrases[k]!;
  const modifier = !ctx.petrarch && p.end === i + 1 && p.prep === undefined && p.pronoun === undefined && ctx.npAt[i] === ctx.npAt[noun] && ctx.npAt[i]! >= 0;
  return p.possessive || modifier ? k : undefined;
}

export function governorOf(ctx: RoleContext, clauseId: number, drafts: readonly Draft[]): Governor | undefined {
  const clause = ctx.clauses[clauseId]!;
  if (clause.kind !== 'inf' && clause.kind !== 'comp') return undefined;
  const before: Word | undefined = ctx.words[clause.start - 1];
  const nounCls = before && (before.tag === 'N' || before.tag === 'NP') ? NOUN_GOVERNORS[before.up] : undefined;
  const gov = governingVerb(ctx, clause);
  const govBefore = gov !== undefined && gov.start < clause.start ? gov : undefined;
  const draft = govBefore ? drafts.find((d) => d.group === govBefore && d.match !== undefined) : undefined;
  const subj = govBefore ? subjectOf(ctx, govBefore) : undefined;
  const subject = subj !== undefined && subj >= 0 ? subj : undefined;
  if (nounCls && before) {
    const g: Governor = { cls: nounCls, draft, source: possessorBefore(ctx, before.i) ?? subject, from: before.i + 1 };
    return g;
  }
  if (!govBefore) return undefined;
  const head = govBefore.head >= 0 ? ctx.words[govBefore.head] : undefined;
  const predicate = before && before.i !== govBefore.head ? before : undefined;
  let cls = governorClassOf(head, predicate);
  // "told reporters that ...": telling is reporting unless it is "told X to do Y".
  if (cls === 'demand' && clause.kind === 'comp' && head && verbLemma(head) === 'TELL') cls = 'speech';
  return { cls, draft, group: govBefore, source: subject, from: govBefore.end };
}

/** True when clause `c` sits below `top` inside its verb phrase (not a coordinated or new clause). */
function below(ctx: RoleContext, c: number, top: number): boolean {
  if (c === top) return false;
  for (let k = c; k >= 0; k = ctx.clauses[k]!.parent) {
    if (k === top) return true;
    const kind = ctx.clauses[k]!.kind;
    if (kind === 'coord' || kind === 'main') return false;
  }
  return false;
}

/** PETRARCH: a coded verb consumes every verb inside its verb phrase ("urged Bree to help"). */
function consume(ctx: RoleContext, drafts: Draft[]): Draft[] {
  for (const g of drafts) {
    if (g.dropped || !g.match) continue;
    for (const e of drafts) {
      if (e !== g && !e.dropped && e.span.start > g.span.start && below(ctx, e.clause, g.clause)) e.dropped = true;
    }
  }
  return drafts;
}

/** Applies governors to the drafts of one sentence (in place: drafts get `dropped` or recoded).
 * `only` limits which drafts are composed (event nouns, once the verbs are done); governors are
 * looked up among all of `drafts`. */
export function composeGoverned(ctx: RoleContext, drafts: Draft[], conventions: Conventions, only: readonly Draft[] = drafts): Draft[] {
  if (conventions === 'petrarch') return consume(ctx, drafts);
  const added: Draft[] = [];
  for (const e of only) {
    if (e.dropped) continue;
    // "would help Iran resist US pressure": what the helped side does is the help's content.
    const bare = e.group ? bareGovernor(ctx, e.group) : undefined;
    if (bare && drafts.some((d) => d.group === bare && !d.dropped && d.match !== undefined)) {
      e.dropped = true;
      continue;
    }
    // "to disperse demonstrators protesting the results": a verb describing a noun is no content
    // of the clause's governor.
    if (e.group && !ctx.petrarch && reducedRelative(ctx, e.group) !== undefined) continue;
    const gov = governorOf(ctx, e.clause, drafts);
    if (!gov) continue;
    const cls = gov.cls;
    if (cls === 'speech') {
      if (gov.draft) gov.draft.dropped = true;
      // "said ... before aid is released": a passive with no agent does not take the speaker.
      if (e.source === undefined && gov.source !== undefined && !e.group?.passive) e.source = gov.source;
      continue;
    }
    // "rejected an offer to host a summit to hammer out a deal": what a verb dropped as
    // another's content governs is that content too.
    if (!cls && gov.draft?.dropped && gov.draft.match !== undefined) {
      e.dropped = true;
      continue;
    }
    if (gov.draft && !gov.draft.dropped && (!cls || gov.draft.match?.pattern)) {
      // The governor coded on its own with a specific pattern: the governed verb is its content.
      e.dropped = true;
      continue;
    }
    if (!cls) continue;
    if (gov.draft) gov.draft.dropped = true;
    // "had not asked Russia to mediate": the governor's negation holds for the pair.
    const govNegated = gov.draft?.negated ?? gov.group?.negated ?? false;
    if (govNegated) e.negated = true;
    if (cls === 'expect') {
      e.modality = 'expected';
      continue;
    }
    const source = gov.source ?? e.source;
    let target = e.target;
    // "demanded that the government provide information": who is to act is the one asked.
    if ((cls === 'demand' || cls === 'request') && ctx.clauses[e.clause]!.kind === 'comp' && e.source !== undefined && e.source >= 0 && e.source !== source) {
      target = e.source;
    }
    // "telling the US not to strike Iran", "asked Russia to supply jets": the one asked is the target.
    if (cls === 'demand' || cls === 'request') {
      const asked = firstTarget(ctx, [[gov.from, ctx.clauses[e.clause]!.start]], new Set(source === undefined ? [] : [source]), undefined);
      if (asked !== undefined) target = asked;
    }
    if (target === undefined || target === source) {
      const obj = firstTarget(ctx, [[gov.from, ctx.clauses[e.clause]!.start]], new Set(source === undefined ? [] : [source]), undefined);
      target = obj ?? target;
    }
    let mapped = governedCode(cls, e.code);
    // "telling the US not to strike Iran", "promised not to attack": asking for, or promising,
    // de-escalation. The governing event is asserted; the negation belonged to the governed verb.
    if (e.negated && e.code.slice(0, 2) >= '13' && (cls === 'demand' || cls === 'request' || cls === 'intent')) {
      mapped = cls === 'demand' ? '1056' : cls === 'request' ? '0256' : '0356';
      e.negated = false;
    }
    if (cls === 'refuse') {
      if (mapped === undefined) {
        e.negated = true;
        continue;
      }
      // "reluctance to provide Iran with jets": Iran's request went unmet.
      const root = e.code.slice(0, 2);
      if ((root === '06' || root === '07') && target !== undefined && source !== undefined) {
        const request = governedCode('request', e.code);
        if (request) {
          added.push({ ...e, code: request, source: target, target: source, modality: 'requested', unfulfilled: true, rule: `entente:unmet-request+${e.rule}`, strength: e.strength * 0.8, reciprocal: false });
        }
      }
    }
    if (mapped === undefined) {
      e.modality = MODALITY_OF[cls];
      e.source = source;
      continue;
    }
    e.code = mapped;
    delete e.pairedCode;
    e.source = source;
    e.target = target;
    e.modality = MODALITY_OF[cls];
    e.rule = `${e.rule}+governed:${cls}`;
  }
  return [...drafts, ...added];
}
