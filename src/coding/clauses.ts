/**
 * Clause segmentation without a parser: a sentence is cut into contiguous clauses at
 * complementisers, relative pronouns, "to" + verb, coordinated verb phrases, participles after a
 * comma and reporting clauses (", a senior official said"). Each clause knows its parent and how
 * it hangs from it; that decides subjects and how far a verb may look for its target.
 */
import type { Clause, ClauseKind, VerbGroup, Word } from './types.js';

const ADVERBIAL = new Set(['AFTER', 'BEFORE', 'SINCE', 'UNTIL', 'WHILE', 'WHEN', 'BECAUSE', 'ALTHOUGH', 'THOUGH', 'UNLESS', 'IF', 'AS', 'WHEREAS', 'ONCE', 'WHERE']);
const COMPLEMENT = new Set(['THAT', 'WHETHER']);
const RELATIVE = new Set(['WHO', 'WHICH', 'WHOM', 'WHOSE']);
const NP_WORDS = new Set(['DET', 'ADJ', 'NUM', 'N', 'NP', 'POSS', 'PRON']);

type Group = Omit<VerbGroup, 'clause'>;

export interface Segmentation {
  clauses: Clause[];
  clauseOf: Int32Array;
}

/** The clauses cut so far; `cur` is the one words are added to. */
interface Cutting {
  words: readonly Word[];
  startsAt: Map<number, Group>;
  clauses: Clause[];
  cur: number;
}

// Module functions over a state object rather than closures made per sentence.
function open(s: Cutting, at: number, kind: ClauseKind, parent: number, antecedent?: number): void {
  const c = s.clauses[s.cur]!;
  if (at <= c.start) {
    // Nothing in the current clause yet: retype it instead of leaving an empty one.
    c.kind = kind;
    c.parent = parent === s.cur ? c.parent : parent;
    if (antecedent !== undefined) c.antecedent = antecedent;
    return;
  }
  c.end = at;
  const clause: Clause = { id: s.clauses.length, start: at, end: s.words.length, parent, kind };
  if (antecedent !== undefined) clause.antecedent = antecedent;
  s.clauses.push(clause);
  s.cur = clause.id;
}

/** Index of the first verb group after `from` reached over noun-phrase words only. */
function verbAfterNp(s: Cutting, from: number): number {
  const { words } = s;
  let k = from;
  for (;;) {
    while (k < words.length && (NP_WORDS.has(words[k]!.tag) || words[k]!.text === '-')) k++;
    // "the World Food Program (WFP) said": a short parenthesis inside the noun phrase.
    if (k > from && words[k]?.text === '(' && words[k + 2]?.text === ')') k += 3;
    else if (k > from && words[k]?.text === '(' && words[k + 3]?.text === ')') k += 4;
    else break;
  }
  return k > from && s.startsAt.has(k) ? k : -1;
}

