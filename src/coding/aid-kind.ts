/**
 * What the words before an aid noun say about it: its kind ("military aid" is 072, "economic
 * aid" 071, "humanitarian aid" 073) and whether it was held back. "Russia's limited military aid
 * to Iran" reports restraint, not a delivery: CAMEO's "reduce or stop material aid" (162x).
 */
import type { Word } from './types.js';

const KIND: Readonly<Record<string, string>> = {
  MILITARY: '2', ARMS: '2', WEAPONS: '2', DEFENCE: '2', DEFENSE: '2', SECURITY: '2',
  ECONOMIC: '1', FINANCIAL: '1', BUDGET: '1', DEVELOPMENT: '1',
  HUMANITARIAN: '3', FOOD: '3', MEDICAL: '3', EMERGENCY: '3', RELIEF: '3',
};
const HELD_BACK = new Set([
  'LIMITED', 'MINIMAL', 'SCANT', 'MEAGRE', 'MEAGER', 'TOKEN', 'INSUFFICIENT', 'WITHHELD', 'HALTED', 'SUSPENDED', 'FROZEN',
  'REDUCED', 'DWINDLING', 'CURTAILED', 'RESTRICTED', 'DELAYED', 'LACKLUSTRE', 'LACKLUSTER', 'MODEST',
]);
const MODIFIER_TAGS = new Set(['ADJ', 'N', 'NP', 'ADV', 'V']);

/** The code for an aid noun at `i` whose table code is `code` (070 family), with a rule suffix
 * when the aid was held back. Other codes pass through. */
export function aidCode(words: readonly Word[], i: number, code: string): { code: string; suffix: string } {
  if (code !== '070') return { code, suffix: '' };
  let kind = '';
  let held = false;
  for (let k = i - 1; k >= 0 && i - k <= 4 && MODIFIER_TAGS.has(words[k]!.tag); k--) {
    const up = words[k]!.up;
    kind ||= KIND[up] ?? '';
    held ||= HELD_BACK.has(up);
  }
  if (held) return { code: kind ? `162${kind}` : '162', suffix: '+held-back' };
  return { code: kind ? `07${kind}` : code, suffix: '' };
}
