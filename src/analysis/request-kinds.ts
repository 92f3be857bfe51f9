/**
 * What a request asks for, what a delivery gives and what a refusal turns down, read from CAMEO
 * sub-codes (codebook facts). Appeals (02), promises (03) and demands (10) share one layout in
 * their third digit: 1 material cooperation, 3 material aid, 5 yielding, 0 unspecified; the fourth
 * digit names the field (cooperation: 1 economic, 2 military, 3 judicial, 4 intelligence; aid:
 * 1 economic, 2 military, 3 humanitarian, 4 protection/peacekeeping). Deliveries are 06 (material
 * cooperation), 07 (aid) and 08 (yield); refusals 120–122 and 124.
 */

export type MaterialKind = 'economic' | 'military' | 'judicial' | 'intelligence' | 'humanitarian' | 'protection' | 'yield' | 'general';
export type RequestType = 'appeal' | 'promise' | 'demand';

const COOPERATION: Record<string, MaterialKind> = { '1': 'economic', '2': 'military', '3': 'judicial', '4': 'intelligence' };
const AID: Record<string, MaterialKind> = { '1': 'economic', '2': 'military', '3': 'humanitarian', '4': 'protection' };
const REQUEST_TYPES: Record<string, RequestType> = { '02': 'appeal', '03': 'promise', '10': 'demand' };

/** The type and kind of a request code, or undefined when it asks for nothing material
 * (diplomatic support, reform, talks, mediation) or is not a request. */
export function requestKind(code: string): { type: RequestType; kind: MaterialKind } | undefined {
  const type = REQUEST_TYPES[code.slice(0, 2)];
  if (!type) return undefined;
  const third = code.charAt(2);
  const fourth = code.charAt(3);
  if (third === '' || third === '0') return { type, kind: 'general' };
  if (third === '1') return { type, kind: fourth ? COOPERATION[fourth] ?? 'general' : 'general' };
  if (third === '3') return { type, kind: fourth ? AID[fourth] ?? 'general' : 'general' };
  if (third === '5') return { type, kind: 'yield' };
  return undefined;
}

/** The kind a delivery code gives, or undefined when the code is not a delivery. */
export function deliveryKind(code: string): MaterialKind | undefined {
  const root = code.slice(0, 2);
  const third = code.charAt(2);
  if (root === '06') return third === '' || third === '0' ? 'general' : COOPERATION[third] ?? 'general';
  if (root === '07') {
    if (third === '5') return 'humanitarian'; // 075 grant asylum
    return third === '' || third === '0' ? 'general' : AID[third] ?? 'general';
  }
  if (root === '08') return 'yield';
  return undefined;
}

/** The kind a refusal turns down, or undefined for rejections of other things (reform, talks,
 * mediation, plans, vetoes) — those say nothing about a material request. */
export function refusalKind(code: string): MaterialKind | undefined {
  if (code.slice(0, 2) !== '12') return undefined;
  const third = code.charAt(2);
  const fourth = code.charAt(3);
  if (third === '' || third === '0') return 'general';
  if (third === '1') return fourth ? COOPERATION[fourth] ?? 'general' : 'general';
  if (third === '2') return fourth ? AID[fourth] ?? 'general' : 'general';
  if (third === '4') return 'yield';
  return undefined;
}

/** Whether an answer of kind `given` answers a request of kind `asked`. Unspecified requests take any
 * answer; an unspecified delivery ("provided aid") answers any material request but not a call to yield. */
export function kindsMatch(asked: MaterialKind, given: MaterialKind): boolean {
  return asked === given || asked === 'general' || (given === 'general' && asked !== 'yield');
}
