/**
 * Terminal rendering of a dyad report and of the top dyad changes: a table per period, a
 * sparkline of the measure, then change points, alerts and the overall direction with its reasons.
 */
import { describeCoverage } from '../ledger/index.js';
import type { WindowCoverage } from '../ledger/index.js';
import type { Alert, Metrics } from '../analysis/index.js';
import type { DyadReport, TopDyads } from '../dyads/index.js';
import { renderTable } from './table.js';

/** Figures with few decimals, and a real minus sign so signed columns line up readably. */
export function num(x: number, digits = 1): string {
  const s = (Object.is(x, -0) ? 0 : x).toFixed(digits);
  return s.startsWith('-') ? `−${s.slice(1)}` : s;
}

const signed = (x: number, digits = 1): string => (x > 0 ? `+${num(x, digits)}` : num(x, digits));

function interval(m: Metrics): string {
  return m.interval ? `[${num(m.interval.net[0])}, ${num(m.interval.net[1])}]` : '—';
}

function seriesTable(report: DyadReport, nameA: string, nameB: string): string {
  const level = report.series.points.find((p) => p.both.interval)?.both.interval?.level;
  const headers = [
    'period', 'events', 'q1', 'q2', 'q3', 'q4', 'gold sum', 'gold mean',
    `net ${nameA}→${nameB}`, `net ${nameB}→${nameA}`, 'net', 'net/vol', level !== undefined ? `${Math.round(level * 100)}% interval` : 'interval',
  ];
  const rows = report.series.points.map((p) => [
    p.period, String(p.both.count), String(p.both.quad[1]), String(p.both.quad[2]), String(p.both.quad[3]), String(p.both.quad[4]),
    num(p.both.goldsteinSum), num(p.both.goldsteinMean, 2), num(p.ab.net), num(p.ba.net), num(p.both.net),
    num(p.both.perVolume.net, 3), interval(p.both),
  ]);
  return renderTable(headers, rows);
}

function describeAlert(a: Alert): string {
  const scope = a.scope === 'all' ? 'all events' : `quad ${a.scope}`;
  const change = a.change === null ? 'from none' : `${signed(a.change * 100, 0)}%`;
  return `  ${a.kind} in ${scope}: ${a.count} this week vs ${num(a.mean, 2)} a week over the previous ${a.span} (${change})`;
}

const MEASURES: Record<DyadReport['measure'], string> = {
  net: 'net cooperation', netPerVolume: 'net cooperation per media volume', count: 'events', countPerVolume: 'events per media volume',
  goldsteinSum: 'Goldstein sum', goldsteinMean: 'Goldstein mean',
};

function coverageLines(coverage: readonly WindowCoverage[], from: string, to: string): string[] {
  if (coverage.length === 0) return [];
  return [
    `Coverage: ${describeCoverage(coverage)} in this window — a change may be missing data, not the relationship (entente ledger --gaps --from ${from} --to ${to}).`,
    '',
  ];
}

export function renderDyadReport(report: DyadReport, names: { a: string; b: string }, coverage: readonly WindowCoverage[] = []): string {
  const s = report.series;
  const { a, b } = s.dyad;
  const way = report.direction === 'both' ? 'both ways' : report.direction === 'ab' ? `${a}→${b}` : `${b}→${a}`;
  const values = s.points.map((p) => p[report.direction]);
  const lines: string[] = [
    `${names.a} (${a}) – ${names.b} (${b}), ${s.from} to ${s.to}, by ${s.granularity}${s.match === 'exact' ? ', exact codes' : ''}`,
    '',
    seriesTable(report, a, b).trimEnd(),
    '',
    ...coverageLines(coverage, s.from, s.to),
    `${MEASURES[report.measure]} (${way}): ${report.sparkline}`,
    `  first ${s.points[0]?.period ?? '—'}, last ${s.points.at(-1)?.period ?? '—'}; ${values.reduce((n, m) => n + m.count, 0)} events, ${s.points.reduce((n, p) => n + p.negated, 0)} negated left out`,
    '',
  ];
  // The change points the overall direction stands on (none when there are too few events to call one).
  const changes = report.overall.changes;
  lines.push(changes.length === 0 ? 'Change points: none' : `Change points (PELT, σ = ${num(report.shifts.sigma, 2)}):`);
  for (const c of changes) {
    const cited = c.eventIds.length === 0 ? 'no events cited' : `${c.eventIds.length} events around it: ${c.eventIds.slice(0, 5).join(', ')}${c.eventIds.length > 5 ? ', …' : ''}`;
    lines.push(`  ${c.period} (${c.date}) ${c.direction}: mean ${num(c.before)} → ${num(c.after)} (${signed(c.sizeSd, 1)} σ); ${cited}`);
  }
  lines.push('');
  const alerts = report.alerts;
  if (alerts) {
    lines.push(`Alerts, week ${alerts.week} against the previous 4 and 52 weeks:`);
    lines.push(...(alerts.alerts.length === 0 ? ['  none'] : alerts.alerts.map(describeAlert)), '');
  }
  lines.push(`Direction: ${report.overall.direction}`);
  lines.push(...report.overall.reasons.map((r) => `  - ${r}`));
  return `${lines.join('\n')}\n`;
}

export function renderTopDyads(top: TopDyads, describe: (code: string) => string): string {
  const rows = top.byChange.map((r, i) => [
    String(i + 1), `${r.dyad.a}–${r.dyad.b}`, `${describe(r.dyad.a)} – ${describe(r.dyad.b)}`,
    String(r.count), String(r.previousCount), num(r.net), num(r.previousNet), signed(r.change),
  ]);
  const title = `Dyads by change in net cooperation, ${top.from} to ${top.to} against ${top.previous.from} to ${top.previous.to}`;
  const note = top.actors === 'known' ? '\nSides that name no identifiable actor (bare roles such as GOV, ethnic codes) are left out; --all-actors ranks them too.\n' : '';
  if (rows.length === 0) return `${title}\n  no events in either window\n${note}`;
  return `${title}\n\n${renderTable(['#', 'dyad', 'names', 'events', 'before', 'net', 'net before', 'change'], rows)}${note}`;
}
