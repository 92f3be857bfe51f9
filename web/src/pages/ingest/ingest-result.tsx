import type { UploadResult } from '../../api/index.js';
import { formatCount } from '../../lib/index.js';

const SHOWN_DOCUMENTS = 50;

/** What the server did with each record: counts first, then every failure with where it was. */
export function IngestResultView({ name, result, eventsLink }: { name: string; result: UploadResult; eventsLink?: string | undefined }) {
  const figures: [string, number][] = [
    ['documents read', result.read], ['stored', result.stored], ['already stored', result.skipped],
    ['sentences', result.sentences], ['events', result.events], ['quotes', result.quotes], ['failed', result.failed],
  ];
  return (
    <div class={`card ${result.failed > 0 ? 'warn' : ''}`} style="margin-top: 1rem">
      <h2>{name}: {result.failed > 0 ? 'decoded with problems' : 'decoded'}</h2>
      <ul class="figures">
        {figures.map(([label, n]) => <li key={label}><strong>{formatCount(n)}</strong> {label}</li>)}
      </ul>
      {result.events > 0 ? (
        <p><a class="button" href={eventsLink ?? '/events?sort=date-desc'}>{eventsLink ? 'See its events' : 'Open the evidence table'}</a></p>
      ) : (
        <p class="small">No events were coded: the text names no pair of actors the coder knows doing something to each other.</p>
      )}
      {result.documents.length > 1 ? (
        <>
          <h3>Documents ({formatCount(result.documents.length)})</h3>
          <ul class="small">
            {result.documents.slice(0, SHOWN_DOCUMENTS).map((d) => (
              <li key={d.id}>
                {d.events > 0 ? <a href={`/events?docId=${encodeURIComponent(d.id)}`}>{d.title ?? d.id}</a> : d.title ?? d.id}
                {' '}— {formatCount(d.events)} {d.events === 1 ? 'event' : 'events'}
              </li>
            ))}
            {result.documents.length > SHOWN_DOCUMENTS ? <li>… and {formatCount(result.documents.length - SHOWN_DOCUMENTS)} more in the evidence table</li> : null}
          </ul>
        </>
      ) : null}
      {result.errors.length > 0 ? (
        <>
          <h3>Records that failed ({formatCount(result.failed)})</h3>
          <ul class="small">
            {result.errors.map((e, i) => (
              <li key={i}>
                {e.file ? <code>{e.file}{e.line !== undefined ? `:${e.line}` : ''}</code> : null} {e.field ? <>field <code>{e.field}</code>: </> : null}
                {e.message}{e.hint ? ` — ${e.hint}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
