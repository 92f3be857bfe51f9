/**
 * ISO calendar dates <-> DuckDB DATE (days since 1970-01-01). Checked here rather than left to
 * DuckDB so a bad date is reported with the record and field it came from.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since the epoch, or undefined when `iso` is not a real `YYYY-MM-DD` date (year 0001..9999). */
export function isoToDays(iso: string): number | undefined {
  const m = ISO_DATE.exec(iso);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1) return undefined;
  const d = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0..99 to 1900..1999.
  d.setUTCFullYear(year, month - 1, day);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return Math.round(d.getTime() / MS_PER_DAY);
}

export function isIsoDate(iso: string): boolean {
  return isoToDays(iso) !== undefined;
}
