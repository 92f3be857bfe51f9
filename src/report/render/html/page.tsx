/**
 * The standalone HTML brief: one file, inline CSS, no script and no external asset, readable
 * offline and printable. JSX rendered to a string by preact, which escapes every text node, so
 * whatever the news said (even `<script>`) shows as text.
 */
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { formatDate, formatPeriod, inSentence, signed } from '../../english.js';
import type { Brief, Paragraph, Section } from '../../types.js';
import { numberEvidence } from '../numbering.js';
import type { Numbering } from '../numbering.js';
import { ClaimView, EventEvidence, QuoteEvidence } from './claim.js';
import { BRIEF_CSS } from './style.js';

function ParagraphView({ p, numbers }: { p: Paragraph; numbers: Numbering }): VNode {
  return (
    <>
      {p.heading !== undefined ? <h3>{p.heading}</h3> : null}
      {p.list
        ? <ul class="claims">{p.claims.map((c) => <ClaimView claim={c} numbers={numbers} item />)}</ul>
        : <div class="para">{p.claims.map((c) => <ClaimView claim={c} numbers={numbers} />)}</div>}
    </>
  );
}

function SectionView({ s, numbers }: { s: Section; numbers: Numbering }): VNode {
  return (
    <section id={s.id} aria-labelledby={`${s.id}-title`}>
      <h2 id={`${s.id}-title`}>{s.title}</h2>
      {s.paragraphs.map((p) => <ParagraphView p={p} numbers={numbers} />)}
    </section>
  );
}

function Figures({ brief }: { brief: Brief }): VNode | null {
  const f = brief.figures;
  if (f.monthly.length === 0) return null;
  return (
    <section id="figures" aria-labelledby="figures-title">
      <h2 id="figures-title">Figures</h2>
      <p>Monthly net cooperation: <span class="sparkline" role="img" aria-label="sparkline of monthly net cooperation">{f.sparkline}</span></p>
      <table>
        <caption>Events and net cooperation (Σ|Goldstein| of cooperative minus conflictual events) per month</caption>
        <thead><tr><th scope="col">Month</th><th scope="col" class="num">Events</th><th scope="col" class="num">Net cooperation</th></tr></thead>
        <tbody>
          {f.monthly.map((m) => <tr><th scope="row">{formatPeriod(m.period)}</th><td class="num">{m.count}</td><td class="num">{signed(m.net)}</td></tr>)}
        </tbody>
      </table>
    </section>
  );
}

function EvidenceIndex({ numbers }: { numbers: Numbering }): VNode | null {
  if (numbers.list.length === 0) return null;
  return (
    <section id="evidence" class="evidence-index" aria-labelledby="evidence-title">
      <h2 id="evidence-title">Evidence</h2>
      <ol>
        {numbers.list.map((c) => (
          <li id={`evidence-${c.n}`} value={c.n}>
            {c.kind === 'event' ? <EventEvidence item={c.ref} /> : <QuoteEvidence item={c.ref} />}
          </li>
        ))}
      </ol>
    </section>
  );
}

export function BriefPage({ brief }: { brief: Brief }): VNode {
  const numbers = numberEvidence(brief);
  const { a, b } = brief.dyad;
  const w = brief.window;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="generator" content="entente" />
        <title>{brief.title}</title>
        <style dangerouslySetInnerHTML={{ __html: BRIEF_CSS }} />
      </head>
      <body>
        <header>
          <h1>{brief.title}</h1>
          {w.from !== '' ? (
            <p class="dek">
              A brief on {inSentence(a.name)} ({a.code}) and {inSentence(b.name)} ({b.code}), {formatDate(w.from)} to {formatDate(w.to)},
              written from the record as of {formatDate(w.asOf)}. Open the bracketed numbers to see the sentences behind each statement.
            </p>
          ) : null}
        </header>
        <main>
          {brief.lede.length > 0 ? <div class="lede">{brief.lede.map((c) => <ClaimView claim={c} numbers={numbers} />)}</div> : null}
          {brief.contents.length > 0 ? (
            <nav class="toc" aria-labelledby="toc-title">
              <h2 id="toc-title">Contents</h2>
              <ol>{brief.contents.map((c) => <li><a href={`#${c.id}`}>{c.title}</a></li>)}</ol>
            </nav>
          ) : null}
          {brief.sections.map((s) => <SectionView s={s} numbers={numbers} />)}
          <Figures brief={brief} />
          {brief.notes.length > 0 ? (
            <section id="notes" aria-labelledby="notes-title">
              <h2 id="notes-title">Notes</h2>
              <ul>{brief.notes.map((n) => <li>{n}</li>)}</ul>
            </section>
          ) : null}
          <EvidenceIndex numbers={numbers} />
        </main>
        <footer>
          <p>Written by entente from {brief.figures.events} coded {brief.figures.events === 1 ? 'event' : 'events'}; every statement links to the events and sentences it rests on.</p>
        </footer>
      </body>
    </html>
  );
}

export function renderHtml(brief: Brief): string {
  return `<!DOCTYPE html>\n${renderToString(<BriefPage brief={brief} />)}\n`;
}
