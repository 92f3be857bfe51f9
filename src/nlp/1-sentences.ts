/**
 * Step 1 — sentence boundaries. wink's tokenizer already knows abbreviations (it keeps "Mr.",
 * "U.S.", "Jan." as one token), so every terminal token is a candidate end, judged here on
 * what follows. wink's own splitter stage is not run: it costs ~13% of a readDoc and still needs
 * the same corrections (unknown titles like "Adm.", ellipsis pieces, domains, `..." he said`).
 * Scraped news adds two kinds of end it never makes: a line break ends a sentence (headings,
 * list lines) and a period glued to a capitalised word ("structures.Russia's") ends one too.
 */
import type { Span } from '../domain/index.js';
import { isSpaceCode, type Reading } from './reader.js';
import { NUMBER_ABBREVIATIONS, SPEECH_VERBS, TITLE_ABBREVIATIONS } from './words.js';

const CLOSER_TOKENS: ReadonlySet<string> = new Set(['"', '”', '’', "'", ')', ']', '»']);
const TERMINALS = '.!?…';
/** Tags of words that open a sentence after an abbreviation ("... in the U.S. She said"). */
const OPENERS: ReadonlySet<string> = new Set(['PRON', 'DET', 'CCONJ', 'SCONJ', 'ADV', 'AUX', 'INTJ', 'ADP']);

/** Sentence spans in document offsets, trimmed of surrounding whitespace, in text order. */
export function splitSentences(reading: Reading): Span[] {
  const { text, values, starts, ends } = reading;
  const cuts: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    if (!TERMINALS.includes(value[value.length - 1] ?? ' ')) continue;
    const terminal = /^[.!?…]+$/.test(value);
    const abbreviation = !terminal && value.endsWith('.');
    if (!terminal && !abbreviation) continue;
    let cut = ends[i] ?? 0;
    let j = i + 1;
    while (j < values.length && starts[j] === cut && CLOSER_TOKENS.has(values[j] ?? '') && !isWordChar(text[cut + 1])) {
      cut = ends[j] ?? cut;
      j++;
    }
    while (j < values.length && reading.pos[j] === 'SPACE') j++;
    if (endsHere(reading, i, cut, j, abbreviation)) cuts.push(cut);
  }
  addLineEnds(text, cuts);
  addGluedEnds(text, cuts);
  const snapped = cuts.map((cut) => snapToToken(reading, cut)).sort((a, b) => a - b);
  return spansBetween(text, snapped);
}

/** Whether terminal token `i` (with closers, up to `cut`) ends a sentence; `next` is the next token. */
function endsHere(reading: Reading, i: number, cut: number, next: number, abbreviation: boolean): boolean {
  const { text, values } = reading;
  if (cut >= text.length) return true;
  // Glued to what follows: a domain, a decimal or an ellipsis piece; glued capitals are
  // judged by addGluedEnds.
  if (!isSpace(text[cut])) return false;
  const after = nextNonSpace(text, cut);
  if (after.newline) return true;
  if (isLower(after.char)) return false;
  const value = values[i] ?? '';
  if (abbreviation) {
    const word = value.slice(0, -1).toLowerCase();
    if (TITLE_ABBREVIATIONS.has(word)) return false;
    if (NUMBER_ABBREVIATIONS.has(word)) return !isDigit(after.char);
    if (word.length === 1 && isUpper(after.char)) return false;
    return OPENERS.has(reading.pos[next] ?? '');
  }
  if (value !== '.') return cut === reading.ends[i] || !saidAfter(reading, next);
  const previous = values[i - 1] ?? '';
  const attached = reading.ends[i - 1] === reading.starts[i];
  if (!attached) return true;
  const word = previous.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(word)) return false;
  if (NUMBER_ABBREVIATIONS.has(word) && isDigit(after.char)) return false;
  return !(previous.length === 1 && isUpper(previous) && isUpper(after.char));
}

/** `"Why now?" Peskov asked.`: a name and a speech verb after a quoted question continue it. */
function saidAfter(reading: Reading, from: number): boolean {
  let i = from;
  while (i < from + 6 && reading.pos[i] === 'PROPN') i++;
  if (reading.pos[i] === 'PRON') i = i === from ? i + 1 : i;
  return i > from && reading.pos[i] === 'VERB' && SPEECH_VERBS.has(reading.lemmas[i] ?? '');
}

