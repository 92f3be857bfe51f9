import { Fragment } from 'preact';
import type { Claim, Section } from '../../api/index.js';
import { AnnotationThread } from '../../components/index.js';
import { formatDay } from '../../lib/index.js';
import { ClaimText } from './claim-text.js';

export function BriefSection({ section, briefId, onOpen }: { section: Section; briefId: string; onOpen: (c: Claim) => void }) {
  return (
    <section id={section.id} class="brief-section" aria-labelledby={`${section.id}-h`}>
      <h2 id={`${section.id}-h`}>{section.title}</h2>
      {section.paragraphs.map((p, i) => (
        <div key={i}>
          {p.heading ? <h3>{p.heading}</h3> : null}
          {p.list ? (
            <ul class="claims-list">
              {p.claims.map((c, j) => <li key={j}><ClaimText claim={c} onOpen={onOpen} />{section.id === 'related' ? <RelatedLink claim={c} /> : null}<Quotes claim={c} /></li>)}
            </ul>
          ) : (
            <p>
              {p.claims.map((c, j) => <Fragment key={j}>{j > 0 ? ' ' : ''}<ClaimText claim={c} onOpen={onOpen} /></Fragment>)}
            </p>
          )}
          {!p.list ? p.claims.map((c, j) => <Quotes key={`q${j}`} claim={c} />) : null}
        </div>
      ))}
      <AnnotationThread target={{ kind: 'brief', id: briefId, section: section.id }} />
    </section>
  );
}

function Quotes({ claim }: { claim: Claim }) {
  if (!claim.quotes?.length) return null;
  return (
    <>
      {claim.quotes.map((q, i) => (
        <figure key={i} class="quote">
          <blockquote>“{q.text}”</blockquote>
          <figcaption class="small muted">
            {q.speaker ?? 'Unattributed'}{q.office ? `, ${q.office}` : ''}{q.date ? ` · ${formatDay(q.date)}` : ''}
          </figcaption>
        </figure>
      ))}
    </>
  );
}

/** Related dyads name two actors: offer their dashboard. */
function RelatedLink({ claim }: { claim: Claim }) {
  const [x, y] = claim.actors;
  if (!x || !y || claim.actors.length !== 2) return null;
  return <> <a class="small" href={`/?a=${x}&b=${y}`}>dashboard<span class="sr-only"> for {x} and {y}</span></a></>;
}
