/**
 * When a coded event counts as the gold event of a PLOVER record. The rules (also in
 * docs/coding.md, "PLOVER gold standard"):
 *
 * - the event's PLOVER type equals the record's (legacy names mapped: DEMAND → REQUEST,
 *   DISAPPROVE and INVESTIGATE → ACCUSE, FIGHT → ASSAULT);
 * - sides are compared by the gold code as a prefix of the coded code, after both are put in one
 *   spelling (JAP → JPN, TLS → TMP …): gold `USA` takes USA, USAGOV, USAMIL; gold `IGO` takes any
 *   IGO code (IGOUNO, IGOEUREEC); gold `NGO` any NGO code. The sector is not compared: the
 *   question is who did what to whom, at the level of states and organisations;
 * - a compound side (several gold actors) is matched by any one of its members;
 * - a record with no target is matched by the source alone (whatever the coded target), which
 *   covers the reciprocal `SRC/TAR` records ("A and B agreed"): A → B and B → A both match; a
 *   record with no source (one file record names only the one attacked) by the target alone;
 * - negated events ("did not attack") report no event and are left out.
 */
import type { Event } from '../domain/index.js';
import type { GoldActor, PloverRecord } from './plover-records.js';

/** Codes the gold file and entente's model spell differently for the same actor. */
const SAME_ACTOR: Readonly<Record<string, string>> = {
  JAP: 'JPN', // CAMEO's old code for Japan
  ITL: 'ITA',
  VTN: 'VNM',
  TLS: 'TMP', // East Timor: ISO vs CAMEO
  XKX: 'KSV',
  UNK: 'KSV',
};

/** The model's spelling of a code's leading three letters; the rest is kept. */
export function canonicalCode(code: string): string {
  const up = code.toUpperCase();
  const head = up.slice(0, 3);
  const same = SAME_ACTOR[head];
  return same ? same + up.slice(3) : up;
}

/** True when the coded code names the gold actor (gold code as a prefix, see above). */
export function actorMatches(coded: string, gold: GoldActor): boolean {
  if (coded === '') return false;
  return canonicalCode(coded).startsWith(canonicalCode(gold.code));
}

function sideMatches(coded: string, gold: readonly GoldActor[]): boolean {
  return gold.some((g) => actorMatches(coded, g));
}

/** True when the event is the record's gold event: type and both sides (see the rules above). */
export function eventMatches(e: Pick<Event, 'plover' | 'source' | 'target'>, record: Pick<PloverRecord, 'type' | 'sources' | 'targets'>): boolean {
  if (e.plover !== record.type) return false;
  if (record.sources.length > 0 && !sideMatches(e.source, record.sources)) return false;
  return record.targets.length === 0 || sideMatches(e.target, record.targets);
}

/** The events that count at all: negated ones report that nothing happened. */
export function scoredEvents<E extends Pick<Event, 'negated'>>(events: readonly E[]): E[] {
  return events.filter((e) => !e.negated);
}