export function segmentClauses(words: readonly Word[], groups: readonly Group[]): Segmentation {
  const startsAt = new Map<number, Group>();
  for (const g of groups) startsAt.set(g.start, g);
  const clauses: Clause[] = [{ id: 0, start: 0, end: words.length, parent: -1, kind: 'main' }];
  const s: Cutting = { words, startsAt, clauses, cur: 0 };
  const attribution = attributionStart(words);
  const speechEnds = new Set<number>();
  for (const g of groups) if (g.head >= 0 && isSpeech(words[g.head]!) && verbAfterNp(s, g.end) >= 0) speechEnds.add(g.end);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    const parentNow = clauses[s.cur]!;
    if (i === attribution) {
      // ", a spokeswoman for the U.S. embassy said.": the report's source, a clause of its own.
      open(s, i, 'main', -1);
      continue;
    }
    if (speechEnds.has(i) && w.tag !== 'SC' && w.up !== 'THAT') {
      // "Gallant said the strikes had hit ...": a complement clause without "that".
      open(s, i, 'comp', s.cur);
      continue;
    }
    if (w.up === ',' && parentNow.kind === 'rel' && words[parentNow.start - 1]?.up === ',' && startsAt.has(i + 1)) {
      // "Iran, which attacked Israel, denied it": the comma closes the relative clause and the
      // verb after it continues the clause around it.
      open(s, i, 'coord', parentNow.parent);
    } else if (RELATIVE.has(w.up) && i > 0) {
      const ante = words[i - 1]!.up === ',' ? i - 2 : i - 1;
      open(s, i, 'rel', s.cur, ante);
    } else if (w.up === 'THAT' && i > 0 && (words[i - 1]!.tag === 'N' || words[i - 1]!.tag === 'NP') && startsAt.has(i + 1)) {
      // "a group that had attacked Israel": a relative clause whose subject is the noun.
      open(s, i, 'rel', s.cur, i - 1);
    } else if (COMPLEMENT.has(w.up) && (w.tag === 'SC' || w.up === 'WHETHER' || w.tag === 'ADP')) {
      open(s, i, 'comp', s.cur);
    } else if (w.up === 'THAT' && verbAfterNp(s, i + 1) >= 0 && w.tag !== 'DET') {
      open(s, i, 'comp', s.cur);
    } else if (ADVERBIAL.has(w.up) && (w.tag === 'SC' || w.tag === 'ADP' || w.tag === 'ADV') && (verbAfterNp(s, i + 1) >= 0 || startsAt.has(i + 1))) {
      open(s, i, 'adv', s.cur);
    } else if (w.tag === 'TO' || (w.up === 'TO' && next !== undefined && startsAt.has(i + 1))) {
      const g = startsAt.get(i + 1);
      if (g) open(s, i, 'inf', s.cur);
    } else if (w.tag === 'CC' && next) {
      if (startsAt.has(i + 1) || (next.tag === 'ADV' && startsAt.has(i + 2))) {
        const g = startsAt.get(i + 1) ?? startsAt.get(i + 2)!;
        const head = words[g.head >= 0 ? g.head : g.start]!;
        // "urged X to show restraint and offered help": a finite verb joins the finite clause above.
        let with_ = parentNow.kind === 'coord' ? parentNow.parent : s.cur;
        while (head.up !== head.lemma && with_ >= 0 && clauses[with_]!.kind === 'inf') with_ = clauses[with_]!.parent;
        open(s, i, 'coord', with_ < 0 ? s.cur : with_);
      } else if (verbAfterNp(s, i + 1) >= 0 && hasVerb(groups, parentNow.start, i)) {
        open(s, i, 'main', parentNow.parent);
      }
    } else if (w.up === ',' && next) {
      // '... law," Zakharova said': a closing quote after the comma belongs to what went before.
      const j = /^["”’']+$/.test(next.text) && words[i + 2] !== undefined ? i + 1 : i;
      const g = startsAt.get(j + 1);
      if (g && g.head === j + 1 && words[j + 1]!.tag === 'V' && !isSpeech(words[j + 1]!)) {
        open(s, i, 'part', s.cur);
      } else if (g && isSpeech(words[g.head] ?? words[j + 1]!)) {
        open(s, i, 'main', -1); // ", said Zakharova": a reporting clause, subject after the verb
      } else if (verbAfterNp(s, j + 1) >= 0 && hasVerb(groups, parentNow.start, i)) {
        open(s, i, 'main', -1);
      }
    } else if (w.up === ';' || (w.up === ':' && hasVerb(groups, parentNow.start, i))) {
      open(s, i, 'main', -1);
    }
  }
  const clauseOf = new Int32Array(words.length);
  for (const c of clauses) for (let k = c.start; k < c.end; k++) clauseOf[k] = c.id;
  return { clauses, clauseOf };
}

const REPORTING = new Set(['SAID', 'SAYS', 'SAY', 'REPORTED', 'REPORTS', 'TOLD', 'ADDED', 'ANNOUNCED', 'CONFIRMED', 'STATED', 'CLAIMED', 'WROTE']);

/** Start of a closing attribution (", a spokeswoman for the U.S. embassy said.", ", according to
 * Pakistani officials."): who reports an event is not a party to it. words.length when none. */
export function attributionStart(words: readonly Word[]): number {
  let comma = -1;
  for (let k = words.length - 1; k > 0 && words.length - k <= 16; k--) {
    if (words[k]!.up === ',') {
      comma = k;
      break;
    }
  }
  if (comma < 0) return words.length;
  if (words[comma + 1]?.up === 'ACCORDING' && words[comma + 2]?.up === 'TO') return comma;
  for (let k = comma + 1; k < words.length; k++) if (REPORTING.has(words[k]!.up)) return comma;
  return words.length;
}

function hasVerb(groups: readonly Group[], from: number, to: number): boolean {
  return groups.some((g) => g.start >= from && g.start < to);
}

const SPEECH = new Set([
  'SAY', 'SAID', 'SAYS', 'ADD', 'ADDED', 'NOTE', 'NOTED', 'STATE', 'STATED', 'REPORT', 'REPORTED', 'ANNOUNCE',
  'ANNOUNCED', 'CONFIRM', 'CONFIRMED', 'ARGUE', 'ARGUED', 'INSIST', 'INSISTED', 'BELIEVE', 'BELIEVED', 'THINK', 'THOUGHT',
  'CLAIM', 'CLAIMED', 'WARN', 'WARNED', 'COMPLAIN', 'COMPLAINED', 'DENY', 'DENIED', 'ADMIT', 'ADMITTED',
]);

export function isSpeech(w: Word): boolean {
  return SPEECH.has(w.up) || SPEECH.has(w.lemma);
}

/** True when clause `c` is `ancestor` or hangs below it. */
export function isWithin(clauses: readonly Clause[], c: number, ancestor: number): boolean {
  let k = c;
  while (k >= 0) {
    if (k === ancestor) return true;
    k = clauses[k]!.parent;
  }
  return false;
}
