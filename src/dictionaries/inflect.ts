/**
 * Regular English inflection for dictionary words (upper-case): verb forms for verb entries
 * and issue `v:` words, noun plurals for agents and issue `n:` words. Irregular forms come
 * from the dictionaries themselves (`{...}`), so only the regular rules live here.
 */
import type { VerbEntry } from '../domain/index.js';

const VOWEL = /[AEIOU]/;

function isConsonant(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Z]/.test(ch) && !VOWEL.test(ch);
}

function syllables(word: string): number {
  return (word.match(/[AEIOUY]+/g) ?? []).length;
}

// Two-syllable verbs stressed on the last syllable double the final consonant
// (REFER -> REFERRED, COMMIT -> COMMITTED); unstressed ones do not (OFFER, VISIT, LISTEN).
const STRESSED_ENDINGS = /(?:[^F]FER|MIT|PEL|CUR|TROL|GRET|BED|BAR|BUT|QUIP|STEP|STRIP|SET|FIT|GIN|CUT|PUT|MAP|WRAP|PLAN|ROB|TAP|DROP|SHIP)$/;
const UNSTRESSED = new Set(['LIMIT', 'VOMIT', 'SUMMIT', 'BUDGET', 'BENEFIT', 'TARGET', 'COVET', 'RIVET', 'CLOSET', 'FILLIP', 'GOSSIP', 'WORSHIP', 'GALLOP', 'DEVELOP', 'ENVELOP']);

/** Whether the final consonant doubles before -ED / -ING: `'yes'`, `'no'`, or `'both'` for
 * British/American pairs (CANCELLED / CANCELED). */
function doubling(word: string): 'yes' | 'no' | 'both' {
  const n = word.length;
  const last = word[n - 1];
  const vowel = word[n - 2];
  if (n < 3 || !isConsonant(last) || /[WXY]/.test(last ?? '') || vowel === undefined || !VOWEL.test(vowel)) return 'no';
  if (!isConsonant(word[n - 3]) && !(word[n - 3] === 'U' && word[n - 4] === 'Q')) return 'no';
  if (syllables(word) === 1) return 'yes';
  if (UNSTRESSED.has(word)) return 'no';
  if (last === 'L') return 'both';
  return STRESSED_ENDINGS.test(word) ? 'yes' : 'no';
}

/** 3rd person singular: TALK -> TALKS, PUSH -> PUSHES, CARRY -> CARRIES, VETO -> VETOES. */
export function thirdPerson(word: string): string {
  if (/(?:S|X|Z|CH|SH)$/.test(word) || (/O$/.test(word) && isConsonant(word[word.length - 2]))) return `${word}ES`;
  if (/Y$/.test(word) && isConsonant(word[word.length - 2])) return `${word.slice(0, -1)}IES`;
  return `${word}S`;
}

/** Regular past / participle: AGREE -> AGREED, CARRY -> CARRIED, STOP -> STOPPED. */
export function pastForms(word: string): string[] {
  if (/E$/.test(word)) return [`${word}D`];
  if (/Y$/.test(word) && isConsonant(word[word.length - 2])) return [`${word.slice(0, -1)}IED`];
  const d = doubling(word);
  const doubled = `${word}${word[word.length - 1] ?? ''}ED`;
  if (d === 'yes') return [doubled];
  if (d === 'both') return [`${word}ED`, doubled];
  return [`${word}ED`];
}

/** -ING forms: TIE -> TYING, AGREE -> AGREEING, MAKE -> MAKING, STOP -> STOPPING. */
export function ingForms(word: string): string[] {
  if (/IE$/.test(word)) return [`${word.slice(0, -2)}YING`];
  if (/(?:EE|YE|OE)$/.test(word) || word === 'BE') return [`${word}ING`];
  if (/E$/.test(word) && word.length > 2) return [`${word.slice(0, -1)}ING`];
  const d = doubling(word);
  const doubled = `${word}${word[word.length - 1] ?? ''}ING`;
  if (d === 'yes') return [doubled];
  if (d === 'both') return [`${word}ING`, doubled];
  return [`${word}ING`];
}

/** All regular forms of a verb, base first. */
export function regularVerbForms(word: string): string[] {
  return unique([word, thirdPerson(word), ...pastForms(word), ...ingForms(word)]);
}

/** Regular plural: FARMER -> FARMERS, CONGRESS -> CONGRESSES, AUTHORITY -> AUTHORITIES. */
export function pluralNoun(word: string): string {
  if (/(?:S|X|Z|CH|SH)$/.test(word)) return `${word}ES`;
  if (/Y$/.test(word) && isConsonant(word[word.length - 2])) return `${word.slice(0, -1)}IES`;
  return `${word}S`;
}

/**
 * Every surface form of a verb entry, as word lists, base form first. Explicit forms (`{...}`)
 * replace generation, as in PETRARCH; otherwise the verb word (`verbIndex`, the first word of
 * `+ASK_FOR`) takes its regular inflections and the other words stay as they are.
 */
export function verbForms(entry: VerbEntry): string[][] {
  const out: string[][] = [entry.words];
  if (entry.forms.length > 0) {
    out.push(...entry.forms);
  } else {
    const at = entry.verbIndex ?? 0;
    const verb = entry.words[at];
    if (verb !== undefined) {
      for (const form of regularVerbForms(verb).slice(1)) {
        out.push(entry.words.map((w, i) => (i === at ? form : w)));
      }
    }
  }
  const seen = new Set<string>();
  return out.filter((words) => {
    const key = words.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function unique(words: string[]): string[] {
  return [...new Set(words)];
}
