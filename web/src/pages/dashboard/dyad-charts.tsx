import type { ComponentChildren } from 'preact';
import type { DyadView } from '../../api/index.js';
import { Chart, domainRows, netSummary } from '../../charts/index.js';
import type { ChartSpec } from '../../charts/index.js';
import { Empty } from '../../components/index.js';
import { formatPeriod, formatSigned } from '../../lib/index.js';

const hasEvents = (view: DyadView): boolean => view.points.some((p) => p.count > 0);

/** `beside` sits next to the main chart (the summary), so the first screen holds the line and what it means. */
export function DyadCharts({ view, nameA, nameB, beside }: { view: DyadView | undefined; nameA: string; nameB: string; beside: ComponentChildren }) {
  const empty = view !== undefined && !hasEvents(view);
  const net: ChartSpec | undefined = view && !empty ? { kind: 'net', points: view.points, changes: view.changes, series: { both: 'Both directions' } } : undefined;
  const quads: ChartSpec | undefined = view && !empty ? { kind: 'quads', points: view.points } : undefined;
  const domains: ChartSpec | undefined = view && !empty ? { kind: 'domains', points: view.points } : undefined;
  const summary = view ? netSummary(view.points, view.changes) : 'Loading';
  return (
    <>
      <section class="card span-8" aria-labelledby="net-h">
        <h2 id="net-h">Net cooperation{view ? `, by ${view.by}` : ''}</h2>
        <p class="small muted">Cooperative minus conflictual events, each weighted by its Goldstein score. Dashed lines mark change points.</p>
        {empty ? <Empty>No events between {nameA} and {nameB} in this window.</Empty> : <Chart id="chart-net" spec={net} height={280} label={summary} />}
        {!empty ? <DataTable view={view} /> : null}
      </section>
      {beside}
      <section class="card span-8" aria-labelledby="quad-h">
        <h2 id="quad-h">Events by quad class</h2>
        {empty ? <Empty>Nothing to show.</Empty> : <Chart id="chart-quads" spec={quads} height={240} label={`Stacked counts of verbal and material cooperation and conflict between ${nameA} and ${nameB} per ${view?.by ?? 'period'}`} />}
      </section>
      <section class="card span-4" aria-labelledby="domain-h">
        <h2 id="domain-h">Domains</h2>
        {empty ? <Empty>Nothing to show.</Empty> : (
          <Chart id="chart-domains" spec={domains} height={240}
            label={view ? `Events by domain: ${domainRows(view.points).map((d) => `${d.domain} ${d.count}`).join(', ')}` : 'Events by domain'} />
        )}
      </section>
    </>
  );
}

/** The chart's numbers as a table, for screen readers and for anyone who wants the figures. */
function DataTable({ view }: { view: DyadView | undefined }) {
  // The summary line is there before the data, so the card keeps its height when the data arrives.
  return (
    <details>
      <summary>Show the figures as a table</summary>
      {view ? <div class="table-wrap">
        <table>
          <caption class="sr-only">Net cooperation and events per period</caption>
          <thead><tr><th scope="col">Period</th><th scope="col">Events</th><th scope="col">Net</th><th scope="col">A→B</th><th scope="col">B→A</th></tr></thead>
          <tbody>
            {view.points.map((p) => (
              <tr key={p.period}>
                <th scope="row">{formatPeriod(p.period)}</th><td>{p.count}</td><td>{formatSigned(p.net)}</td><td>{formatSigned(p.netAB)}</td><td>{formatSigned(p.netBA)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div> : <p class="muted small">Loading…</p>}
    </details>
  );
}
