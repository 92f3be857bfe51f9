export type ActorKind = 'state' | 'igo' | 'ngo' | 'person' | 'group' | 'compound';

/** A coded actor: CAMEO-style code (ISO3 country + roles, e.g. RUSGOV, IRNMIL, IGOUNO). */
export interface Actor {
  code: string;
  name: string;
  kind: ActorKind;
  /** ISO3 country of the actor when it has one. */
  country?: string;
  /** Role suffix (GOV, MIL, LEG, ...), when the code carries one. */
  role?: string;
}

/** An actor found in a sentence. */
export interface ActorMention {
  sentenceIndex: number;
  /** Offsets within the sentence text. */
  start: number;
  end: number;
  text: string;
  /** One code, or several for a compound ("Moscow and Tehran" -> RUS, IRN). */
  codes: string[];
  /** What made the match: dictionary entry id, office holder, coreference, ... */
  rule: string;
}

/** CAMEO role codes used after the country code. */
export const ROLE_CODES = [
  'GOV', 'MIL', 'LEG', 'JUD', 'OPP', 'REB', 'BUS', 'MED', 'CVL', 'COP', 'SPY', 'EDU', 'ELI', 'HLH',
  'HRI', 'LAB', 'REF', 'REL', 'AGR', 'CRM', 'DEV', 'ENV', 'IGO', 'NGO', 'INS', 'SEP', 'UAF', 'MOD', 'RAD',
] as const;
export type RoleCode = (typeof ROLE_CODES)[number];
