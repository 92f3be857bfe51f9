/**
 * Phrases as TABARI writes them: words joined by `_` (or, in older files, spaces). A word
 * followed by `_` must match whole; any other word is a stem (TABARI's default), so
 * `ARGENTIN` matches ARGENTINA and `UNITED_STATES_` matches only "united states".
 */
import type { PhraseWord } from '../domain/index.js';
import { bad } from './lines.js';

/**
 * Shares one frozen PhraseWord per distinct word within a file. The big actor files repeat
 * the same few thousand words tens of thousands of times; sharing them cuts the retained
 * objects the garbage collector has to copy while the file loads.
 */
export class WordPool {
  private readonly whole = new Map<string, PhraseWord>();
  private readonly stems = new Map<string, PhraseWord>();

  get(text: string, prefix: boolean): PhraseWord {
    const map = prefix ? this.stems : this.whole;
    let word = map.get(text);
    if (!word) map.set(text, (word = Object.freeze({ text, prefix })));
    return word;
  }
}

/** Parses a phrase; words are upper-cased. Empty words (`A__`, `_A`) are dropped. */
export function parsePhrase(text: string, pool?: WordPool): PhraseWord[] {
  const words: PhraseWord[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const isSpace = c === 32 || c === 9 || c === 13 || c === 10 || c === 12 || c === 160;
    if (c !== 95 && !isSpace) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      const up = text.slice(start, i).toUpperCase();
      const prefix = c !== 95; // `_` after a word makes it whole
      words.push(pool ? pool.get(up, prefix) : { text: up, prefix });
      start = -1;
    }
  }
  // Pushing onto [] reserves room for 17 elements; across 30 000 actor names that is most of
  // the memory they take, so the result is copied to an exactly sized array.
  return words.slice();
}

/** Parses a phrase whose words always match whole (agents, issues, verb particles). */
export function parseWholePhrase(text: string, pool?: WordPool): PhraseWord[] {
  return parsePhrase(text).map((w) => (pool ? pool.get(w.text, false) : { text: w.text, prefix: false }));
}

/** The phrase's words joined by spaces: the canonical, human-readable form. */
export function phraseText(words: readonly PhraseWord[]): string {
  return words.map((w) => w.text).join(' ');
}

/** Rejects text that still carries TABARI syntax where a plain phrase is expected. */
export function checkPhraseText(text: string, what: string): void {
  const stray = /[[\]{}]/.exec(text);
  if (stray) bad(`${what} "${text.trim()}" contains an unbalanced or misplaced "${stray[0]}"`);
  if (text.trim() === '') bad(`${what} is empty`);
}
