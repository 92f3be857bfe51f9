/**
 * Event download: everything matching the listing's filters, written by the datasets exporter
 * (DuckDB's own CSV/JSON/Parquet writers) to a temporary file and streamed from there, so a
 * download of millions of rows never sits in memory.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EntenteError } from '../../errors.js';
import { exportEvents } from '../../export/index.js';
import type { ExportFormat } from '../../export/index.js';
import { DuckDbStore } from '../../store/index.js';
import type { RouteRegistry } from '../route.js';
import { EVENT_DOWNLOAD_FORMATS, EventExportQuery } from '../schemas/index.js';
import { eventQuery } from './event-filters.js';
import type { Services } from './index.js';

// Fails to compile if the schema offers a format the exporter does not write.
const _known: readonly ExportFormat[] = EVENT_DOWNLOAD_FORMATS;

const TYPES = {
  csv: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  jsonl: { type: 'application/x-ndjson; charset=utf-8', ext: 'jsonl' },
  parquet: { type: 'application/vnd.apache.parquet', ext: 'parquet' },
  gdelt: { type: 'text/tab-separated-values; charset=utf-8', ext: 'gdelt.tsv' },
} as const;

export function registerEventExport(registry: RouteRegistry, s: Services): void {
  registry.add({
    method: 'GET', url: '/api/events/export', tag: 'events',
    summary: 'Download every event matching the filters (as GET /api/events) as CSV, JSONL, Parquet or GDELT 2.0 rows, oldest first',
    query: EventExportQuery, response: null, errors: [503],
    produces: Object.fromEntries(Object.entries(TYPES).map(([format, t]) => [t.type.split(';')[0] ?? t.type, `events as ${format}`])),
  }, async ({ query, reply }) => {
    const { format, ...filters } = query;
    const q = await eventQuery(s, filters);
    if (!(s.store instanceof DuckDbStore)) {
      throw new EntenteError('STORE', `downloads need a DuckDB store, not ${s.store.kind}`, { hint: 'list events with GET /api/events instead' });
    }
    const { type, ext } = TYPES[format];
    const dir = await mkdtemp(join(tmpdir(), 'entente-download-'));
    const cleanUp = (): void => void rm(dir, { recursive: true, force: true });
    try {
      const { limit: _limit, offset: _offset, sort: _sort, ...all } = q;
      const result = await exportEvents(s.store, all, format, join(dir, `events.${ext}`));
      const stream = createReadStream(result.path);
      stream.once('close', cleanUp);
      const stamp = s.clock().toISOString().slice(0, 10);
      return reply.type(type).header('content-disposition', `attachment; filename="entente-events-${stamp}.${ext}"`)
        .header('x-event-count', String(result.rows)).send(stream);
    } catch (error) {
      cleanUp();
      throw error;
    }
  });
}
