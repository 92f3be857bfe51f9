/**
 * Nominalisations: news often reports events as nouns — "Russia's condemnation of Israeli
 * strikes", "its stern warnings to the US", "Israeli strikes on Iranian targets", "the integration
 * of their payment systems". A trigger noun codes an event when both sides are explicit: the
 * source is the possessor, an actor adjective in the same noun phrase, a "by" phrase, or the
 * subject of a light verb ("issued warnings"); the target is the object of one of the noun's
 * prepositions. "their" / "between A and B" make the event mutual.
 */
import { aidCode } from './aid-kind.js';
import type { Draft } from './verb-events.js';
import type { RoleContext } from './roles.js';
import type { VerbGroup } from './types.js';
import { subjectOf } from './roles.js';
import { domesticProtest } from './dyads.js';
import { sameCodes } from './verb-events.js';
import { verbLemma } from './governors.js';
import { governorOf } from './compose.js';

export interface NominalEntry {
  code: string;
  /** Prepositions that introduce the target ("OF", "TO", ...). */
  preps: string[];
  id: string;
}

export type NominalTable = Map<string, NominalEntry>;

const LIGHT_VERBS = new Set([
  'ISSUE', 'MAKE', 'VOICE', 'EXPRESS', 'DELIVER', 'LODGE', 'LAUNCH', 'CARRY', 'CONDUCT', 'STAGE', 'ANNOUNCE', 'REITERATE', 'RENEW',
  'REPEAT', 'SEND', 'EXTEND', 'OFFER', 'PROVIDE', 'GIVE', 'SHOW', 'HOLD', 'BEGIN', 'START', 'CONTINUE', 'ORGANIZE', 'ORGANISE',
  'MOUNT', 'JOIN', 'LEAD', 'COMMIT', 'PERPETRATE', 'ORDER', 'UNLEASH', 'RESUME',
]);
/** Prepositions of place or time a target may follow: "rallies in Gaza against the leader". */
const NP_TAGS = new Set(['DET', 'ADJ', 'NUM', 'N', 'NP']);
const SETTING = new Set(['IN', 'AT', 'NEAR', 'OUTSIDE', 'ACROSS', 'THROUGHOUT', 'ON', 'DURING']);
const SKIPPABLE = new Set(['DET', 'ADJ', 'NUM', 'ADV']);

function phraseBefore(ctx: RoleContext, i: number): number | undefined {
  let k = i - 1;
  while (k >= 0 && (ctx.words[k]!.tag === 'ADJ' || ctx.words[k]!.tag === 'ADV' || ctx.words[k]!.tag === 'DET')) {
    const at = ctx.actorAt[k]!;
    if (at >= 0) return at;
    k--;
  }
  if (k >= 0 && ctx.words[k]!.tag === 'POSS') k--;
  const at = k >= 0 ? ctx.actorAt[k]! : -1;
  if (at < 0) return undefined;
  const ph = ctx.phrases[at]!;
  // A possessor ("Russia's"), or an actor word modifying the noun ("Israeli strikes").
  if (ph.possessive || (ph.end === k + 1 && ph.prep === undefined && ctx.npAt[k] === ctx.npAt[i])) return at;
  return undefined;
}

/** The light verb right before the noun ("issued warnings", "resumed talks"), if any. */
function lightVerb(ctx: RoleContext, i: number): VerbGroup | undefined {
  let k = i - 1;
  while (k >= 0 && SKIPPABLE.has(ctx.words[k]!.tag)) k--;
  const g = ctx.verbs.find((v) => v.head === k && v.head >= 0);
  return g && LIGHT_VERBS.has(verbLemma(ctx.words[g.head]!)) ? g : undefined;
}

/** True when a verb brings the noun's event about ("ready to resume talks"), so the verb's
 * governor applies to it; "warned the US not to join the attacks" presupposes the attacks. */
export function madeByVerb(ctx: RoleContext, d: Draft): boolean {
  return lightVerb(ctx, d.span.start) !== undefined;
}

function lightVerbSubject(ctx: RoleContext, i: number): number | undefined {
  const g = lightVerb(ctx, i);
  if (!g) return undefined;
  const s = subjectOf(ctx, g);
  return s !== undefined && s >= 0 ? s : undefined;
}

