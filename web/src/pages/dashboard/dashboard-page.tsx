import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { getActor, getDyadView } from '../../api/index.js';
import type { Granularity } from '../../api/index.js';
import { ActorPicker, ErrorNote, usePageTitle } from '../../components/index.js';
import type { ActorLike } from '../../components/index.js';
import { useAsync } from '../../lib/index.js';
import { DyadCharts } from './dyad-charts.js';
import { DyadSummary } from './dyad-summary.js';
import { TopEvents } from './top-events.js';

const GRANULARITIES: { value: Granularity; label: string }[] = [
  { value: 'week', label: 'Week' },
  { value: 'month', label: 'Month' },
  { value: 'quarter', label: 'Quarter' },
];

/** The demo corpus is written around this pair; it is the dashboard's first view. */
export const DEFAULT_DYAD = { a: 'IRN', b: 'RUS' } as const;

const codeParam = (v: string | undefined, fallback: string): string => (v && /^[A-Za-z0-9]{3,32}$/.test(v) ? v.toUpperCase() : fallback);

export function DashboardPage() {
  const { query, route } = useLocation();
  const a = codeParam(query.a, DEFAULT_DYAD.a);
  const b = codeParam(query.b, DEFAULT_DYAD.b);
  const by: Granularity = query.by === 'week' || query.by === 'quarter' ? query.by : 'month';
  const go = (next: { a?: string; b?: string; by?: Granularity }): void => {
    const p = new URLSearchParams({ a: next.a ?? a, b: next.b ?? b, by: next.by ?? by });
    route(`/?${p.toString()}`);
  };
  const actors = useAsync(async (signal) => {
    const [infoA, infoB] = await Promise.all([getActor(a, signal).catch(() => ({ code: a })), getActor(b, signal).catch(() => ({ code: b }))]);
    return { a: infoA as ActorLike, b: infoB as ActorLike };
  }, [a, b]);
  const view = useAsync((signal) => getDyadView(a, b, by, signal), [a, b, by]);
  const [note, setNote] = useState('');
  const nameA = actors.data?.a.name ?? a;
  const nameB = actors.data?.b.name ?? b;
  usePageTitle(`${nameA} – ${nameB}`);

  return (
    <section aria-labelledby="dash-title">
      <h1 id="dash-title">
        {actors.data?.a.flag ? <span class="flag" aria-hidden="true">{actors.data.a.flag}</span> : null}{nameA}
        {' – '}
        {actors.data?.b.flag ? <span class="flag" aria-hidden="true">{actors.data.b.flag}</span> : null}{nameB}
      </h1>
      <form class="card dyad-picker" aria-label="Choose a dyad" onSubmit={(e) => e.preventDefault()}>
        <div class="row">
          <ActorPicker id="actor-a" label="First actor" value={actors.data?.a ?? { code: a }}
            onPick={(x) => { if (x.code === b) setNote('Pick two different actors.'); else { setNote(''); go({ a: x.code }); } }} />
          <ActorPicker id="actor-b" label="Second actor" value={actors.data?.b ?? { code: b }}
            onPick={(x) => { if (x.code === a) setNote('Pick two different actors.'); else { setNote(''); go({ b: x.code }); } }} />
          <div class="field" style="flex: 0 0 auto">
            <span class="label" id="by-label">Granularity</span>
            <div class="segmented" role="group" aria-labelledby="by-label">
              {GRANULARITIES.map((g) => (
                <button key={g.value} type="button" aria-pressed={by === g.value} onClick={() => go({ by: g.value })}>{g.label}</button>
              ))}
            </div>
          </div>
        </div>
        <p class="small" aria-live="polite">
          {note ? <strong>{note} </strong> : null}
          <a href={`/brief?a=${a}&b=${b}`}>Read the brief on {nameA} and {nameB}</a>
          {' · '}
          <a href={`/events?dyad=${a},${b}`}>All {a}–{b} events</a>
        </p>
      </form>
      {view.status === 'error' ? <ErrorNote error={view.error} title="Could not load this dyad" /> : null}
      <div class="grid dense" style="margin-top: 1rem" aria-busy={view.status === 'loading'}>
        <DyadCharts view={view.data} nameA={nameA} nameB={nameB} beside={<DyadSummary view={view.data} loading={view.status === 'loading'} nameA={nameA} nameB={nameB} />} />
        <TopEvents a={a} b={b} />
      </div>
    </section>
  );
}
