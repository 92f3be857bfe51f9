import { stringify } from 'csv-stringify/sync';
import type { Event } from '../domain/index.js';
import { renderTable } from './table.js';

export type EventFormat = 'table' | 'json' | 'jsonl' | 'csv';

/** Flat columns for CSV: one row per event, evidence inlined. */
const CSV_COLUMNS: [string, (e: Event) => string | number | boolean | undefined][] = [
  ['id', (e) => e.id],
  ['date', (e) => e.date],
  ['source', (e) => e.source],
  ['target', (e) => e.target],
  ['code', (e) => e.code],
  ['root', (e) => e.root],
  ['quad', (e) => e.quad],
  ['goldstein', (e) => e.goldstein],
  ['plover', (e) => e.plover],
  ['confidence', (e) => e.confidence],
  ['negated', (e) => e.negated],
  ['modality', (e) => e.modality],
  ['unfulfilled', (e) => e.unfulfilled ?? false],
  ['doc_id', (e) => e.evidence?.docId],
  ['sentence_index', (e) => e.evidence?.sentenceIndex],
  ['rule', (e) => e.evidence?.rule],
  ['sentence', (e) => e.evidence?.sentence],
  ['dataset', (e) => e.dataset],
  ['original_id', (e) => e.originalId],
  ['url', (e) => e.url],
];

export function renderEvents(events: readonly Event[], format: EventFormat, describeCode: (code: string) => string): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(events, null, 2)}\n`;
    case 'jsonl':
      return events.map((e) => `${JSON.stringify(e)}\n`).join('');
    case 'csv':
      return stringify([CSV_COLUMNS.map(([name]) => name), ...events.map((e) => CSV_COLUMNS.map(([, get]) => get(e) ?? ''))]);
    case 'table':
      return renderTable(
        ['date', 'source', 'target', 'code', 'event', 'gold', 'conf', 'flags', 'evidence'],
        events.map((e) => [
          e.date,
          e.source || '—',
          e.target || '—',
          e.code,
          describeCode(e.code),
          e.goldstein.toFixed(1),
          e.confidence.toFixed(2),
          eventFlags(e),
          e.evidence ? `[${e.evidence.docId}#${e.evidence.sentenceIndex}] ${e.evidence.sentence}` : (e.dataset ?? ''),
        ]),
        [10, 10, 10, 5, 34, 5, 4, 14, 110],
      );
  }
}

/** Short markers for what the code alone does not say. */
export function eventFlags(e: Event): string {
  const flags: string[] = [];
  if (e.negated) flags.push('negated');
  if (e.unfulfilled) flags.push('unfulfilled');
  if (e.modality !== 'asserted') flags.push(e.modality);
  return flags.join(',');
}
