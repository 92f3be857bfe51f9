import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { eventsDownloadUrl, listEvents } from '../../api/index.js';
import type { ApiEvent, ExportFormat } from '../../api/index.js';
import { Empty, ErrorNote, EvidenceDialog, Loading, Pager, usePageTitle } from '../../components/index.js';
import { PAGE_SIZE, filtersFromQuery, filtersToApi, filtersToSearch, useAsync } from '../../lib/index.js';
import type { EventFilterState } from '../../lib/index.js';
import { EventFilters } from './event-filters-form.js';
import { EventsTable } from './events-table.js';

const FORMATS: { format: ExportFormat; label: string }[] = [
  { format: 'csv', label: 'CSV' },
  { format: 'jsonl', label: 'JSONL' },
  { format: 'parquet', label: 'Parquet' },
];

export function EventsPage() {
  usePageTitle('Evidence');
  const location = useLocation();
  const filters = filtersFromQuery(location.query);
  const search = filtersToSearch(filters);
  const go = (next: EventFilterState): void => location.route(`/events${filtersToSearch(next)}`);
  const page = useAsync((signal) => listEvents(filtersToApi(filters), signal), [search]);
  const [open, setOpen] = useState<ApiEvent | undefined>();
  const apiQuery = filtersToApi(filters);

  return (
    <section aria-labelledby="events-title">
      <h1 id="events-title">Evidence</h1>
      <p class="muted">Every coded event with the sentence it came from and the rule that fired. Filters stay in the address, so a view can be shared.</p>
      <EventFilters value={filters} onApply={(f) => go({ ...f, offset: 0 })} />
      <div class="row" style="justify-content: space-between; margin: 0.5rem 0">
        <p class="small" aria-live="polite">
          {page.data ? `${page.data.total.toLocaleString('en-GB')} events match.` : ''}
        </p>
        <p class="small">
          Download these events:{' '}
          {FORMATS.map((f, i) => (
            <Fragment key={f.format}>
              {i > 0 ? ' · ' : ''}
              <a href={eventsDownloadUrl(apiQuery, f.format)} download>{f.label}<span class="sr-only"> file of the filtered events</span></a>
            </Fragment>
          ))}
        </p>
      </div>
      {page.status === 'error' ? <ErrorNote error={page.error} title="Could not list events" /> : null}
      {page.status === 'loading' && !page.data ? <Loading label="Loading events…" /> : null}
      {page.data && page.data.items.length === 0 ? <Empty>No events match these filters.</Empty> : null}
      {page.data && page.data.items.length > 0 ? (
        <>
          <EventsTable
            events={page.data.items}
            sort={filters.sort}
            onSort={(sort) => go({ ...filters, sort, offset: 0 })}
            onOpen={setOpen}
            busy={page.status === 'loading'}
          />
          <Pager label="Events" total={page.data.total} limit={PAGE_SIZE} offset={filters.offset} onOffset={(offset) => go({ ...filters, offset })} />
        </>
      ) : null}
      <EvidenceDialog
        title={open ? `Evidence: ${open.source || '?'} → ${open.target || '?'}, ${open.code}` : 'Evidence'}
        items={open ? [{ eventId: open.id, ...(open.evidence ? { sentence: open.evidence.sentence, highlights: open.evidence.highlights } : {}) }] : []}
        open={open !== undefined}
        onClose={() => setOpen(undefined)}
      />
    </section>
  );
}
