/**
 * Step 4 — dates in a sentence, resolved against the document date. chrono-node reads the
 * expressions; this step decides what they mean in news: an undated "June 13" or "in April" is
 * the most recent one on or before the article, so is a bare weekday unless the sentence speaks
 * of the future, and a bare number is a year only after a preposition of time ("in 1586").
 */
import * as chrono from 'chrono-node';
import type { DateMention, DatePrecision, Token } from '../domain/index.js';
import { addDays, type Day, formatDay, mondayOf, weekday } from './calendar.js';

/** Words that can start a date; a sentence must hold one before chrono (~30 µs a call) sees it.
 * Read off the tokens, which costs about two thirds of a regular expression over the text. */
const CUE_WORDS: ReadonlySet<string> = new Set([
  ...'January February March April May June July August September October November December'.split(' '),
  ...'Jan Jan. Feb Feb. Mar Mar. Apr Apr. Jun Jun. Jul Jul. Aug Aug. Sep Sep. Sept Sept. Oct Oct. Nov Nov. Dec Dec.'.split(' '),
  ...'january february april june july august september october november december'.split(' '),
  ...'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split(' '),
  ...'monday tuesday wednesday thursday friday saturday sunday'.split(' '),
  ...'yesterday Yesterday today Today tonight Tonight tomorrow Tomorrow ago'.split(' '),
]);
const PERIOD_WORDS: ReadonlySet<string> = new Set(['week', 'weekend', 'month', 'year', 'night', 'morning', 'afternoon', 'evening']);
const SHIFT_WORDS: ReadonlySet<string> = new Set(['last', 'next', 'this', 'past', 'coming', 'previous']);

/** What the sentence may hold: nothing, only bare years (no need for chrono), or more. */
function dateCue(tokens: readonly Token[]): 'none' | 'year' | 'date' {
  let cue: 'none' | 'year' = 'none';
  for (let i = 0; i < tokens.length; i++) {
    const text = (tokens[i] as Token).text;
    if (CUE_WORDS.has(text)) return 'date';
    const c = text.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      if (/^\d{1,4}[/.-]\d/.test(text)) return 'date';
      if (text.length === 4 && /^\d{4}$/.test(text)) cue = 'year';
    } else if (PERIOD_WORDS.has(text) && SHIFT_WORDS.has(tokens[i - 1]?.lower ?? '')) return 'date';
    // "mid-June", "pre-Friday": the tokenizer keeps a hyphenated word whole.
    else if (text.includes('-') && CUE_WORDS.has(text.slice(text.lastIndexOf('-') + 1))) return 'date';
  }
  return cue;
}

