/**
 * Verbs that govern another verb ("threatened to strike", "promised to send", "refused to
 * deliver", "is expected to sign") and how CAMEO codes the pair: the governed event's code is
 * mapped into the governor's family (03x intent, 10x demand, 02x appeal, 12x reject, 13x
 * threaten), or kept with a modality ("expected"). These are facts of English and of the CAMEO
 * codebook, not of any dictionary, so they apply to whatever lexicon is loaded.
 */
import type { Modality } from '../domain/index.js';
import type { Word } from './types.js';

export type GovernorClass = 'intent' | 'expect' | 'threaten' | 'demand' | 'request' | 'refuse' | 'speech';

const BY_LEMMA: Record<string, GovernorClass> = {
  PROMISE: 'intent', PLEDGE: 'intent', VOW: 'intent', PLAN: 'intent', INTEND: 'intent', AGREE: 'intent',
  PREPARE: 'intent', DECIDE: 'intent', AIM: 'intent', OFFER: 'intent', COMMIT: 'intent', RESOLVE: 'intent',
  EXPECT: 'expect', SCHEDULE: 'expect',
  THREATEN: 'threaten',
  DEMAND: 'demand', INSIST: 'demand', TELL: 'demand', ORDER: 'demand', INSTRUCT: 'demand',
  ASK: 'request', REQUEST: 'request', URGE: 'request', APPEAL: 'request', BEG: 'request', PETITION: 'request', SEEK: 'request',
  CALL: 'request', PRESS: 'request', ENCOURAGE: 'request', LOBBY: 'request', NUDGE: 'request',
  PRESSURE: 'demand', PRESSURISE: 'demand', PRESSURIZE: 'demand', SWEAR: 'intent', ASSURE: 'intent', GUARANTEE: 'intent',
  REFUSE: 'refuse', DECLINE: 'refuse', FAIL: 'refuse',
  SAY: 'speech', STATE: 'speech', ANNOUNCE: 'speech', CONFIRM: 'speech', CLAIM: 'speech', REPORT: 'speech',
  ADD: 'speech', NOTE: 'speech', DECLARE: 'speech', ARGUE: 'speech', STRESS: 'speech', EMPHASISE: 'speech', EMPHASIZE: 'speech',
  INDICATE: 'speech', SUGGEST: 'speech', BELIEVE: 'speech', THINK: 'speech', WRITE: 'speech', REITERATE: 'speech',
};

/** "is set to", "is about to", "is expected to", "is reluctant to": copula + word + to. */
const BY_PREDICATE: Record<string, GovernorClass> = {
  SET: 'intent', ABOUT: 'intent', GOING: 'intent', DUE: 'intent', POISED: 'intent', READY: 'intent', WILLING: 'intent',
  PREPARED: 'intent', DETERMINED: 'intent', COMMITTED: 'intent', EAGER: 'intent',
  EXPECTED: 'expect', LIKELY: 'expect', SCHEDULED: 'expect', SLATED: 'expect', UNLIKELY: 'refuse',
  RELUCTANT: 'refuse', UNWILLING: 'refuse', HESITANT: 'refuse',
};

const IRREGULAR: Record<string, string> = {
  SAID: 'SAY', SAYS: 'SAY', TOLD: 'TELL', SOUGHT: 'SEEK', THOUGHT: 'THINK', WROTE: 'WRITE', WRITTEN: 'WRITE',
};

/** A crude lemma for verbs when the tagger gave none (parse input). */
export function verbLemma(w: Word): string {
  if (w.lemma !== w.up) return w.lemma;
  const irregular = IRREGULAR[w.up];
  if (irregular) return irregular;
  for (const [suffix, repl] of [['IES', 'Y'], ['IED', 'Y'], ['ING', ''], ['ED', ''], ['ES', ''], ['S', '']] as const) {
    if (w.up.endsWith(suffix) && w.up.length > suffix.length + 2) {
      const stem = w.up.slice(0, -suffix.length) + repl;
      if (BY_LEMMA[stem]) return stem;
      if (BY_LEMMA[`${stem}E`]) return `${stem}E`;
      if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] && BY_LEMMA[stem.slice(0, -1)]) return stem.slice(0, -1);
    }
  }
  return w.up;
}

