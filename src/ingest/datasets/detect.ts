/**
 * Which dataset a file holds, decided by its content: the JSON shape, a header row, or the number
 * of tab-separated columns of its first rows. The file name plays no part (GDELT names its files
 * `.CSV` although they are tab-separated, and users rename files).
 */
import { InputError } from '../../errors.js';
import type { DatasetFormat } from './layouts.js';
import { ICEWS, POLECAT, names } from './layouts.js';

export interface Detected {
  format: DatasetFormat;
  /** The file starts with a header row. */
  header: boolean;
  /** GDELT 1.0 only: the widths seen in the first rows (57 historical, 58 daily). */
  widths?: number[];
}

const SAMPLE_LINES = 50;

const key = (s: string): string => s.trim().toLowerCase();
const sameHeader = (fields: string[], expected: string[]): boolean =>
  fields.length === expected.length && fields.every((f, i) => key(f) === key(expected[i] ?? ''));

/** Complete lines of the head (the last may be cut off mid-line, so it is dropped when more exist). */
function sampleLines(head: string): string[] {
  const lines = head.split('\n');
  if (lines.length > 1) lines.pop();
  return lines.map((l) => l.replace(/\r$/, '')).filter((l) => l !== '').slice(0, SAMPLE_LINES);
}

function looksLikePlover(head: string): boolean {
  // PLOVER records (gold-standard files, POLECAT/ngec JSON output) carry an event type and actors.
  return /"event"\s*:/.test(head) && /"(source|target|date|id)"\s*:/.test(head);
}

/** The dataset of a file from its first bytes (decompressed); undefined when none fits. */
export function detectDataset(head: string): Detected | undefined {
  const text = head.replace(/^\uFEFF/, '');
  const start = text.trimStart();
  if (start.startsWith('[') || start.startsWith('{')) {
    return looksLikePlover(start) ? { format: 'plover', header: false } : undefined;
  }
  const lines = sampleLines(text);
  const first = lines[0];
  if (first === undefined) return undefined;
  const fields = first.split('\t');
  if (sameHeader(fields, names(ICEWS))) return { format: 'icews', header: true };
  if (sameHeader(fields, names(POLECAT))) return { format: 'polecat', header: true };
  const widths = [...new Set(lines.map((l) => l.split('\t').length))].sort((a, b) => a - b);
  const numericIds = lines.filter((l) => /^\d+\t/.test(l)).length;
  if (numericIds < lines.length * 0.8) return undefined;
  if (numericIds === lines.length && widths.every((w) => w === 57 || w === 58)) return { format: 'gdelt1', header: false, widths };
  if (widths.length === 1 && widths[0] === 61) return { format: 'gdelt2', header: false };
  if (widths.length === 1 && widths[0] === 16 && lines.every((l) => /^\d+\t\d{14}\t\d{14}\t/.test(l))) {
    return { format: 'gdelt2-mentions', header: false };
  }
  // A malformed row among the first ones should not hide an otherwise clear layout.
  const counts = new Map<number, number>();
  for (const l of lines) counts.set(l.split('\t').length, (counts.get(l.split('\t').length) ?? 0) + 1);
  const [common, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  if (n >= lines.length * 0.8 && lines.length >= 5) {
    if (common === 61) return { format: 'gdelt2', header: false };
    if (common === 57 || common === 58) return { format: 'gdelt1', header: false, widths: [common] };
    if (common === 16) return { format: 'gdelt2-mentions', header: false };
  }
  return undefined;
}

/** Like detectDataset, but says what was seen when nothing fits. */
export function requireDataset(head: string, label: string): Detected {
  const found = detectDataset(head);
  if (found) return found;
  const first = sampleLines(head.replace(/^\uFEFF/, ''))[0] ?? '';
  const width = first === '' ? 0 : first.split('\t').length;
  throw new InputError('INPUT_FORMAT', `${label}: not a known event dataset (first row has ${width} tab-separated fields)`, {
    hint: 'expected GDELT 1.0 (57/58 columns), GDELT 2.0 events (61) or mentions (16), ICEWS or POLECAT (tab-separated with header), or PLOVER JSON',
    location: { file: label, line: 1 },
  });
}
