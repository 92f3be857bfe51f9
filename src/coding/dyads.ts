/**
 * Which codings make a dyad worth keeping. Under news conventions a side with no country
 * ("---MIL") tells nothing, and a state with its own organs ("Russian officials ... Russia") is
 * no dyad — except for what a state does to its own country (curfews, bans, arrests, easing them)
 * and what its people do to it (protest): those are the domestic events CAMEO codes.
 */
import type { Coding } from './4-events.js';
import type { RoleContext } from './roles.js';
import { country } from './discourse.js';

/** Roles of the state itself: government, armed forces, legislature, courts, police, spies, elites. */
export const STATE_ROLES: ReadonlySet<string> = new Set(['GOV', 'MIL', 'LEG', 'JUD', 'COP', 'SPY', 'ELI']);

/** Codes a state does to its own country: curfews, emergency rule, bans, arrests, repression
 * (17x, and threats of them, 137), and easing them or giving in to its own people (081–083);
 * and what its people do to it: protest (14x). */
function domestic(code: string): boolean {
  return /^(17|137|14|081|082|083)/.test(code);
}

/** True when `state` is a bare country and `part` that country or one of its state organs. */
function ownOrgan(state: string, part: string): boolean {
  if (state.length !== 3 || state !== country(part)) return false;
  return part.length === 3 || STATE_ROLES.has(part.slice(3, 6));
}

/** Keeps a coding as a dyad: `petrarch` keeps PETRARCH's null codes, `requireDyad` drops a missing side. */
export function keepDyad(c: Coding, petrarch: boolean, requireDyad: boolean): boolean {
  // Without require_dyad a null-coded side ('---') may stay; a side that is not there never does.
  if (c.source === '' || c.target === '') return !requireDyad && !petrarch;
  // An agent with no country ("---MIL") tells a dyad nothing; PETRARCH keeps them as codes.
  if (!petrarch && requireDyad && (c.source.startsWith('---') || c.target.startsWith('---'))) return false;
  if (!petrarch && !domestic(c.code) && (ownOrgan(c.source, c.target) || ownOrgan(c.target, c.source))) return false;
  return !(requireDyad && (c.source === '---' || c.target === '---'));
}

/** True when an event with no target written is aimed at the source's own state: a protest (14x)
 * — or calling one off (082) — by its people ("Students in Jakarta staged mass demonstrations",
 * "Nepal's opposition called a general strike"), and emergency rule imposed or eased by its
 * organs ("Iraq's government is prepared to impose martial law", 172x, 081x), or their giving
 * way to demands for reform (083x: "the Georgian president resigned"). */
export function domesticProtest(ctx: RoleContext, code: string, source: number | undefined): boolean {
  const byPeople = code.startsWith('14') || code.startsWith('082');
  // Easing restrictions at home and giving way to demands for reform or new leaders ("the
  // president resigned") are concessions to the state's own people, too (081x, 083x).
  const byState = code.startsWith('172') || code.startsWith('081') || code.startsWith('083');
  if (!(byPeople || byState) || source === undefined || source < 0) return false;
  const codes = ctx.phrases[source]!.codes;
  return codes.length > 0 && codes.every((c) => c.length >= 6 && !c.startsWith('---') && !c.startsWith('IGO') && STATE_ROLES.has(c.slice(3, 6)) === byState);
}
