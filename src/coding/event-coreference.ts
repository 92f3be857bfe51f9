/**
 * Event coreference, the two kinds news leans on most:
 *
 * - "The ministry issued a statement condemning the attacks" — a definite attack noun with no
 *   attacker written ("the attacks", "these strikes", "the air strikes") stands for whoever carried
 *   out the last attack coded in the document, and becomes an actor phrase for them;
 * - "This includes advanced fighter jets" — a sentence that only elaborates the arms, money or
 *   relief of the sentence before repeats that sentence's aid, request or refusal event.
 */
import type { Coding } from './4-events.js';
import type { Discourse } from './discourse.js';
import type { PhraseTrie } from './trie.js';
import type { RoleContext } from './roles.js';
import type { ActorPhrase, Word } from './types.js';

const ATTACK_NOUNS = new Set([
  'ATTACK', 'ATTACKS', 'STRIKE', 'STRIKES', 'AIRSTRIKE', 'AIRSTRIKES', 'AIR-STRIKES', 'BOMBING', 'BOMBINGS', 'RAID', 'RAIDS',
  'ASSAULT', 'INVASION', 'SHELLING', 'BOMBARDMENT', 'OFFENSIVE', 'INCURSION', 'AGGRESSION',
]);
const DEFINITE = new Set(['THE', 'THESE', 'THOSE', 'THIS', 'THAT', 'SUCH']);
/** After the noun, these name the attacker themselves ("the attacks by Hezbollah"). */
const NAMES_ATTACKER = new Set(['BY', 'FROM']);

function isQuote(w: Word): boolean {
  return w.tag === 'PUNCT' && /^["“”'‘’]+$/.test(w.text);
}

/** "the attacks", "these strikes", "the "air strikes": phrases for the last attacker. */
export function attackAnaphors(words: readonly Word[], taken: (i: number) => boolean, state: Discourse): ActorPhrase[] {
  const attacker = state.attacker;
  if (!attacker || attacker.length === 0) return [];
  const out: ActorPhrase[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!DEFINITE.has(words[i]!.up) || taken(i)) continue;
    let k = i + 1;
    while (k < words.length && k - i <= 4 && !taken(k) && (isQuote(words[k]!) || ((words[k]!.tag === 'ADJ' || words[k]!.tag === 'N') && !ATTACK_NOUNS.has(words[k]!.up)))) k++;
    const noun = words[k];
    if (!noun || !ATTACK_NOUNS.has(noun.up) || noun.tag !== 'N' || taken(k) || NAMES_ATTACKER.has(words[k + 1]?.up ?? '')) continue;
    out.push({
      start: i, end: k + 1, codes: [...attacker], members: attacker.map(() => ({ start: i, end: k + 1 })), rule: `coreference:event:${noun.up}`,
      source: 'coreference', certainty: 0.6, head: k, possessive: false, pronoun: 'event',
    });
    i = k;
  }
  return out;
}

/** Aid, its request, promise, demand, refusal and reduction, by kind of material. */
const MATERIAL: Readonly<Record<string, MaterialKind>> = {
  '0231': '1', '0331': '1', '071': '1', '1031': '1', '1221': '1', '1621': '1',
  '0232': '2', '0332': '2', '072': '2', '1032': '2', '1222': '2', '1622': '2',
  '0233': '3', '0333': '3', '073': '3', '1033': '3', '1223': '3', '1623': '3',
};

/** Remembers the attacker and the aid-related events of a finished sentence. */
export function rememberEvents(state: Discourse, codings: readonly Coding[]): void {
  for (const c of codings) {
    const root = c.code.slice(0, 2);
    if ((root === '18' || root === '19' || root === '20') && !c.negated && c.modality === 'asserted' && c.source !== '') state.attacker = [c.source];
  }
  // What was asked for, promised or given; a refusal or cut is not what "this includes" lists.
  state.material = codings.filter((c) => MATERIAL[c.code] !== undefined && !c.negated && !/^(12|16)/.test(c.code))
    .map((c) => ({ source: c.source, target: c.target, code: c.code, modality: c.modality, unfulfilled: c.unfulfilled === true, rule: c.rule, confidence: c.confidence }));
}

/** The kind of material: money 1, arms 2, relief 3 (CAMEO's aid sub-digits). */
type MaterialKind = '1' | '2' | '3';

const ELABORATE = new Set(['INCLUDE', 'INCLUDES', 'INCLUDED', 'INVOLVE', 'INVOLVES', 'INVOLVED', 'COVERS', 'COVERED', 'MEANS', 'MEANT']);


const KIND_SETS: readonly [string, MaterialKind][] = [['ARMS', '2'], ['MONEY', '1'], ['RELIEF', '3']];

/** "This includes crucial assets such as fighter jets": the previous sentence's events of the
 * same kind of material, repeated as codings of this sentence (rule `entente:elaboration+…`). */
export function elaboration(words: readonly Word[], keys: readonly string[], synsets: Map<string, PhraseTrie<true>>, state: Discourse): Coding[] {
  if (!state.material || state.material.length === 0) return [];
  const first = words[0]?.up;
  if ((first !== 'THIS' && first !== 'THESE' && first !== 'THAT') || !ELABORATE.has(words[1]?.up ?? '')) return [];
  let kind: MaterialKind | undefined;
  for (let i = 2; i < keys.length && !kind; i++) {
    for (const [name, k] of KIND_SETS) if (synsets.get(name)?.longest(keys, i)) kind = k;
  }
  return state.material.filter((m) => MATERIAL[m.code] === kind).map((m) => {
    const c: Coding = {
      source: m.source, target: m.target, code: m.code, verbSpan: { start: 1, end: 2 }, clause: 0, rule: `entente:elaboration+${m.rule}`,
      negated: false, modality: m.modality, confidence: Math.round(m.confidence * 0.8 * 1000) / 1000,
    };
    if (m.unfulfilled) c.unfulfilled = true;
    return c;
  });
}

/** The last "the attacks" phrase ending before `at` (the antecedent of "which Russia condemned"). */
export function eventBefore(ctx: RoleContext, at: number): number | undefined {
  let found: number | undefined;
  ctx.phrases.forEach((p, k) => {
    if (p.pronoun === 'event' && p.end <= at) found = k;
  });
  return found;
}
