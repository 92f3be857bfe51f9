import type { ApiEvent } from '../../api/index.js';
import { HighlightedSentence } from '../../components/index.js';
import { formatDay, quadName } from '../../lib/index.js';
import type { EventSortKey } from '../../lib/index.js';

export interface EventsTableProps {
  events: ApiEvent[];
  sort: EventSortKey;
  onSort: (sort: EventSortKey) => void;
  onOpen: (event: ApiEvent) => void;
  busy: boolean;
}

function SortHeader({ label, asc, desc, sort, onSort }: { label: string; asc: EventSortKey; desc: EventSortKey; sort: EventSortKey; onSort: (s: EventSortKey) => void }) {
  const state = sort === asc ? 'ascending' : sort === desc ? 'descending' : 'none';
  return (
    <th scope="col" aria-sort={state}>
      <button type="button" class="sort" onClick={() => onSort(sort === desc ? asc : desc)}>
        {label} <span aria-hidden="true">{state === 'ascending' ? '▲' : state === 'descending' ? '▼' : '↕'}</span>
        <span class="sr-only">, sort {sort === desc ? 'ascending' : 'descending'}</span>
      </button>
    </th>
  );
}

export function EventsTable({ events, sort, onSort, onOpen, busy }: EventsTableProps) {
  return (
    <div class="table-wrap" aria-busy={busy}>
      <table class="stack">
        <caption class="sr-only">Coded events; the evidence button opens the sentence, its document and annotations</caption>
        <thead>
          <tr>
            <SortHeader label="Date" asc="date-asc" desc="date-desc" sort={sort} onSort={onSort} />
            <th scope="col">Source</th>
            <th scope="col">Event</th>
            <th scope="col">Target</th>
            <SortHeader label="Goldstein" asc="goldstein-asc" desc="goldstein-desc" sort={sort} onSort={onSort} />
            <th scope="col">Sentence</th>
            <th scope="col">Rule</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td data-label="Date" style="white-space: nowrap">{formatDay(e.date)}</td>
              <td data-label="Source" title={e.sourceName}>{e.source || '—'}</td>
              <td data-label="Event">
                <div>
                  <span class={`quad-${e.quad}`}>{e.code}</span> <span class="small">{e.plover}</span>
                  <div class="small muted">{quadName(e.quad)}{e.negated ? ' · did not happen (negated)' : ''}</div>
                </div>
              </td>
              <td data-label="Target" title={e.targetName}>{e.target || '—'}</td>
              <td data-label="Goldstein">{e.goldstein}</td>
              <td data-label="Sentence">
                <div>
                  {e.evidence ? <HighlightedSentence sentence={e.evidence.sentence} highlights={e.evidence.highlights} /> : <span class="muted">{e.dataset ?? 'no text'}</span>}
                  <div><button type="button" class="link small" onClick={() => onOpen(e)}>Evidence and annotations<span class="sr-only"> for event {e.id}</span></button></div>
                </div>
              </td>
              <td data-label="Rule" class="small"><code>{e.evidence?.rule ?? '—'}</code></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
