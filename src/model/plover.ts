import type { QuadClass } from '../domain/index.js';

/** A PLOVER event type with the quad class the PLOVER manual (draft 0.8) places it in. */
export interface PloverType {
  type: string;
  quad: QuadClass;
  /** True for entente's own extension types, which are not part of PLOVER. */
  extension: boolean;
}

/**
 * The 16 event types of PLOVER draft 0.8. SANCTION is listed under verbal conflict in the manual's
 * quad table but under material conflict in its own section and in the summary table; entente
 * follows the latter two.
 */
export const PLOVER_TYPES: readonly PloverType[] = [
  { type: 'AGREE', quad: 1, extension: false },
  { type: 'CONSULT', quad: 1, extension: false },
  { type: 'SUPPORT', quad: 1, extension: false },
  { type: 'CONCEDE', quad: 1, extension: false },
  { type: 'COOPERATE', quad: 2, extension: false },
  { type: 'AID', quad: 2, extension: false },
  { type: 'RETREAT', quad: 2, extension: false },
  { type: 'REQUEST', quad: 3, extension: false },
  { type: 'ACCUSE', quad: 3, extension: false },
  { type: 'REJECT', quad: 3, extension: false },
  { type: 'THREATEN', quad: 3, extension: false },
  { type: 'PROTEST', quad: 4, extension: false },
  { type: 'SANCTION', quad: 4, extension: false },
  { type: 'MOBILIZE', quad: 4, extension: false },
  { type: 'COERCE', quad: 4, extension: false },
  { type: 'ASSAULT', quad: 4, extension: false },
];

/** PLOVER has no type for plain public statements (CAMEO 01); entente keeps them under this one. */
export const PLOVER_EXTENSION_TYPES: readonly PloverType[] = [{ type: 'STATEMENT', quad: 1, extension: true }];

/**
 * Names used by earlier PLOVER drafts (0.6, the 18-type list of the gold-standard records) and the
 * 0.8 type each became, so datasets coded with the older names can be read.
 */
export const PLOVER_LEGACY_TYPES: Readonly<Record<string, string>> = {
  DEMAND: 'REQUEST',
  DISAPPROVE: 'ACCUSE',
  INVESTIGATE: 'ACCUSE',
  FIGHT: 'ASSAULT',
};

const byType = new Map([...PLOVER_TYPES, ...PLOVER_EXTENSION_TYPES].map((t) => [t.type, t]));

/** The type record for a PLOVER type name (current, legacy or extension), case-insensitive. */
export function ploverType(name: string): PloverType | undefined {
  const upper = name.trim().toUpperCase();
  return byType.get(PLOVER_LEGACY_TYPES[upper] ?? upper);
}
