/**
 * Printing an evaluation: a summary (records fully correct, per category, precision / recall /
 * F1 at full code and root), `diff` adds every record that differs with expected vs got,
 * `json` gives the whole report as JSON.
 */
import type { Triple } from './compare.js';
import type { EvaluationReport } from './run.js';

export interface FormatOptions {
  diff?: boolean;
  json?: boolean;
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const triples = (ts: readonly Triple[]): string => (ts.length === 0 ? '(none)' : ts.map((t) => `${t.source}→${t.target} ${t.code}`).join(', '));

export function formatReport(report: EvaluationReport, options: FormatOptions = {}): string {
  if (options.json) return JSON.stringify(report, null, 2);
  const lines: string[] = [];
  lines.push(`${report.file} (${report.mode === 'parse' ? 'with parse' : 'raw text'}): ${report.correct}/${report.records} records fully correct (${pct(report.accuracy)})`);
  lines.push('');
  lines.push('category      records  correct');
  for (const [cat, r] of Object.entries(report.byCategory).sort()) {
    lines.push(`${cat.padEnd(12)} ${String(r.records).padStart(8)} ${String(r.correct).padStart(8)}  ${pct(r.records ? r.correct / r.records : 0)}`);
  }
  lines.push('');
  for (const [name, s] of [['full code', report.full], ['root code', report.root]] as const) {
    lines.push(`${name.padEnd(10)} precision ${pct(s.precision)}  recall ${pct(s.recall)}  F1 ${pct(s.f1)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`);
  }
  lines.push(`${report.records} records in ${report.elapsedMs.toFixed(0)} ms`);
  if (options.diff) {
    for (const r of report.results) {
      if (r.correct) continue;
      lines.push('');
      lines.push(`${r.id} [${r.category}] line ${r.line}${r.optional ? ' (marked sentence="false")' : ''}`);
      lines.push(`  text:     ${r.text}`);
      lines.push(`  expected: ${r.expects && r.expected.length === 0 ? r.expects : triples(r.expected)}`);
      lines.push(`  got:      ${triples(r.got)}${r.note ? ` [${r.note}]` : ''}`);
      if (r.rules.length > 0) lines.push(`  rules:    ${[...new Set(r.rules)].join(', ')}`);
    }
  }
  return lines.join('\n');
}