/** True when the terminal at `at` is the period of an abbreviation that does not end a sentence here. */
function endsWithAbbreviation(text: string, at: number, following: string): boolean {
  if (text[at] !== '.') return false;
  let start = at;
  while (start > 0 && isLetter(text[start - 1])) start--;
  const word = text.slice(start, at);
  const lower = word.toLowerCase();
  if (TITLE_ABBREVIATIONS.has(lower)) return true;
  if (NUMBER_ABBREVIATIONS.has(lower) && isDigit(following)) return true;
  // An initial inside a name ("George W.Bush"), or a piece of a dotted acronym ("U.S.Army").
  if (word.length === 1 && isUpper(word) && isUpper(following)) {
    const before = text[start - 1];
    return before === undefined || isSpace(before) || before === '.';
  }
  return false;
}

/** A line break ends the line's sentence, unless the next line merely continues a wrapped one. */
function addLineEnds(text: string, cuts: number[]): void {
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    let end = nl;
    while (end > lineStart && isSpace(text[end - 1])) end--;
    if (end > lineStart) {
      const after = nextNonSpace(text, nl + 1);
      const blankLine = after.newline;
      const last = text[end - 1] ?? '';
      const continues = !blankLine && isLower(after.char) && !TERMINALS.includes(last) &&
        !isListLine(text, lineStart);
      if (!continues) cuts.push(end);
    }
    lineStart = nl + 1;
  }
}

/** "structures.Russia's", "dynamics.- Iran": a terminal glued to a new sentence. */
function addGluedEnds(text: string, cuts: number[]): void {
  for (const m of text.matchAll(/[.!?…]["”’)\]]*(?=[A-Z]|- )/g)) {
    const at = m.index;
    const cut = at + m[0].length;
    const following = text[cut] ?? '';
    if (!endsWithAbbreviation(text, at, following) && !isDomain(text, at)) cuts.push(cut);
  }
}

/** "Amazon.Com", "News.Google.com": a name with dots and no spaces, not two sentences. */
function isDomain(text: string, at: number): boolean {
  let stop = at + 1;
  while (stop < text.length && !isSpace(text[stop])) stop++;
  return /\.[a-z]{2,}\b/.test(text.slice(at + 1, stop)) || /^\.(?:com|org|net|gov|edu|io|co)\b/i.test(text.slice(at, stop));
}

function isListLine(text: string, lineStart: number): boolean {
  const start = nextNonSpace(text, lineStart);
  return start.char === '-' || start.char === '•' || start.char === '*';
}

/** Cuts never split a token: one inside a token moves to its end. */
function snapToToken(reading: Reading, cut: number): number {
  const { starts, ends } = reading;
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] ?? 0) < cut) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const end = found >= 0 ? (ends[found] ?? cut) : cut;
  return end > cut ? end : cut;
}

function spansBetween(text: string, cuts: number[]): Span[] {
  const spans: Span[] = [];
  let from = 0;
  const push = (a: number, b: number): void => {
    let start = a;
    let end = b;
    while (start < end && isSpace(text[start])) start++;
    while (end > start && isSpace(text[end - 1])) end--;
    if (end > start) spans.push({ start, end });
  };
  for (const cut of cuts) {
    if (cut <= from) continue;
    push(from, cut);
    from = cut;
  }
  push(from, text.length);
  return spans;
}

function nextNonSpace(text: string, from: number): { char: string; newline: boolean } {
  let newline = false;
  let i = from;
  while (i < text.length && isSpace(text[i])) {
    if (text[i] === '\n') newline = true;
    i++;
  }
  return { char: text[i] ?? '', newline };
}

function isSpace(c: string | undefined): boolean {
  return c !== undefined && isSpaceCode(c.charCodeAt(0));
}
function isUpper(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
function isLower(c: string): boolean {
  return c !== c.toUpperCase() && c === c.toLowerCase();
}
function isLetter(c: string | undefined): boolean {
  return c !== undefined && c.toLowerCase() !== c.toUpperCase();
}
function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}
function isWordChar(c: string | undefined): boolean {
  return c !== undefined && (isLetter(c) || isDigit(c));
}
