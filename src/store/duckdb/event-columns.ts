/**
 * The events table mirrors domain/event.ts field by field, evidence and location flattened, so
 * bulk imports (read_csv straight into this table) need no JSON or nested types.
 */
import type { Evidence, Event, Location, LocationPrecision, Modality, QuadClass, Span } from '../../domain/index.js';
import type { Column, Row } from './columns.js';
import {
  column, date, defined, opt, readBool, readNumber, readOptBool, readOptNumber, readOptText, readOptTextList,
  readText, textList,
} from './columns.js';

type E = Event;
const ev = (e: E): Evidence | undefined => e.evidence;
const hl = (e: E, part: 'source' | 'verb' | 'target'): Span | undefined => e.evidence?.highlights[part];
const loc = (e: E): Location | undefined => e.location;

export const EVENT_COLUMNS: readonly Column<E>[] = [
  column('id', 'VARCHAR NOT NULL', (e) => e.id),
  column('date', 'DATE NOT NULL', (e) => date(e.date)),
  column('source', 'VARCHAR NOT NULL', (e) => e.source),
  column('target', 'VARCHAR NOT NULL', (e) => e.target),
  column('source_name', 'VARCHAR', (e) => opt(e.sourceName)),
  column('target_name', 'VARCHAR', (e) => opt(e.targetName)),
  column('code', 'VARCHAR NOT NULL', (e) => e.code),
  column('root', 'VARCHAR NOT NULL', (e) => e.root),
  column('quad', 'UTINYINT NOT NULL CHECK (quad BETWEEN 1 AND 4)', (e) => e.quad),
  column('goldstein', 'DOUBLE NOT NULL', (e) => e.goldstein),
  column('plover', 'VARCHAR NOT NULL', (e) => e.plover),
  column('confidence', 'DOUBLE NOT NULL', (e) => e.confidence),
  column('negated', 'BOOLEAN NOT NULL', (e) => e.negated),
  column('modality', 'VARCHAR NOT NULL', (e) => e.modality),
  column('unfulfilled', 'BOOLEAN', (e) => opt(e.unfulfilled)),
  column('issues', 'VARCHAR[]', (e) => textList(e.issues)),
  column('doc_id', 'VARCHAR', (e) => opt(ev(e)?.docId)),
  column('sentence_index', 'INTEGER', (e) => opt(ev(e)?.sentenceIndex)),
  column('sentence', 'VARCHAR', (e) => opt(ev(e)?.sentence)),
  column('span_start', 'INTEGER', (e) => opt(ev(e)?.span.start)),
  column('span_end', 'INTEGER', (e) => opt(ev(e)?.span.end)),
  column('source_start', 'INTEGER', (e) => opt(hl(e, 'source')?.start)),
  column('source_end', 'INTEGER', (e) => opt(hl(e, 'source')?.end)),
  column('verb_start', 'INTEGER', (e) => opt(hl(e, 'verb')?.start)),
  column('verb_end', 'INTEGER', (e) => opt(hl(e, 'verb')?.end)),
  column('target_start', 'INTEGER', (e) => opt(hl(e, 'target')?.start)),
  column('target_end', 'INTEGER', (e) => opt(hl(e, 'target')?.end)),
  column('rule', 'VARCHAR', (e) => opt(ev(e)?.rule)),
  column('location_name', 'VARCHAR', (e) => opt(loc(e)?.name)),
  column('location_country', 'VARCHAR', (e) => opt(loc(e)?.country)),
  column('lat', 'DOUBLE', (e) => opt(loc(e)?.lat)),
  column('lon', 'DOUBLE', (e) => opt(loc(e)?.lon)),
  column('location_precision', 'VARCHAR', (e) => opt(loc(e)?.precision)),
  column('dataset', 'VARCHAR', (e) => opt(e.dataset)),
  column('original_id', 'VARCHAR', (e) => opt(e.originalId)),
  column('url', 'VARCHAR', (e) => opt(e.url)),
];

/** An event with the document it was saved with (undefined for dataset imports). */
export interface StoredEvent {
  event: Event;
  documentId: string | undefined;
}

/**
 * The table's columns: the event's own, then the document it came in with. That link is kept
 * apart from evidence.docId because an event may be saved with a document yet carry no evidence.
 */
export const EVENT_TABLE_COLUMNS: readonly Column<StoredEvent>[] = [
  ...EVENT_COLUMNS.map((c) => column<StoredEvent>(c.name, c.sql, (s) => c.get(s.event))),
  column<StoredEvent>('document_id', 'VARCHAR', (s) => opt(s.documentId)),
  // Story cluster (reports of one happening); set by the clustering step, last so older files
  // gain it with ALTER TABLE in the same position.
  column<StoredEvent>('cluster_id', 'VARCHAR', () => null),
];

function readSpan(row: Row, prefix: string): Span | undefined {
  const start = readOptNumber(row, `${prefix}_start`);
  const end = readOptNumber(row, `${prefix}_end`);
  return start === undefined || end === undefined ? undefined : { start, end };
}

function readEvidence(row: Row): Evidence | undefined {
  // doc_id marks presence: it is NOT NULL exactly when the event had evidence.
  if (row.doc_id === null) return undefined;
  return {
    docId: readText(row, 'doc_id'),
    sentenceIndex: readNumber(row, 'sentence_index'),
    sentence: readText(row, 'sentence'),
    span: { start: readNumber(row, 'span_start'), end: readNumber(row, 'span_end') },
    highlights: defined({}, { source: readSpan(row, 'source'), verb: readSpan(row, 'verb'), target: readSpan(row, 'target') }),
    rule: readText(row, 'rule'),
  };
}

function readLocation(row: Row): Location | undefined {
  if (row.location_precision === null) return undefined;
  return defined<Location>(
    { precision: readText(row, 'location_precision') as LocationPrecision },
    {
      name: readOptText(row, 'location_name'),
      country: readOptText(row, 'location_country'),
      lat: readOptNumber(row, 'lat'),
      lon: readOptNumber(row, 'lon'),
    },
  );
}

/** The who-did-what-when columns every reading of an event row starts from (stored events, analysis rows). */
export function eventCore(row: Row): Pick<Event, 'id' | 'date' | 'source' | 'target' | 'code' | 'root' | 'quad' | 'goldstein'> {
  return {
    id: readText(row, 'id'),
    date: readText(row, 'date'),
    source: readText(row, 'source'),
    target: readText(row, 'target'),
    code: readText(row, 'code'),
    root: readText(row, 'root'),
    quad: readNumber(row, 'quad') as QuadClass,
    goldstein: readNumber(row, 'goldstein'),
  };
}

export function eventFromRow(row: Row): Event {
  const event: Event = {
    ...eventCore(row),
    plover: readText(row, 'plover'),
    confidence: readNumber(row, 'confidence'),
    negated: readBool(row, 'negated'),
    modality: readText(row, 'modality') as Modality,
  };
  return defined(event, {
    sourceName: readOptText(row, 'source_name'),
    targetName: readOptText(row, 'target_name'),
    unfulfilled: readOptBool(row, 'unfulfilled'),
    issues: readOptTextList(row, 'issues'),
    evidence: readEvidence(row),
    location: readLocation(row),
    dataset: readOptText(row, 'dataset'),
    originalId: readOptText(row, 'original_id'),
    url: readOptText(row, 'url'),
  });
}