export function governorClassOf(verb: Word | undefined, predicate: Word | undefined): GovernorClass | undefined {
  if (predicate) {
    const p = BY_PREDICATE[predicate.up];
    if (p) return p;
  }
  if (!verb) return undefined;
  return BY_LEMMA[verbLemma(verb)];
}

export const MODALITY_OF: Record<GovernorClass, Modality> = {
  intent: 'intended', expect: 'expected', threaten: 'threatened', demand: 'demanded', request: 'requested',
  refuse: 'asserted', speech: 'asserted',
};

/** The aid / cooperation sub-digit shared by CAMEO's 02x, 03x, 10x and 12x families. */
function subtype(code: string): string {
  const root = code.slice(0, 2);
  if (root === '06') return { '061': '1', '062': '2', '063': '3', '064': '4' }[code.slice(0, 3)] ?? '';
  if (root === '07') return { '071': '1', '072': '2', '073': '3', '074': '4' }[code.slice(0, 3)] ?? '';
  return '';
}

/** The code of "governor + governed event" in CAMEO terms; undefined keeps the governed code. */
export function governedCode(cls: GovernorClass, code: string): string | undefined {
  const root = code.slice(0, 2);
  const sub = subtype(code);
  switch (cls) {
    case 'intent':
      if (code.startsWith('045') || code.startsWith('039')) return '039';
      if (root === '04') return '036';
      if (root === '06') return sub ? `031${sub}` : '031';
      if (root === '07') return sub ? `033${sub}` : '033';
      if (code.startsWith('087')) return '0356';
      if (code.startsWith('084')) return '0353';
      if (code.startsWith('085')) return '0354';
      if (root === '08') return '035';
      if (root === '05') return '030';
      if (root === '01' || root === '02' || root === '03') return undefined;
      if (root >= '15') return threatCode(code);
      return undefined;
    case 'threaten':
      return threatCode(code);
    case 'demand':
      if (root === '04') return '108';
      if (root === '06') return sub ? `101${sub}` : '101';
      if (root === '07') return sub ? `103${sub}` : '103';
      if (code.startsWith('0874') || code.startsWith('0873')) return '106';
      if (code.startsWith('0871')) return '107';
      if (code.startsWith('087')) return '1056';
      if (code.startsWith('084')) return '1053';
      if (code.startsWith('085')) return '1054';
      if (root === '08') return '105';
      return '100';
    case 'request':
      if (code.startsWith('087')) return '0256';
      if (code.startsWith('084')) return '0253';
      if (code.startsWith('085')) return '0254';
      if (root === '04') return '026';
      if (root === '06') return sub ? `021${sub}` : '021';
      if (root === '07') return sub ? `023${sub}` : '023';
      if (root === '08') return '025';
      if (root === '05') return '022';
      return '020';
    case 'refuse':
      if (root === '04') return '125';
      if (root === '06') return sub ? `121${sub}` : '121';
      if (root === '07') return sub ? `122${sub}` : '122';
      if (code.startsWith('087')) return '1246';
      if (code.startsWith('084')) return '1243';
      if (code.startsWith('085')) return '1244';
      if (root === '08') return '124';
      if (root === '05' || root === '03') return '120';
      return undefined;
    default:
      return undefined;
  }
}

function threatCode(code: string): string {
  const root = code.slice(0, 2);
  if (root === '19' || root === '20' || root === '18') return '138';
  if (root === '17') return '137';
  if (root === '16') return code.startsWith('161') || code.startsWith('16') ? '131' : '130';
  if (root === '13') return code;
  return '130';
}