const RELATIVE = /\b(?:yesterday|today|tonight|tomorrow|ago|last|next|this|past|coming|previous)\b/i;
const FUTURE = /\b(?:will|shall|won['’]t|going to|(?:is|are) (?:set|due|scheduled|expected|slated|planned) to|plans? to|to be held)\b|['’]ll\b/i;
const LOWER_MONTH = /\b(?:may|march|june|july|august)\b/;
const LEADING_WORD = /^(?:on|in|at|by|since|from|until|during|of)\s+/i;
const YEAR = /\b(?:in|since|by|until|till|from|before|after|during|between|around|circa|through|of)\s+((?:1[0-9]|20)[0-9]{2})\b(?!\s*(?:%|percent))/gi;
const NEXT_YEAR = /\b(?:and|to|through|until|-|–)\s*((?:1[0-9]|20)[0-9]{2})\b/gi;

/**
 * Dates mentioned in one sentence. `reference` is the document date; without it, expressions
 * that need one (relative ones, and month-day dates without a year) are left out rather than
 * resolved against the wrong day.
 */
export function findDates(text: string, tokens: readonly Token[], reference: Day | undefined): DateMention[] {
  const cue = dateCue(tokens);
  if (cue === 'none') return [];
  const mentions: DateMention[] = [];
  if (cue === 'date') {
    const future = FUTURE.test(text);
    const instant = reference ? new Date(Date.UTC(reference.y, reference.m - 1, reference.d, 12)) : new Date(Date.UTC(2000, 5, 15, 12));
    for (const result of chrono.parse(text, { instant, timezone: 0 }, { forwardDate: false })) {
      const mention = resolve(result, reference, future);
      if (mention) mentions.push(mention);
    }
  }
  addYears(text, tokens, mentions);
  return mentions.sort((a, b) => a.start - b.start);
}

function resolve(result: chrono.ParsedResult, ref: Day | undefined, future: boolean): DateMention | undefined {
  let text = result.text;
  let start = result.index;
  const lead = LEADING_WORD.exec(text);
  if (lead) {
    start += lead[0].length;
    text = text.slice(lead[0].length);
  }
  text = text.replace(/[\s,.;:]+$/, '');
  // "march" and "may" in lower case are a verb and a modal; narrative offsets ("a day after")
  // count from another event, not from the article; "now" and bare times name no date.
  if (LOWER_MONTH.test(text) || /\b(?:after|before|later|earlier)$/i.test(text) || /^(?:now|right now)$/i.test(text)) return undefined;
  const c = result.start;
  const got = (k: 'year' | 'month' | 'day'): number => c.get(k) ?? 0;
  const certain = { y: c.isCertain('year'), m: c.isCertain('month'), d: c.isCertain('day'), w: c.isCertain('weekday') };
  const relative = RELATIVE.test(text) || (certain.w && !certain.m);
  const end = start + text.length;
  const make = (day: Day, precision: DatePrecision): DateMention => ({ text, start, end, date: formatDay(day, precision), precision, relative });
  const chronoDay: Day = { y: got('year'), m: got('month'), d: got('day') };
  if (relative) {
    if (!ref) return undefined;
    // chrono starts weeks on Sunday; news weeks start on Monday, and a week resolves to its Monday.
    if (/\bweek\b/i.test(text) && !/\bago\b/i.test(text)) {
      const shift = /\b(?:last|past|previous)\b/i.test(text) ? -7 : /\b(?:next|coming)\b/i.test(text) ? 7 : 0;
      return make(mondayOf(addDays(ref, shift)), 'day');
    }
    if (/\bmonths?\b/i.test(text)) return make(chronoDay, 'month');
    if (/\byears?\b/i.test(text)) return make(chronoDay, 'year');
    if (certain.w && !certain.m && !/\b(?:last|next|this|past|coming|previous)\b/i.test(text)) {
      return make(nearestWeekday(ref, c.get('weekday') ?? 0, future), 'day');
    }
    return make(chronoDay, 'day');
  }
  if (!certain.m && !certain.y) return undefined;
  if (!certain.y && !ref) return undefined;
  const precision: DatePrecision = certain.d ? 'day' : certain.m ? 'month' : 'year';
  const y = certain.y || !ref ? chronoDay.y : inferYear(ref, chronoDay.m, certain.d ? chronoDay.d : 1, precision, future);
  return make({ y, m: chronoDay.m, d: chronoDay.d }, precision);
}

/** The year of an undated month (and day): the latest on or before the article, or the next one. */
function inferYear(ref: Day, m: number, d: number, precision: DatePrecision, future: boolean): number {
  const after = precision === 'month' ? m > ref.m : m > ref.m || (m === ref.m && d > ref.d);
  const before = precision === 'month' ? m < ref.m : m < ref.m || (m === ref.m && d < ref.d);
  if (future) return before ? ref.y + 1 : ref.y;
  return after ? ref.y - 1 : ref.y;
}

function nearestWeekday(ref: Day, target: number, future: boolean): Day {
  const today = weekday(ref);
  return future ? addDays(ref, (target - today + 7) % 7) : addDays(ref, -((today - target + 7) % 7));
}

/** "in 1586", "since 2004", "between 2004 and 2010": years chrono does not read on their own. */
function addYears(text: string, tokens: readonly Token[], mentions: DateMention[]): void {
  const taken = (s: number, e: number): boolean => mentions.some((m) => s < m.end && e > m.start);
  const push = (match: RegExpExecArray): void => {
    const year = match[1] ?? '';
    const start = match.index + match[0].length - year.length;
    const end = start + year.length;
    if (taken(start, end) || countsSomething(tokens, end)) return;
    mentions.push({ text: year, start, end, date: `${year}-01-01`, precision: 'year', relative: false });
  };
  let found = false;
  for (const match of text.matchAll(YEAR)) {
    const before = mentions.length;
    push(match);
    found ||= mentions.length > before;
  }
  if (found) for (const match of text.matchAll(NEXT_YEAR)) push(match);
}

/** "in 1586 cases": a number followed by a noun counts things; it is not a year. */
function countsSomething(tokens: readonly Token[], end: number): boolean {
  const at = tokens.findIndex((t) => t.end === end);
  return at >= 0 && tokens[at + 1]?.pos === 'NOUN';
}
