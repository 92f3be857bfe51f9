/**
 * The one rule for "does this event belong to this dyad", shared by every analysis so that a
 * series, a triad and an alert count the same events — and the same rule as the store's
 * `EventQuery` (prefix unless `exactActors`), so SQL aggregates agree with in-memory ones.
 */
import type { ActorMatch, Direction } from './types.js';
import type { Dyad } from '../domain/index.js';

/** Whether an event's actor code stands for the actor of interest. An unknown side ('') never does. */
export function matchesActor(code: string, actor: string, match: ActorMatch): boolean {
  if (code === '') return false;
  return match === 'exact' ? code === actor : code.startsWith(actor);
}

/** Which way an event runs within the dyad, or undefined when it is not a dyad event. When both
 * readings hold (nested codes such as RUS/RUSGOV) the A→B reading is taken. */
export function dyadDirection(e: { source: string; target: string }, dyad: Dyad, match: ActorMatch): Direction | undefined {
  if (matchesActor(e.source, dyad.a, match) && matchesActor(e.target, dyad.b, match)) return 'ab';
  if (matchesActor(e.source, dyad.b, match) && matchesActor(e.target, dyad.a, match)) return 'ba';
  return undefined;
}

/** Whether A or B is on either side of the event: the media-volume rule. */
export function involvesDyad(e: { source: string; target: string }, dyad: Dyad, match: ActorMatch): boolean {
  return (
    matchesActor(e.source, dyad.a, match) || matchesActor(e.target, dyad.a, match) ||
    matchesActor(e.source, dyad.b, match) || matchesActor(e.target, dyad.b, match)
  );
}

// Non-state codes put the organisation after a 3-letter class (IGOUNO, IGONAT): cutting them to
// three letters would merge the UN with NATO.
const NON_STATE_PREFIXES = new Set(['IGO', 'NGO', 'IMG', 'MNC']);

/** A code naming one organisation after its class (IGOUNO, NGOHRI), as `actorKey` keeps them. */
export function isOrganisationKey(code: string): boolean {
  return code.length >= 6 && NON_STATE_PREFIXES.has(code.slice(0, 3));
}

/**
 * The identity of a counterpart (third party, related-dyad partner): the code itself for `exact`,
 * otherwise its country (first three letters), or class plus organisation for IGOs/NGOs.
 */
export function actorKey(code: string, match: ActorMatch): string {
  if (match === 'exact' || code.length <= 3) return code;
  const head = code.slice(0, 3);
  return NON_STATE_PREFIXES.has(head) ? code.slice(0, 6) : head;
}
