/**
 * Step 4 — events. Every dictionary verb gets a draft (code, source, target), governed verbs are
 * composed with their governors, modals and negation recorded, and each draft is expanded into
 * one coding per source member × target member (compounds), plus the paired code `[A:B]` with
 * the sides swapped. Confidence: see docs/coding.md and confidence().
 */
import type { Modality } from '../domain/index.js';
import { matchVerb } from './3-verbs.js';
import type { CompiledLexicon } from './compile.js';
import { composeGoverned } from './compose.js';
import type { Conventions } from './compose.js';
import type { RoleContext } from './roles.js';
import { lowerEnd } from './roles.js';
import type { ActorPhrase, WordSpan } from './types.js';
import { applyModals, modalClauses } from './modals.js';
import { country } from './discourse.js';
import { draftFor } from './verb-events.js';
import type { Draft, PassivePolicy } from './verb-events.js';
import { NULL_PHRASE } from './verb-events.js';

/** One coded source → target event in a sentence, before it becomes an Event. */
export interface Coding {
  source: string;
  target: string;
  code: string;
  /** Word spans for evidence highlights. */
  sourceSpan?: WordSpan;
  targetSpan?: WordSpan;
  verbSpan: WordSpan;
  clause: number;
  rule: string;
  negated: boolean;
  modality: Modality;
  unfulfilled?: boolean;
  confidence: number;
}

export interface EventOptions {
  conventions: Conventions;
  passive: PassivePolicy;
  requireDyad: boolean;
}

const MODALITY_WEIGHT: Record<Modality, number> = {
  asserted: 1, intended: 0.9, expected: 0.8, threatened: 1, demanded: 1, requested: 1, hypothetical: 0.5,
};

/**
 * Confidence = rule strength × certainty(source) × certainty(target) × modality weight ×
 * (0.7 when negated); a mutual event ("their integration") counts its pair's certainty once. Strength: 0.9 a pattern with two or more elements, 0.85 a one-element
 * pattern, 0.75 a verb's default code, lower for nominal and inferred events. Certainty: 1 for a
 * dictionary name, 0.95 a compound member, 0.75 "the two countries", 0.6 a pronoun, 0.5 an agent
 * with no country.
 */
export function confidence(
  strength: number, source: ActorPhrase | undefined, target: ActorPhrase | undefined, modality: Modality, negated: boolean, mutual = false,
): number {
  const s = source?.certainty ?? 0.5;
  const t = mutual ? 1 : (target?.certainty ?? 0.5);
  const value = strength * s * t * MODALITY_WEIGHT[modality] * (negated ? 0.7 : 1);
  return Math.round(value * 1000) / 1000;
}

export function verbDrafts(ctx: RoleContext, lex: CompiledLexicon, options: EventOptions): Draft[] {
  const drafts: Draft[] = [];
  for (const g of ctx.verbs) {
    if (g.head < 0) continue;
    const m = matchVerb(ctx, lex, g, 0, lowerEnd(ctx, g), !ctx.petrarch);
    if (!m || m.code === '---') continue;
    drafts.push(draftFor(ctx, m, { passive: options.passive, nullTargets: options.conventions === 'petrarch' && !options.requireDyad }));
  }
  const all = composeGoverned(ctx, drafts, options.conventions);
  if (options.conventions === 'cameo') all.push(...modalClauses(ctx, all));
  applyModals(all, options.conventions);
  return all;
}

function memberSpans(ph: ActorPhrase | undefined): (WordSpan | undefined)[] {
  return ph ? ph.codes.map((_, k) => ph.members[k] ?? ph) : [undefined];
}

/** Expands drafts into codings: members × members, reciprocal compounds, paired codes. */
export function expandDrafts(ctx: RoleContext, drafts: readonly Draft[]): Coding[] {
  const out: Coding[] = [];
  for (const d of drafts) {
    if (d.dropped || d.code === '---') continue;
    const src = d.source !== undefined && d.source >= 0 ? ctx.phrases[d.source] : undefined;
    const tgt = d.reciprocal ? src : d.target !== undefined && d.target >= 0 ? ctx.phrases[d.target] : undefined;
    // '' = no such side; '---' = a noun phrase without an actor (kept only under PETRARCH rules).
    const nullCode = ctx.petrarch ? '---' : '';
    const srcCodes = src && src.codes.length > 0 ? src.codes : [src || d.source === NULL_PHRASE ? nullCode : ''];
    const tgtCodes = tgt && tgt.codes.length > 0 ? tgt.codes : [tgt || d.target === NULL_PHRASE ? nullCode : ''];
    // A protest with no target named is aimed at the protesters' own state (see domesticProtest).
    const stateOf = d.stateTarget && !tgt ? (s: string): string => country(s) : undefined;
    const srcSpans = memberSpans(src);
    const tgtSpans = memberSpans(tgt);
    // A mutual event names its pair once: count the pair's certainty once.
    const conf = confidence(d.strength, src, d.reciprocal ? undefined : tgt, d.modality, d.negated, d.reciprocal);
    const verbSpan = d.span;
    for (let i = 0; i < srcCodes.length; i++) {
      const s = srcCodes[i]!;
      for (let j = 0; j < tgtCodes.length; j++) {
        const t = stateOf ? stateOf(s) : tgtCodes[j]!;
        if (s !== '' && s === t) continue;
        const sourceSpan = srcSpans[i];
        const targetSpan = tgtSpans[j];
        const c: Coding = { source: s, target: t, code: d.code, verbSpan, clause: d.clause, rule: d.rule, negated: d.negated, modality: d.modality, confidence: conf };
        if (sourceSpan) c.sourceSpan = sourceSpan;
        if (targetSpan) c.targetSpan = targetSpan;
        if (d.unfulfilled) c.unfulfilled = true;
        out.push(c);
        if (d.pairedCode !== undefined && d.pairedCode !== '---') {
          const p: Coding = { source: t, target: s, code: d.pairedCode, verbSpan, clause: d.clause, rule: `${d.rule}:paired`, negated: d.negated, modality: d.modality, confidence: conf };
          if (targetSpan) p.sourceSpan = targetSpan;
          if (sourceSpan) p.targetSpan = sourceSpan;
          out.push(p);
        }
      }
    }
  }
  return out;
}
