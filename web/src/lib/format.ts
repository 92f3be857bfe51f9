/** Display formats shared by every page; dates stay ISO-like so they sort and read the same everywhere. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2025-01-17` → `17 Jan 2025`; anything else is returned as given. */
export function formatDay(iso: string | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** Period keys as the analysis writes them: `2025-06` → `Jun 2025`, `2025-W24`/`2025-Q2` unchanged. */
export function formatPeriod(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) {
    const month = MONTHS[Number(m[2]) - 1];
    if (month) return `${month} ${m[1]}`;
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(period) ? formatDay(period) : period;
}

/** Signed with a real minus sign, so "−12.5" is not read as a dash. */
export function formatSigned(n: number, digits = 1): string {
  if (!Number.isFinite(n)) return '–';
  const s = Math.abs(n).toFixed(digits);
  if (Number(s) === 0) return (0).toFixed(digits);
  return n > 0 ? `+${s}` : `−${s}`;
}

export function formatCount(n: number): string {
  return Number.isFinite(n) ? n.toLocaleString('en-GB') : '–';
}

export const QUAD_NAMES: Record<number, string> = {
  1: 'Verbal cooperation',
  2: 'Material cooperation',
  3: 'Verbal conflict',
  4: 'Material conflict',
};

export function quadName(quad: number): string {
  return QUAD_NAMES[quad] ?? `Quad ${quad}`;
}

/** `1.5 MB` for upload sizes. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
