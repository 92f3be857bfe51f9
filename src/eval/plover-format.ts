/**
 * Printing a PLOVER evaluation: one line per half (dev, held-out, all) with the full and the
 * type-only score, a per-type table for the chosen half, and with `diff` the records of that
 * half whose gold event was not found (what was coded instead).
 */
import type { Score } from './compare.js';
import type { PloverReport, PloverScores } from './plover.js';

export type PloverHalfChoice = 'dev' | 'heldout' | 'all';

export interface PloverFormatOptions {
  /** Which half the per-type table and the diff show (default all). */
  half?: PloverHalfChoice;
  diff?: boolean;
  json?: boolean;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(6);
/** Precision of a type nothing was predicted for is undefined, not 100 %. */
const prec = (s: Score): string => (s.tp + s.fp === 0 ? '     –' : pct(s.precision));
const prf = (s: Score): string => `P ${pct(s.precision)} R ${pct(s.recall)} F1 ${pct(s.f1)}`;

function summary(name: string, s: PloverScores): string {
  return `${name.padEnd(9)} ${String(s.records).padStart(4)} records  full: ${prf(s.full)}  type only: ${prf(s.typeOnly)}`;
}

function table(s: PloverScores): string[] {
  const lines = ['type        gold   full: P      R      F1   type only: P      R      F1'];
  for (const [type, row] of Object.entries(s.byType)) {
    const f = row.full;
    const t = row.typeOnly;
    lines.push(`${type.padEnd(10)} ${String(row.gold).padStart(5)}   ${prec(f)} ${pct(f.recall)} ${pct(f.f1)}      ${prec(t)} ${pct(t.recall)} ${pct(t.f1)}`);
  }
  return lines;
}

export function formatPloverReport(report: PloverReport, options: PloverFormatOptions = {}): string {
  const half = options.half ?? 'all';
  if (options.json) {
    const results = half === 'all' ? report.results : report.results.filter((r) => r.half === half);
    return JSON.stringify({ ...report, results }, null, 2);
  }
  const lines = [`${report.file}: ${report.records} PLOVER records coded in ${report.elapsedMs.toFixed(0)} ms`, ''];
  lines.push(summary('dev', report.dev), summary('held-out', report.heldout), summary('all', report.all), '');
  lines.push(`per type (${half === 'heldout' ? 'held-out' : half}):`, ...table(report[half]));
  const skipped = Object.entries(report.skipped);
  if (skipped.length > 0) lines.push('', `skipped: ${skipped.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  for (const p of report.problems) lines.push(`  ${p}`);
  if (options.diff) {
    for (const r of report.results) {
      if (r.found || (half !== 'all' && r.half !== half)) continue;
      lines.push('', `${r.id} [${r.half}] ${r.type}${r.legacyType !== r.type ? ` (${r.legacyType})` : ''}: ${r.sources.join('+')} → ${r.targets.join('+') || '(any)'}`);
      lines.push(`  text: ${r.text}`);
      const got = r.got.map((g) => `${g.source}→${g.target} ${g.code} ${g.plover} [${g.rule}]`);
      lines.push(`  got:  ${got.length > 0 ? got.join('; ') : '(none)'}`);
    }
  }
  return lines.join('\n');
}
