/**
 * Finding a verb's target among the actor phrases after it: the first one that is not the
 * source again, not a venue for cooperative events ("met in Moscow"), not an agent with no
 * country, with a pronoun back to a compound source kept as the last resort ("their meeting").
 */
import type { RoleContext } from './roles.js';

/** Phrase index standing for a noun phrase with no actor in it ("crowds", "the issue"). */
export const NULL_PHRASE = -1;

export function byAgent(ctx: RoleContext, ranges: [number, number][]): number | undefined {
  for (const [from, to] of ranges) {
    for (let i = from; i < to; i++) {
      const k = ctx.actorAt[i]!;
      if (k >= 0 && ctx.phrases[k]!.prep === 'BY') return k;
    }
  }
  return undefined;
}

/**
 * First actor phrase in `ranges` that is not excluded and not the source again. A pronoun that
 * refers back to a compound source ("their meeting") is kept as a last resort: the members met
 * each other. With `nullNp`, a noun phrase without an actor stops the search (PETRARCH's
 * null-coded target).
 */
/** Prepositions that give the place of an event rather than its target ("met in Moscow"). */
const VENUE = new Set(['IN', 'AT', 'INSIDE', 'NEAR', 'ACROSS', 'THROUGHOUT', 'DURING']);

export function firstTarget(
  ctx: RoleContext, ranges: [number, number][], exclude: Set<number>, sourceCodes: string[] | undefined, nullNp = false, venue = false,
): number | undefined {
  let fallback: number | undefined;
  let sawNp = false;
  for (const [from, to] of ranges) {
    for (let i = from; i < to; i++) {
      const k = ctx.actorAt[i]!;
      if (k < 0) {
        if (ctx.npAt[i]! >= 0) sawNp = true;
        continue;
      }
      if (exclude.has(k)) continue;
      const ph = ctx.phrases[k]!;
      i = ph.end - 1;
      if (venue && ph.prep !== undefined && VENUE.has(ph.prep)) continue;
      // "hundreds of drones at Israel": a role with no country is nobody's side in news coding.
      if (!ctx.petrarch && ph.codes.length > 0 && ph.codes.every((c) => c.startsWith('---'))) continue;
      if (ph.pronoun === 'possessive' || ph.pronoun === 'personal') {
        if (sourceCodes && sourceCodes.length > 1 && sameCodes(ph.codes, sourceCodes)) fallback ??= k;
        continue;
      }
      if (sourceCodes && ph.codes.length > 0 && sameCodes(ph.codes, sourceCodes)) continue;
      return k;
    }
  }
  return fallback ?? (nullNp && sawNp ? NULL_PHRASE : undefined);
}

export function sameCodes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((c) => b.includes(c));
}

