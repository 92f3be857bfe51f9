import type { DyadView } from '../../api/index.js';
import { formatCount, formatDay, formatPeriod, formatSigned } from '../../lib/index.js';
// The brief's own wording, so the summary and the brief's title name a direction alike.
import { DIRECTION_WORDS, relationPhrase } from '../../../../src/report/build/direction-words.js';
// The ledger's own wording for holes in the data, as the CLI and the brief say it.
import { describeCoverage } from '../../../../src/ledger/coverage-words.js';
import type { RelationDirection } from '../../../../src/analysis/index.js';

const isDirection = (d: string): d is RelationDirection => Object.hasOwn(DIRECTION_WORDS, d);

export function DyadSummary({ view, loading, nameA, nameB }: { view: DyadView | undefined; loading: boolean; nameA: string; nameB: string }) {
  const events = view?.points.reduce((n, p) => n + p.count, 0) ?? 0;
  const net = view?.points.reduce((n, p) => n + p.net, 0) ?? 0;
  return (
    <section class="card span-4 dyad-summary" aria-labelledby="summary-h" style="grid-row: span 1">
      <h2 id="summary-h">Summary</h2>
      {!view ? <p class="muted" aria-live="polite">{loading ? 'Loading figures…' : ''}</p> : (
        <>
          <p class="small muted">{formatDay(view.from)} to {formatDay(view.to)}</p>
          <p><strong>{formatCount(events)}</strong> events · net <span class={net >= 0 ? 'net-pos' : 'net-neg'}>{formatSigned(net)}</span></p>
          {view.coverage.length > 0 ? (
            <p class="small coverage" role="note">
              Incomplete data: {describeCoverage(view.coverage)} in this window, so a change may be missing data rather than a shift.
            </p>
          ) : null}
          {view.direction ? (
            <>
              <h3>Direction: {isDirection(view.direction.direction) ? DIRECTION_WORDS[view.direction.direction] : view.direction.direction}</h3>
              {events > 0 && isDirection(view.direction.direction)
                ? <p class="relation">{nameA} and {nameB}: {relationPhrase(view.direction.direction, net)}</p> : null}
              <ul class="small">{view.direction.reasons.map((r) => <li key={r}>{r}</li>)}</ul>
            </>
          ) : null}
          <h3>Change points</h3>
          {view.changes.length === 0 ? <p class="small">None found.</p> : (
            <ul class="small">
              {view.changes.map((c) => (
                <li key={c.period}>
                  <span class={c.direction === 'warming' ? 'net-pos' : 'net-neg'}>{c.direction === 'warming' ? '▲ Warming' : '▼ Cooling'}</span>{' '}
                  from {formatPeriod(c.period)}: {formatSigned(c.before)} → {formatSigned(c.after)}
                </li>
              ))}
            </ul>
          )}
          <h3>Alerts</h3>
          {view.alerts.length === 0 ? <p class="small">No unusual week.</p> : (
            <ul class="small">
              {view.alerts.map((al, i) => (
                <li key={i}>
                  {al.week}: {al.kind === 'large-increase' ? 'large increase' : 'large decrease'} in {al.scope === 'all' ? 'all events' : `quad ${al.scope}`} ({al.count} vs usual {al.mean.toFixed(1)})
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
