import { useState } from 'preact/hooks';
import { listEvents } from '../../api/index.js';
import type { ApiEvent } from '../../api/index.js';
import { ErrorNote, EvidenceDialog, HighlightedSentence } from '../../components/index.js';
import { formatDay, useAsync } from '../../lib/index.js';

const TOP = 5;

/** The strongest events each way: what most moved the line, each opening its evidence. */
export function TopEvents({ a, b }: { a: string; b: string }) {
  const top = useAsync(async (signal) => {
    // Ask for more than shown: events the text says did not happen ("did not deliver") carry the
    // code of what did not happen, and must not top the list of what did.
    const [coop, conflict] = await Promise.all([
      listEvents({ dyad: `${a},${b}`, sort: 'goldstein-desc', limit: TOP * 3 }, signal),
      listEvents({ dyad: `${a},${b}`, sort: 'goldstein-asc', limit: TOP * 3 }, signal),
    ]);
    const happened = (e: ApiEvent): boolean => !e.negated;
    return {
      coop: coop.items.filter((e) => happened(e) && e.goldstein > 0).slice(0, TOP),
      conflict: conflict.items.filter((e) => happened(e) && e.goldstein < 0).slice(0, TOP),
    };
  }, [a, b]);
  const [open, setOpen] = useState<ApiEvent | undefined>();
  return (
    <section class="card span-12" aria-labelledby="top-h">
      <h2 id="top-h">Top events</h2>
      {top.status === 'error' ? <ErrorNote error={top.error} title="Could not load events" /> : null}
      <div class="grid">
        <EventList title="Most cooperative" events={top.data?.coop} onOpen={setOpen} />
        <EventList title="Most conflictual" events={top.data?.conflict} onOpen={setOpen} />
      </div>
      <EvidenceDialog
        title={open ? `Evidence: ${open.source} → ${open.target}, ${open.code}` : 'Evidence'}
        items={open ? [{ eventId: open.id }] : []}
        open={open !== undefined}
        onClose={() => setOpen(undefined)}
      />
    </section>
  );
}

function EventList({ title, events, onOpen }: { title: string; events: ApiEvent[] | undefined; onOpen: (e: ApiEvent) => void }) {
  return (
    <div class="span-6">
      <h3>{title}</h3>
      {!events ? <p class="muted small">Loading…</p> : events.length === 0 ? <p class="small">None in the store.</p> : (
        <ol class="top-events">
          {events.map((e) => (
            <li key={e.id}>
              <span class="small muted">{formatDay(e.date)} · {e.source} → {e.target} · <span class={`quad-${e.quad}`}>{e.code}</span> ({e.goldstein > 0 ? '+' : ''}{e.goldstein})</span>
              <div>{e.evidence ? <HighlightedSentence sentence={e.evidence.sentence} highlights={e.evidence.highlights} /> : e.dataset}</div>
              <button type="button" class="link small" onClick={() => onOpen(e)}>Open the evidence<span class="sr-only"> for {e.source} to {e.target}, {formatDay(e.date)}</span></button>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
