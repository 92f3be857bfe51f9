/**
 * Reads the Phoenix issue-coding file (Phoenix.IssueCoding.txt). Its header documents nothing
 * beyond the title, so the format is read off the file itself:
 *
 *   <ISSUE CATEGORY="ENERGY" TYPE="ALL"> ... </ISSUE>   blocks of entries
 *   nuclear n:reactor [NUCLEAR_ENERGY]    phrase and code; without a code, the category applies
 *   n:word   the word and its regular plural        v:word   its regular verb forms
 *   a+b      both "a b" and "a-b"
 *   ~phrase  not this: a match inside it does not count for the category
 *   ~~phrase a story mentioning it is not coded for the category (acronym clashes such as EEC)
 *
 * Issue phrases match whole words (no stems), case-insensitively; words are stored upper-case.
 */
import type { IssueEntry, PhraseWord } from '../domain/index.js';
import { splitBrackets } from './codes.js';
import type { WarningSink } from './lines.js';
import { bad, dictionaryLines } from './lines.js';
import { pluralNoun, regularVerbForms } from './inflect.js';
import { parseWholePhrase, WordPool } from './phrase.js';

const OPEN = /^<ISSUE\s+CATEGORY\s*=\s*"([^"]+)"(?:\s+TYPE\s*=\s*"([^"]*)")?\s*>$/i;
const CLOSE = /^<\/ISSUE\s*>$/i;
const MAX_VARIANTS = 256;

export function readIssues(text: string, sink: WarningSink): IssueEntry[] {
  const issues: IssueEntry[] = [];
  const pool = new WordPool();
  let category: { name: string; line: number } | undefined;
  for (const line of dictionaryLines(text, sink)) {
    // The file has a few non-breaking spaces that were decoded as Mac Roman daggers.
    const t = line.text.replace(/[\u2020\u00a0]/g, ' ').trim();
    const open = OPEN.exec(t);
    if (open) {
      if (category) sink.warn(category.line, `<ISSUE CATEGORY="${category.name}"> is not closed before the next one`);
      category = { name: open[1] ?? '', line: line.no };
      continue;
    }
    if (CLOSE.test(t)) {
      if (!category) sink.warn(line.no, '</ISSUE> without an open <ISSUE>');
      category = undefined;
      continue;
    }
    const read = sink.attempt(line.no, () => parseIssueLine(t, category?.name, sink, line.no, pool));
    if (read) issues.push(...read);
  }
  if (category) sink.warn(category.line, `<ISSUE CATEGORY="${category.name}"> is never closed`);
  return issues;
}

function parseIssueLine(t: string, category: string | undefined, sink: WarningSink, no: number, pool: WordPool): IssueEntry[] {
  const id = sink.id(no);
  if (t.startsWith('<')) bad(`"${t}" is not an <ISSUE ...> tag (expected <ISSUE CATEGORY="NAME" TYPE="ALL">)`);
  const exclude = t.startsWith('~~') ? 'story' : t.startsWith('~') ? 'phrase' : undefined;
  const body = t.replace(/^~+/, '');
  const { head, groups, trailing } = splitBrackets(body);
  if (new Set(groups.map((g) => g.trim())).size > 1) bad(`issue "${t}" has two different codes`);
  if (trailing !== '') sink.warn(no, `text after the code ("${trailing}") ignored`);
  if (/[{}]/.test(head)) bad(`issue "${t}" contains "{" or "}"`);
  const given = groups[0]?.trim();
  if (given === '') bad(`issue "${t}" has an empty code "[]"`);
  // An exclusion belongs to its whole category, whatever code the line carries.
  const code = exclude ? category : given ?? category;
  if (code === undefined) bad(`issue "${t}" has no code and is outside any <ISSUE> block`);
  const variants = phraseVariants(head, pool);
  return variants.map((words) => {
    const entry: IssueEntry = { id, words, code };
    if (category !== undefined) entry.category = category;
    if (exclude) entry.exclude = exclude;
    return entry;
  });
}

/** All phrases a line stands for, after `n:`, `v:` and `+` expansion. */
function phraseVariants(text: string, pool: WordPool): PhraseWord[][] {
  // Most lines use no markers: one phrase, read directly.
  if (!/[+:]/.test(text)) {
    const words = parseWholePhrase(text, pool);
    if (words.length === 0) bad('issue line has no words');
    return [words];
  }
  let phrases: string[][] = [[]];
  for (const token of text.trim().split(/\s+/)) {
    if (token === '') continue;
    const options = tokenVariants(token);
    phrases = phrases.flatMap((p) => options.map((o) => [...p, ...o]));
    if (phrases.length > MAX_VARIANTS) bad(`issue "${text}" expands to more than ${MAX_VARIANTS} phrases`);
  }
  if (phrases.every((p) => p.length === 0)) bad('issue line has no words');
  return phrases.map((p) => p.map((w) => pool.get(w.toUpperCase(), false)));
}

/** One token's alternatives, each a list of words: `pre+n:school` -> [PRE SCHOOL], [PRE-SCHOOL], ... */
function tokenVariants(token: string): string[][] {
  const parts = token.split('+').filter((p) => p !== '');
  if (parts.length === 0) return [[]];
  let combos: string[][] = [[]];
  for (const part of parts) {
    const forms = wordForms(part);
    combos = combos.flatMap((c) => forms.map((f) => [...c, f]));
  }
  if (parts.length === 1) return combos;
  return combos.flatMap((c) => [c, [c.join('-')]]);
}

function wordForms(part: string): string[] {
  const m = /^([A-Za-z]):(.+)$/.exec(part);
  if (!m) return [part.toUpperCase()];
  const word = (m[2] ?? '').toUpperCase();
  const marker = (m[1] ?? '').toLowerCase();
  if (marker === 'n') return [word, pluralNoun(word)];
  if (marker === 'v') return regularVerbForms(word);
  return bad(`unknown word marker "${m[1] ?? ''}:" in "${part}" (expected n: or v:)`);
}
