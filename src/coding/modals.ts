/**
 * Modals in CAMEO terms. `applyModals`: "will" / "would" in the verb group is intent (03x), "will
 * not" a refusal (12x), "could" / "may" / "might" hypothetical. `modalClauses`: two readings of
 * modal clauses that no single verb carries:
 *
 * - an obligation reported by a speaker: "Britain said that Sudan must reach an agreement",
 *   "the US declared that China must drop barriers" — the speaker demands (must) or
 *   appeals (should) of the clause's subject; a coded verb in the clause gives the demand's kind
 *   (1053 for "must release"), an uncoded one a plain 100 / 020;
 * - a conditional intention: "Nigeria will withdraw its force from Chad unless ..." is a threat
 *   (13x) of the intended act; a threat with no target names the one the "unless" clause asks
 *   to comply ("threatened to strike unless Israel rescinded ...").
 *
 * `modalClauses` runs after governors are composed and before `applyModals`, on CAMEO conventions only.
 */
import { isWithin } from './clauses.js';
import { governedCode, MODALITY_OF } from './governors.js';
import type { GovernorClass } from './governors.js';
import type { Conventions } from './compose.js';
import { governorOf } from './compose.js';
import type { RoleContext } from './roles.js';
import { subjectOf } from './roles.js';
import type { Draft } from './verb-events.js';
import { sameCodes } from './verb-events.js';
import type { Clause } from './types.js';

const OBLIGATION: Readonly<Record<string, GovernorClass>> = { MUST: 'demand', SHOULD: 'request' };
const INTENT_MODALS = new Set(['WILL', 'WOULD', 'SHALL']);

/** The "unless ..." clause that hangs from the draft's clause or one above it. */
function unlessClause(ctx: RoleContext, d: Draft): Clause | undefined {
  return ctx.clauses.find((c) => c.kind === 'adv' && ctx.words[c.start]?.up === 'UNLESS' && c.start > d.span.start && isWithin(ctx.clauses, d.clause, c.parent));
}

/** "threatened to strike unless Israel withdrew": the one who must comply is the one threatened. */
function threatened(ctx: RoleContext, d: Draft, unless: Clause): void {
  const g = ctx.verbs.find((v) => v.clause === unless.id);
  const who = g ? subjectOf(ctx, g) : undefined;
  if (who === undefined || who < 0 || who === d.source) return;
  const t = d.target !== undefined && d.target >= 0 ? ctx.phrases[d.target] : undefined;
  if (t && !d.stateTarget) return;
  d.target = who;
  delete d.stateTarget;
}

/** Recodes drafts in place and returns the obligation events of clauses no verb coded. */
export function modalClauses(ctx: RoleContext, drafts: Draft[]): Draft[] {
  const added: Draft[] = [];
  const anyUnless = ctx.clauses.some((c) => c.kind === 'adv' && ctx.words[c.start]?.up === 'UNLESS');
  for (const d of drafts) {
    if (d.dropped || !anyUnless) continue;
    const unless = d.modality === 'asserted' || d.modality === 'threatened' ? unlessClause(ctx, d) : undefined;
    if (!unless) continue;
    if (d.modality === 'asserted') {
      if (!d.group?.modal || !INTENT_MODALS.has(d.group.modal)) continue;
      const mapped = governedCode('threaten', d.code);
      if (mapped === undefined) continue;
      d.code = mapped;
      delete d.pairedCode;
      d.modality = 'threatened';
      d.rule = `${d.rule}+unless`;
    }
    threatened(ctx, d, unless);
  }
  for (const g of ctx.verbs) {
    const cls = g.modal !== undefined ? OBLIGATION[g.modal] : undefined;
    if (!cls || ctx.clauses[g.clause]!.kind !== 'comp') continue;
    const gov = governorOf(ctx, g.clause, drafts);
    if (gov?.cls !== 'speech' || gov.source === undefined) continue;
    const subject = subjectOf(ctx, g);
    if (subject === undefined || subject < 0) continue;
    const sp = ctx.phrases[gov.source]!;
    const tp = ctx.phrases[subject]!;
    if (tp.pronoun !== undefined || sp.codes.length === 0 || tp.codes.length === 0 || sameCodes(sp.codes, tp.codes)) continue;
    const own = drafts.find((x) => x.group === g && !x.dropped);
    let code = governedCode(cls, own?.code ?? '') ?? (cls === 'demand' ? '100' : '020');
    // "Israel must not strike Iran": asking for restraint, as with "told Israel not to strike".
    const restraint = g.negated && own !== undefined && own.code.slice(0, 2) >= '13';
    if (restraint) code = cls === 'demand' ? '1056' : '0256';
    const modality = MODALITY_OF[cls];
    if (own) {
      own.code = code;
      delete own.pairedCode;
      own.source = gov.source;
      own.target = subject;
      own.reciprocal = false;
      own.modality = modality;
      own.rule = `${own.rule}+obligation:${cls}`;
      if (restraint) own.negated = false;
      continue;
    }
    const head = g.head >= 0 ? g.head : g.start;
    added.push({
      group: g, span: { start: head, end: head + 1 }, clause: g.clause, code, source: gov.source, target: subject, reciprocal: false,
      negated: g.negated, modality, rule: `entente:obligation:${cls}`, strength: 0.7,
    });
  }
  return added;
}

/** Modal auxiliaries inside the verb group: "will" is intent (03x), "could/may/might" hypothetical. */
export function applyModals(drafts: Draft[], conventions: Conventions): void {
  if (conventions === 'petrarch') return;
  for (const d of drafts) {
    const modal = d.group?.modal;
    if (!modal || d.modality !== 'asserted' || d.dropped) continue;
    if (modal === 'WILL' || modal === 'SHALL' || modal === 'WOULD') {
      // "Iran will not negotiate", "would not meet the demands": refusing a cooperative act is a
      // rejection (12x) the speaker asserts now.
      const root = d.code.slice(0, 2);
      if (d.negated && root >= '03' && root <= '08') {
        d.code = governedCode('refuse', d.code) ?? '120';
        delete d.pairedCode;
        d.negated = false;
        d.rule = `${d.rule}+will-not`;
        continue;
      }
      const mapped = governedCode('intent', d.code);
      if (mapped) {
        d.code = mapped;
        delete d.pairedCode;
      }
      d.modality = 'intended';
    } else {
      d.modality = 'hypothetical';
    }
  }
}