function objectOf(ctx: RoleContext, from: number, preps: readonly string[]): { phrase: number; by: boolean } | undefined {
  let i = from;
  let w = ctx.words[i];
  // Step over one phrase of place or time the noun does not take ("rallies in Gaza against X").
  if (w && w.tag === 'ADP' && SETTING.has(w.up) && !preps.includes(w.up)) {
    i++;
    while (i < ctx.words.length && NP_TAGS.has(ctx.words[i]!.tag) && i - from < 6) i++;
    w = ctx.words[i];
  }
  if (!w || (w.tag !== 'ADP' && w.tag !== 'TO')) return undefined;
  const by = w.up === 'BY' || (w.up === 'FROM' && !preps.includes('FROM'));
  if (!by && !preps.includes(w.up) && w.up !== 'BETWEEN') return undefined;
  i++;
  while (i < ctx.words.length && SKIPPABLE.has(ctx.words[i]!.tag) && ctx.actorAt[i]! < 0) i++;
  const k = ctx.actorAt[i] ?? -1;
  if (k < 0) return undefined;
  // "integration of their payment systems": the owner takes part; "war against their rivals": not.
  if (ctx.phrases[k]!.pronoun === 'possessive' && w.up !== 'OF') return undefined;
  return { phrase: k, by };
}

const bigramStarts = new WeakMap<NominalTable, Set<string>>();

/** First words of the table's two-word nouns ("HUNGER" of HUNGER_STRIKE), so most nouns skip the
 * two-word lookup without building a key. */
function firstWords(table: NominalTable): Set<string> {
  let set = bigramStarts.get(table);
  if (!set) {
    set = new Set([...table.keys()].filter((k) => k.includes('_')).map((k) => k.slice(0, k.indexOf('_'))));
    bigramStarts.set(table, set);
  }
  return set;
}

export function nominalDrafts(ctx: RoleContext, table: NominalTable, verbDrafts: readonly Draft[]): Draft[] {
  if (table.size === 0) return [];
  const out: Draft[] = [];
  for (let i = 0; i < ctx.words.length; i++) {
    const w = ctx.words[i]!;
    if (w.tag !== 'N' || ctx.actorAt[i]! >= 0) continue;
    const prev = ctx.words[i - 1];
    const two = prev !== undefined && firstWords(table).has(prev.up) ? table.get(`${prev.up}_${w.up}`) : undefined;
    const entry = two ?? table.get(w.up) ?? table.get(w.lemma);
    if (!entry) continue;
    // The noun is a pattern word of a coded verb ("imposed sanctions on"): the verb has it covered.
    // So is a noun inside a multi-word verb ("held a general strike").
    if (verbDrafts.some((d) => !d.dropped && d.match && ((d.match.pattern && d.span.end <= i && i - d.span.end < 4) || (d.span.start <= i && i < d.span.end)))) continue;
    // "talks with the US would not solve ...": a noun in a negated clause reports no event.
    const clauseVerb = ctx.verbs.find((v) => v.clause === (ctx.clauseOf[i] ?? 0));
    if (clauseVerb?.negated && i < clauseVerb.start) continue;
    let source = phraseBefore(ctx, i);
    let target: number | undefined;
    const after = objectOf(ctx, i + 1, entry.preps);
    if (after?.by) source ??= after.phrase;
    else if (after) target = after.phrase;
    if (target === undefined && after?.by) {
      const second = objectOf(ctx, ctx.phrases[after.phrase]!.end, entry.preps);
      if (second && !second.by) target = second.phrase;
    }
    source ??= lightVerbSubject(ctx, i);
    // "Lavrov's announcement that a treaty with Iran ...": the announcer is the source.
    source ??= governorOf(ctx, ctx.clauseOf[i] ?? 0, verbDrafts)?.source;
    let reciprocal = false;
    const tp = target !== undefined ? ctx.phrases[target]! : undefined;
    if (tp && tp.codes.length > 1 && (tp.pronoun !== undefined || ctx.words[i + 1]!.up === 'BETWEEN')) {
      source = target;
      reciprocal = true;
    }
    const sp = source !== undefined ? ctx.phrases[source]! : undefined;
    const stateTarget = !reciprocal && target === undefined && domesticProtest(ctx, entry.code, source);
    // Both sides must be written: "their cooperation" alone describes a state, not an event.
    if (source === undefined || (!reciprocal && target === undefined && !stateTarget)) continue;
    if (!reciprocal && sp && tp && sameCodes(sp.codes, tp.codes)) continue;
    const clause = ctx.clauseOf[i] ?? 0;
    const aid = aidCode(ctx.words, i, entry.code);
    const draft: Draft = {
      group: ctx.verbs.find((v) => v.clause === clause), span: { start: i, end: i + 1 }, clause,
      code: aid.code, source, target: reciprocal ? undefined : target, reciprocal, negated: false, modality: 'asserted',
      rule: `${entry.id}${aid.suffix}`, strength: sp?.possessive ? 0.7 : 0.65,
    };
    if (stateTarget) draft.stateTarget = true;
    out.push(draft);
  }
  return out;
}
