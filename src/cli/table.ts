/** Plain aligned columns for terminal output; the last column is not padded. */
export function renderTable(headers: string[], rows: string[][], maxWidths: number[] = []): string {
  const clip = (s: string, i: number): string => {
    const max = maxWidths[i];
    return max !== undefined && s.length > max ? `${s.slice(0, Math.max(0, max - 1))}…` : s;
  };
  const cells = [headers, ...rows].map((row) => row.map((c, i) => clip(c, i)));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (row: string[]): string =>
    row.map((c, i) => (i === row.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(cells[0] ?? []), rule, ...cells.slice(1).map(line)].join('\n') + '\n';
}
