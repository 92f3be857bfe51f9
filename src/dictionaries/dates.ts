/**
 * Actor code brackets with TABARI date restrictions: `[USAGOV]`, `[IRNGOV >20130803]`,
 * `[HOB < 950601]`, `[USAGOV 20010120-20090120]`. `<` and `>` are strict (the day itself is
 * excluded, so `<20080120` and `20080120-...` do not overlap); ranges are inclusive. Six-digit
 * dates are YYMMDD with 00-29 read as 20xx and 30-99 as 19xx.
 */
import type { DatedCode } from '../domain/index.js';
import { bad } from './lines.js';

/** Actor codes: letters/digits, `---` (recognised but not coded), `/` between compound codes. */
const ACTOR_CODE = /^(?:---|\+\+\+|[A-Za-z0-9]+(?:\/[A-Za-z0-9]+)*)$/;
const PIVOT = 30;

export type ActorCode = { code: string; dated: false } | { code: DatedCode; dated: true };

const BRACKET = /^\s*([^\s<>]+)\s*(?:([<>])\s*(\d+)|(\d+)\s*-\s*(\d+)|(\S.*?))?\s*$/;

export function parseActorCode(inner: string): ActorCode {
  const m = BRACKET.exec(inner);
  const code = m?.[1] ?? '';
  if (!m || !ACTOR_CODE.test(code)) bad(`"[${inner.trim()}]" does not start with an actor code (expected e.g. [USAGOV] or [USAGOV >20010120])`);
  const op = m[2];
  const bound = m[3];
  const from = m[4];
  const to = m[5];
  const other = m[6];
  if (op !== undefined && bound !== undefined) {
    const day = parseDictDate(bound, inner);
    return op === '<' ? { code: { code, to: addDays(day, -1) }, dated: true } : { code: { code, from: addDays(day, 1) }, dated: true };
  }
  if (from !== undefined && to !== undefined) {
    const first = parseDictDate(from, inner);
    const last = parseDictDate(to, inner);
    if (first > last) bad(`date range "${from}-${to}" in "[${inner.trim()}]" ends before it starts`);
    return { code: { code, from: first, to: last }, dated: true };
  }
  if (other !== undefined) bad(`date restriction "${other}" in "[${inner.trim()}]" should be "<DATE", ">DATE" or "DATE-DATE"`);
  return { code, dated: false };
}

/** `YYYYMMDD` or `YYMMDD` to ISO `YYYY-MM-DD`, checking that the day exists. */
export function parseDictDate(digits: string, context: string): string {
  const n = digits.length;
  if (n !== 8 && n !== 6) bad(`date "${digits}" in "[${context.trim()}]" has ${n} digits (expected YYYYMMDD or YYMMDD)`);
  let year = num(digits, 0, n - 4);
  if (n === 6) year += year < PIVOT ? 2000 : 1900;
  const month = num(digits, n - 4, n - 2);
  const day = num(digits, n - 2, n);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) bad(`date "${digits}" in "[${context.trim()}]" is not a calendar day`);
  return iso(year, month, day);
}

/** Digits to a number without allocating substrings (the Phoenix files hold ~50 000 dates). */
function num(digits: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) v = v * 10 + digits.charCodeAt(i) - 48;
  return v;
}

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function addDays(isoDate: string, days: 1 | -1): string {
  let year = Number(isoDate.slice(0, 4));
  let month = Number(isoDate.slice(5, 7));
  let day = Number(isoDate.slice(8, 10)) + days;
  if (day < 1) {
    month -= 1;
    if (month < 1) { month = 12; year -= 1; }
    day = daysIn(year, month);
  } else if (day > daysIn(year, month)) {
    day = 1;
    month += 1;
    if (month > 12) { month = 1; year += 1; }
  }
  return iso(year, month, day);
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}
