import { getDocument, getEvent } from '../api/index.js';
import { formatDay, quadName, useAsync } from '../lib/index.js';
import type { Highlights } from '../lib/index.js';
import { AnnotationThread } from './annotation-thread.js';
import { HighlightLegend, HighlightedSentence } from './highlighted-sentence.js';
import { ErrorNote, Loading } from './status.js';
import { Modal } from './modal.js';

/** What a caller knows about one piece of evidence; the dialog fetches the rest (rule, document). */
export interface EvidenceItem {
  eventId: string;
  sentence?: string;
  highlights?: Highlights;
}

export interface EvidenceDialogProps {
  title: string;
  items: EvidenceItem[];
  /** How many events the claim stands for, when more than it cites. */
  count?: number | undefined;
  open: boolean;
  onClose: () => void;
}

export function EvidenceDialog({ title, items, count, open, onClose }: EvidenceDialogProps) {
  return (
    <Modal title={title} open={open} onClose={onClose}>
      <HighlightLegend />
      {count !== undefined && count > items.length ? (
        <p class="muted small">Showing {items.length} of the {count} events behind this statement.</p>
      ) : null}
      {items.length === 0 ? <p>No coded sentence supports this statement directly.</p> : null}
      {items.map((item) => <EvidenceEntry key={item.eventId} item={item} />)}
    </Modal>
  );
}

function EvidenceEntry({ item }: { item: EvidenceItem }) {
  const state = useAsync(async (signal) => {
    const event = await getEvent(item.eventId, signal);
    const docId = event.evidence?.docId;
    // The document adds title, outlet and date; the event alone is still worth showing without it.
    const doc = docId ? await getDocument(docId).catch(() => undefined) : undefined;
    return { event, doc };
  }, [item.eventId]);
  const event = state.data?.event;
  const doc = state.data?.doc?.document;
  const sentence = event?.evidence?.sentence ?? item.sentence;
  const highlights = event?.evidence?.highlights ?? item.highlights ?? {};
  return (
    <article class="card evidence" aria-label={`Evidence for event ${item.eventId}`} style="margin-bottom: 0.75rem">
      {event ? (
        <h3>
          {event.sourceName ?? event.source} → {event.targetName ?? event.target}{' '}
          <span class={`quad-${event.quad} small`}>· {event.code} ({quadName(event.quad)}, Goldstein {event.goldstein})</span>
        </h3>
      ) : null}
      {sentence ? <blockquote><HighlightedSentence sentence={sentence} highlights={highlights} /></blockquote> : null}
      {state.status === 'loading' && !event ? <Loading label="Loading the source…" /> : null}
      {state.status === 'error' ? <ErrorNote error={state.error} title="Could not load this event" /> : null}
      {event ? (
        <dl class="small evidence-meta">
          <dt>Document</dt>
          <dd>
            {doc?.url ? <a href={doc.url} rel="noopener noreferrer">{doc.title ?? doc.id}</a> : (doc?.title ?? event.evidence?.docId ?? event.dataset ?? '—')}
            {doc?.source ? ` · ${doc.source}` : ''}
            {doc?.date ? ` · ${formatDay(doc.date)}` : ''}
            {event.evidence ? ` · sentence ${event.evidence.sentenceIndex + 1}` : ''}
          </dd>
          <dt>Event date</dt>
          <dd>{formatDay(event.date)}{event.negated ? ' · negated in the text' : ''}{event.modality !== 'asserted' ? ` · ${event.modality}` : ''}</dd>
          <dt>Rule</dt>
          <dd><code>{event.evidence?.rule ?? (event.dataset ? `${event.dataset} row ${event.originalId ?? ''}` : 'none')}</code></dd>
          <dt>PLOVER</dt>
          <dd>{event.plover} · confidence {Math.round(event.confidence * 100)}%</dd>
        </dl>
      ) : null}
      {event ? <AnnotationThread target={{ kind: 'event', id: event.id }} allowCorrection compact /> : null}
    </article>
  );
}
