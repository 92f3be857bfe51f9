/**
 * Nouns that report events in news prose ("Russia's condemnation of Israeli strikes", "its
 * warnings to the US", "Israeli strikes on Iranian targets"), written by this project. Each
 * line: nouns (singular and plural) | CAMEO code | prepositions that introduce the target.
 */
import type { NominalEntry } from '../nominal.js';

const TABLE = `
CONDEMNATION CONDEMNATIONS DENUNCIATION DENUNCIATIONS CRITICISM CRITICISMS REBUKE | 111 | OF AGAINST
ACCUSATION ACCUSATIONS | 112 | AGAINST
WARNING WARNINGS | 130 | TO AGAINST
THREAT THREATS | 130 | TO AGAINST
ULTIMATUM | 139 | TO
DEMAND DEMANDS | 100 | ON TO
APPEAL APPEALS PLEA PLEAS | 020 | TO
REQUEST REQUESTS | 020 | TO FROM FOR
SUPPORT BACKING ENDORSEMENT | 051 | FOR OF
PRAISE | 051 | FOR OF
APOLOGY | 055 | TO
RECOGNITION | 054 | OF
VISIT VISITS TRIP | 042 | TO
TALKS NEGOTIATIONS | 046 | WITH
SUMMIT | 040 | WITH
PHONE-CALL | 041 | WITH
COOPERATION COLLABORATION PARTNERSHIP | 060 | WITH
INTEGRATION | 061 | WITH OF
TRADE | 061 | WITH
TREATY AGREEMENT PACT ACCORD | 057 | WITH
AID ASSISTANCE | 070 | TO FOR
ARMS-SALES | 072 | TO
LOAN LOANS | 071 | TO
SANCTIONS EMBARGO BOYCOTT | 163 | ON AGAINST
EXPULSION | 174 | OF
BLOCKADE SIEGE | 191 | OF ON
INVASION OCCUPATION | 192 | OF
ATTACK ATTACKS OFFENSIVE ASSAULT AGGRESSION INCURSION | 190 | ON AGAINST
STRIKE STRIKES AIRSTRIKE AIRSTRIKES AIR-STRIKES BOMBING BOMBINGS BOMBARDMENT | 195 | ON AGAINST
WAR | 190 | ON AGAINST WITH
SHELLING | 194 | OF ON
ASSASSINATION | 186 | OF
`;

export function ownNominals(): Record<string, NominalEntry> {
  const out: Record<string, NominalEntry> = {};
  TABLE.trim().split('\n').forEach((line, k) => {
    const [nouns = '', code = '', preps = ''] = line.split('|').map((x) => x.trim());
    const entry: NominalEntry = { code, preps: preps.split(/\s+/), id: `entente:nominal:${k + 1}` };
    for (const n of nouns.split(/\s+/)) out[n] = entry;
  });
  return out;
}
