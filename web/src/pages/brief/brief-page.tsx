import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { briefId, briefUrl, getBrief } from '../../api/index.js';
import type { Claim } from '../../api/index.js';
import { ErrorNote, EvidenceDialog, Loading, usePageTitle } from '../../components/index.js';
import { formatDay, useAsync } from '../../lib/index.js';
import { BriefSection } from './brief-section.js';
import { ClaimText } from './claim-text.js';
import { Ticker } from './ticker.js';

const codeParam = (v: string | undefined, fallback: string): string => (v && /^[A-Za-z0-9]{3,32}$/.test(v) ? v.toUpperCase() : fallback);

export function BriefPage() {
  const { query } = useLocation();
  const a = codeParam(query.a, 'IRN');
  const b = codeParam(query.b, 'RUS');
  const brief = useAsync((signal) => getBrief(a, b, {}, signal), [a, b]);
  const [open, setOpen] = useState<Claim | undefined>();
  usePageTitle(brief.data?.title ?? `Brief ${a}–${b}`);

  // The address may name a section (#voices); scroll to it once the brief is there.
  useEffect(() => {
    if (brief.status !== 'ok' || !location.hash) return;
    document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
  }, [brief.status]);

  if (brief.status === 'error') return <ErrorNote error={brief.error} title="Could not write the brief" />;
  if (!brief.data) return <Loading label={`Writing the brief on ${a} and ${b}…`} />;
  const data = brief.data;
  const headlines = data.sections.find((s) => s.id === 'headlines');
  const body = data.sections.filter((s) => s.id !== 'headlines');
  const id = briefId(a, b);

  return (
    <article class="brief" aria-labelledby="brief-title">
      {headlines ? <Ticker section={headlines} onOpen={setOpen} /> : null}
      <header style="margin: 1rem 0">
        <h1 id="brief-title">
          {data.dyad.a.flag ? <span class="flag" aria-hidden="true">{data.dyad.a.flag}</span> : null}
          {data.dyad.b.flag ? <span class="flag" aria-hidden="true">{data.dyad.b.flag}</span> : null}
          {data.title}
        </h1>
        <p class="muted small">
          {formatDay(data.window.from)} to {formatDay(data.window.to)} · {data.figures.events} events · written as of {formatDay(data.window.asOf)}
          {' · '}<a href={`/?a=${a}&b=${b}`}>Dashboard</a>
          {' · '}<a href={briefUrl(a, b, 'html')}>Standalone page</a>
          {' · '}<a href={briefUrl(a, b, 'md')} download>Markdown</a>
        </p>
        {data.lede.length > 0 ? (
          <p class="lede">{data.lede.map((c, i) => <Fragment key={i}>{i > 0 ? ' ' : ''}<ClaimText claim={c} onOpen={setOpen} /></Fragment>)}</p>
        ) : null}
        {data.figures.sparkline ? <p class="small">Monthly net cooperation: <span class="sparkline" role="img" aria-label="sparkline of monthly net cooperation">{data.figures.sparkline}</span></p> : null}
        {data.notes.map((n) => <p key={n} class="small muted">{n}</p>)}
      </header>
      <div class="brief-layout">
        <nav class="toc" aria-labelledby="toc-h">
          <h2 id="toc-h" class="small">Contents</h2>
          <ol>
            {data.contents.filter((c) => c.id !== 'headlines').map((c) => <li key={c.id}><a href={`#${c.id}`}>{c.title}</a></li>)}
          </ol>
        </nav>
        <div>
          {body.map((s) => <BriefSection key={s.id} section={s} briefId={id} onOpen={setOpen} />)}
        </div>
      </div>
      <EvidenceDialog
        title="Evidence for this statement"
        items={open?.evidence.map((e) => ({ eventId: e.eventId, sentence: e.sentence, highlights: e.highlights })) ?? []}
        count={open?.count}
        open={open !== undefined}
        onClose={() => setOpen(undefined)}
      />
    </article>
  );
}
