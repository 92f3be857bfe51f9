import type { DatedCode } from '../domain/index.js';
import { officeAt } from './office-holders.js';
import type { OfficeHolder } from './office-holders.js';

export function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * A person's codes over time as non-overlapping ranges: where two offices overlap, the more senior
 * one's code holds (Musharraf as president, not as army chief). Adjacent ranges with the same code
 * are joined, so "Putin" is one RUSGOV range from 1999 on.
 */
export function datedCodesOf(holder: OfficeHolder): DatedCode[] {
  const points = new Set<string>();
  let open = false;
  for (const t of holder.terms) {
    points.add(t.from);
    if (t.to) points.add(dayAfter(t.to));
    else open = true;
  }
  const starts = [...points].sort();
  const out: DatedCode[] = [];
  starts.forEach((start, i) => {
    const office = officeAt(holder.id, start);
    if (!office) return;
    const next = starts[i + 1];
    const range: DatedCode = { code: office.code, from: start };
    if (next) range.to = previousDay(next);
    else if (!open) return;
    out.push(range);
  });
  return mergeDated(out);
}

function previousDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Joins ranges of the same code that overlap or touch; keeps the result sorted by start. */
export function mergeDated(ranges: DatedCode[]): DatedCode[] {
  const sorted = [...ranges].sort((a, b) => (a.from ?? '').localeCompare(b.from ?? '') || a.code.localeCompare(b.code));
  const out: DatedCode[] = [];
  for (const r of sorted) {
    const last = [...out].reverse().find((o) => o.code === r.code);
    const touches = last && (last.to === undefined || r.from === undefined || dayAfter(last.to) >= r.from);
    if (last && touches) {
      if (last.to !== undefined && (r.to === undefined || r.to > last.to)) {
        if (r.to === undefined) delete last.to;
        else last.to = r.to;
      }
    } else {
      out.push({ ...r });
    }
  }
  return out;
}

/** True when two ranges share at least one day. */
export function overlaps(a: DatedCode, b: DatedCode): boolean {
  const aFrom = a.from ?? '0000-00-00';
  const bFrom = b.from ?? '0000-00-00';
  return (a.to === undefined || bFrom <= a.to) && (b.to === undefined || aFrom <= b.to);
}
