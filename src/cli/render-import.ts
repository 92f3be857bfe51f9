/** The `entente import` summary: one line per file, the first rejected rows, totals and rows/s. */
import type { FileReport, ImportSummary } from '../ingest/datasets/index.js';

function fileLine(f: FileReport): string {
  const what = f.format ?? 'unknown format';
  if (f.outcome === 'failed') return `FAILED     ${f.path} (${what}): ${f.message ?? 'unknown error'}`;
  if (f.outcome === 'unchanged') return `unchanged  ${f.path} (${what}): ${f.message ?? 'already imported'}`;
  if (f.outcome === 'not-dataset') return `passed     ${f.path}: not an event dataset`;
  const actors = f.unresolvedActors > 0 ? `, ${f.unresolvedActors} actor sides without a code` : '';
  return `loaded     ${f.path} (${what}): read ${f.read}, loaded ${f.loaded}, already stored ${f.skipped}, rejected ${f.rejected}${actors}`;
}

function rejectLines(f: FileReport): string[] {
  const lines = f.rejects.map((r) => {
    const where = r.line === undefined ? r.file : `${r.file}:${r.line}`;
    const field = r.field ? ` field "${r.field}"` : '';
    const text = r.text ? ` — ${JSON.stringify(r.text.length > 100 ? `${r.text.slice(0, 100)}…` : r.text)}` : '';
    return `    ${where}${field}: ${r.reason}${text}`;
  });
  if (f.rejected > f.rejects.length) lines.push(`    … and ${f.rejected - f.rejects.length} more rejected rows`);
  return lines;
}

export function renderImport(summary: ImportSummary): string {
  const out: string[] = [];
  for (const f of summary.files) {
    out.push(fileLine(f));
    if (f.rejected > 0) out.push(...rejectLines(f));
  }
  const rate = summary.seconds > 0 ? Math.round(summary.read / summary.seconds) : summary.read;
  const files = summary.files.length;
  const failed = `${summary.failed > 0 ? `, ${summary.failed} failed` : ''}${summary.notDatasets > 0 ? `, ${summary.notDatasets} passed over (no event dataset)` : ''}`;
  out.push(`${files} file${files === 1 ? '' : 's'}${failed}: read ${summary.read} rows, loaded ${summary.loaded}, already stored ${summary.skipped}, rejected ${summary.rejected} in ${summary.seconds.toFixed(1)} s (${rate} rows/s)`);
  if (summary.loaded === 0 && summary.failed === 0) out.push('nothing new was loaded');
  return `${out.join('\n')}\n`;
}
