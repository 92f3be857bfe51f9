/**
 * Gaps in what was loaded, so no one analyses incomplete data without knowing it. Pure functions:
 * GDELT 2.0 publishes one file every 15 minutes, so the expected slots between two times are
 * known and the missing ones are listed; for daily data, the days of a range with nothing loaded.
 */

const SLOT_MS = 15 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A run of missing slots or days, inclusive; `count` of them. */
export interface Gap {
  from: string;
  to: string;
  count: number;
}

/** `YYYY-MM-DDTHH:MM:SS` from the 14-digit GDELT timestamp in a file name or DATEADDED. */
export function gdeltTimestamp(digits: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(digits);
  if (!m) return undefined;
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}`;
  return Number.isNaN(Date.parse(`${iso}Z`)) ? undefined : iso;
}

/** The time slot a file name carries (`20150218230000.export.CSV.zip` or `20160728.export.CSV`). */
export function fileTimeFromName(name: string): string | undefined {
  const base = name.split(/[\\/]/).pop() ?? name;
  const long = /(?:^|\D)(\d{14})(?:\D|$)/.exec(base);
  if (long?.[1]) return gdeltTimestamp(long[1]);
  const day = /(?:^|\D)(\d{8})(?:\D|$)/.exec(base);
  return day?.[1] ? gdeltTimestamp(`${day[1]}000000`) : undefined;
}

const ms = (iso: string): number => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : `${iso}Z`);
const isoTime = (t: number): string => new Date(t).toISOString().slice(0, 19);
const isoDay = (t: number): string => new Date(t).toISOString().slice(0, 10);

function runs(missing: number[], step: number, format: (t: number) => string): Gap[] {
  const gaps: Gap[] = [];
  for (const t of missing) {
    const last = gaps[gaps.length - 1];
    if (last && ms(last.to) + step === t) {
      last.to = format(t);
      last.count++;
    } else {
      gaps.push({ from: format(t), to: format(t), count: 1 });
    }
  }
  return gaps;
}

/**
 * Missing 15-minute slots between `from` and `to` (inclusive; default: the first and last time
 * seen). Times not on a slot boundary are floored to it.
 */
export function missingSlots(times: readonly string[], from?: string, to?: string): Gap[] {
  const seen = new Set(times.map((t) => Math.floor(ms(t) / SLOT_MS) * SLOT_MS).filter((t) => !Number.isNaN(t)));
  if (seen.size === 0 && (from === undefined || to === undefined)) return [];
  const sorted = [...seen].sort((a, b) => a - b);
  const start = Math.floor(ms(from ?? isoTime(sorted[0] ?? 0)) / SLOT_MS) * SLOT_MS;
  const endMs = to !== undefined && to.length === 10 ? ms(to) + DAY_MS - SLOT_MS : ms(to ?? isoTime(sorted[sorted.length - 1] ?? 0));
  const end = Math.floor(endMs / SLOT_MS) * SLOT_MS;
  const missing: number[] = [];
  for (let t = start; t <= end; t += SLOT_MS) if (!seen.has(t)) missing.push(t);
  return runs(missing, SLOT_MS, isoTime);
}

/** Days between `from` and `to` (inclusive) that are in none of the covered days. */
export function missingDays(covered: readonly string[], from: string, to: string): Gap[] {
  const seen = new Set(covered.map((d) => ms(d.slice(0, 10))));
  const missing: number[] = [];
  for (let t = ms(from); t <= ms(to); t += DAY_MS) if (!seen.has(t)) missing.push(t);
  return runs(missing, DAY_MS, isoDay);
}
