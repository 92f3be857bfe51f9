/**
 * Publication dates as ISO `YYYY-MM-DD`. The calendar date is taken as written by the publisher
 * (no conversion to UTC), because a late-evening story in Tehran belongs to that day's news.
 */

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

/** `YYYY-MM-DD`, optionally followed by an ISO time and zone. */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;
/** RFC 822 / 2822 as used by RSS `pubDate`: `Tue, 04 Jun 2024 23:30:00 -0400`. */
const RFC822 = /^(?:[a-z]{3},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+(?:[+-]\d{4}|[a-z]{1,5}))?$/i;

export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last;
}

function format(year: number, month: number, day: number): string | undefined {
  if (!isCalendarDate(year, month, day)) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The ISO calendar date of a date or timestamp string, or undefined when it is not one. */
export function normaliseDate(input: string): string | undefined {
  const value = input.trim();
  const iso = ISO.exec(value);
  if (iso) return format(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const rfc = RFC822.exec(value);
  if (rfc) {
    const month = MONTHS[(rfc[2] ?? '').toLowerCase()];
    if (month === undefined) return undefined;
    let year = Number(rfc[3]);
    // Two-digit years in old feeds: RFC 2822 reads 00-49 as 20xx and 50-99 as 19xx.
    if ((rfc[3] ?? '').length === 2) year += year < 50 ? 2000 : 1900;
    return format(year, month, Number(rfc[1]));
  }
  return undefined;
}
