/**
 * Turns nlp tokens (universal tags) or parse leaves (Penn tags) into the coder's Words: one tag
 * set, upper-case keys, and hyphenated tokens split into pieces ("Iran-Russia" -> IRAN - RUSSIA)
 * so the names inside them are found; dictionary words are split the same way when compiled.
 */
import type { Token } from '../domain/index.js';
import type { Tag, Word } from './types.js';

const NEGATORS = new Set(['NOT', "N'T", 'NEVER', 'NO']);
const COMPLEMENTISERS = new Set([
  'THAT', 'WHETHER', 'IF', 'BECAUSE', 'WHILE', 'ALTHOUGH', 'THOUGH', 'WHEN', 'UNLESS', 'SINCE', 'AFTER',
  'BEFORE', 'UNTIL', 'AS', 'WHERE', 'WHEREAS',
]);
const UNIVERSAL: Record<string, Tag> = {
  NOUN: 'N', PROPN: 'NP', VERB: 'V', AUX: 'AUX', ADJ: 'ADJ', ADV: 'ADV', DET: 'DET', PRON: 'PRON',
  ADP: 'ADP', CCONJ: 'CC', SCONJ: 'SC', NUM: 'NUM', PUNCT: 'PUNCT', SYM: 'PUNCT', INTJ: 'X', X: 'X',
  SPACE: 'PUNCT', PART: 'X',
};

/** Maps a universal or Penn tag (plus the word) to the coder's tag. */
export function tagOf(pos: string, up: string): Tag {
  if (NEGATORS.has(up) && (pos === 'PART' || pos === 'ADV' || pos === 'RB' || pos === 'DET' || pos === 'DT')) {
    return up === 'NO' ? 'DET' : 'NEG';
  }
  if (pos === 'PART' || pos === 'POS') {
    if (up === "'S" || up === "'" || up === '’S' || up === '’') return 'POSS';
    if (up === 'TO') return 'TO';
    return 'X';
  }
  const u = UNIVERSAL[pos];
  if (u) return u;
  switch (pos) {
    case 'NN': case 'NNS': return 'N';
    case 'NNP': case 'NNPS': return 'NP';
    case 'VB': case 'VBD': case 'VBG': case 'VBN': case 'VBP': case 'VBZ': return 'V';
    case 'MD': return 'AUX';
    case 'JJ': case 'JJR': case 'JJS': return 'ADJ';
    case 'RB': case 'RBR': case 'RBS': case 'RP': case 'WRB': return 'ADV';
    case 'DT': case 'PDT': return 'DET';
    case 'WDT': return 'SC';
    case 'PRP': case 'PRP$': case 'WP': case 'WP$': case 'EX': return 'PRON';
    case 'TO': return 'TO';
    case 'IN': return COMPLEMENTISERS.has(up) && up !== 'AFTER' && up !== 'BEFORE' && up !== 'SINCE' && up !== 'AS' ? 'SC' : 'ADP';
    case 'CC': return 'CC';
    case 'CD': return 'NUM';
    default: return /^[A-Z]/.test(pos) ? 'X' : 'PUNCT';
  }
}

export interface RawWord {
  text: string;
  pos: string;
  start: number;
  end: number;
  lemma?: string;
}

const HYPHEN_SPLIT = /([-‐‑–])/;

/**
 * Builds Words. Hyphenated tokens are split into pieces ("Iran-Russia" -> IRAN - RUSSIA) so the
 * names inside them are found; dictionary words are split the same way when compiled.
 */
export function buildWords(raw: readonly RawWord[]): Word[] {
  const words: Word[] = [];
  for (let k = 0; k < raw.length; k++) {
    const t = raw[k]!;
    const text = t.text;
    if (text.length > 1 && needsSplit(text)) splitInto(words, t);
    else pushWord(words, text, t.pos, t.start, t.lemma);
  }
  return words;
}

/** A quick scan: does the token hold a hyphen or underscore between other characters? */
function needsSplit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 45 || c === 95 || c === 0x2010 || c === 0x2011 || c === 0x2013) return true;
  }
  return false;
}

function splitInto(words: Word[], t: RawWord): void {
  let at = t.start;
  // "Dol_Amroth": TABARI-style joins in text are word breaks.
  if (t.text.includes('_') && /[A-Za-z]/.test(t.text)) {
    for (const piece of t.text.split(/(_+)/)) {
      if (piece.length > 0 && !piece.startsWith('_')) pushWord(words, piece, t.pos, at, undefined);
      at += piece.length;
    }
    return;
  }
  if (isHyphen(t.text)) {
    pushWord(words, t.text, t.pos, t.start, t.lemma);
    return;
  }
  for (const piece of t.text.split(HYPHEN_SPLIT)) {
    if (piece.length === 0) continue;
    pushWord(words, piece, isHyphen(piece) ? 'PUNCT' : t.pos, at, undefined);
    at += piece.length;
  }
}

function pushWord(words: Word[], text: string, pos: string, start: number, lemma: string | undefined): void {
  // One apostrophe for keys: dictionaries write "PEOPLE'S", news often ’s.
  const up = text.includes('’') ? text.toUpperCase().replace(/’/g, "'") : text.toUpperCase();
  let tag = tagOf(pos, up);
  const prev = words[words.length - 1];
  // The last piece of "state-run" is not a verb of the sentence.
  if (prev !== undefined && prev.end === start && (tag === 'V' || tag === 'AUX') && isHyphen(prev.text)) tag = 'ADJ';
  const lem = lemma === undefined || lemma === text ? up : lemma.toUpperCase();
  words.push({ i: words.length, text, up, lemma: lem, tag, pos, start, end: start + text.length });
}

export function isHyphen(text: string): boolean {
  return text.length === 1 && HYPHEN_SPLIT.test(text);
}

/** Splits dictionary words at hyphens the same way input words are split. */
export function splitHyphens(text: string): string[] {
  if (text.length <= 1 || !HYPHEN_SPLIT.test(text)) return [text];
  return text.split(HYPHEN_SPLIT).filter((p) => p.length > 0);
}

export function wordsFromTokens(tokens: readonly Token[]): Word[] {
  return buildWords(tokens);
}
