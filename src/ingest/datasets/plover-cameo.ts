/**
 * PLOVER event types as CAMEO codes, so PLOVER-coded datasets (POLECAT, PLOVER JSON) answer the
 * same CAMEO queries as GDELT and ICEWS. PLOVER merges several CAMEO roots into one type, so the
 * way back picks the one code that best stands for the type (entente's choice, documented in
 * docs/datasets.md); the dataset's own PLOVER type is kept alongside.
 *
 * Names of earlier PLOVER drafts map to the CAMEO code they meant (DEMAND is CAMEO 10, not the
 * 02 "appeal" that PLOVER 0.8 REQUEST stands for here) and are stored under their 0.8 name.
 */
import { cameoCode, ploverType } from '../../model/index.js';

const CODE_OF_TYPE: Readonly<Record<string, string>> = {
  STATEMENT: '01',
  REQUEST: '02',
  AGREE: '03',
  CONSULT: '04',
  SUPPORT: '05',
  COOPERATE: '06',
  AID: '07',
  CONCEDE: '08',
  RETREAT: '087',
  ACCUSE: '11',
  REJECT: '12',
  THREATEN: '13',
  PROTEST: '14',
  MOBILIZE: '15',
  SANCTION: '16',
  COERCE: '17',
  ASSAULT: '18',
  // Earlier drafts.
  DEMAND: '10',
  DISAPPROVE: '11',
  INVESTIGATE: '09',
  FIGHT: '19',
};

export interface PloverAsCameo {
  /** The PLOVER 0.8 type name (legacy names resolved). */
  plover: string;
  code: string;
}

/** The CAMEO code for a PLOVER type name (any case, legacy names too); undefined when unknown. */
export function cameoOfPlover(name: string): PloverAsCameo | undefined {
  const upper = name.trim().toUpperCase();
  const code = CODE_OF_TYPE[upper];
  const type = ploverType(upper);
  if (code === undefined || type === undefined || cameoCode(code) === undefined) return undefined;
  return { plover: type.type, code };
}

/** Every name the table knows, for the import's lookup table. */
export const PLOVER_NAMES: readonly string[] = Object.keys(CODE_OF_TYPE);
