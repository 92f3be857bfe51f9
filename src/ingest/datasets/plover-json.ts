/**
 * PLOVER JSON records (the PLOVER gold-standard files and PLOVER-coded JSON output) onto the
 * event schema. A record may name several source and target actors ("Hungarian and Romanian
 * officials agreed"): it becomes one event per (source, target) pair, ids `plover:<id>#<n>`.
 * The PLOVER type is kept and mapped to a CAMEO code; `DOCUMENT` records describe the file and
 * are not events. Records are checked in JS (with their line) and staged, then loaded in SQL.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { cameoCode } from '../../model/index.js';
import { countryCode, iso3Of } from './actors.js';
import type { InputPart } from './input.js';
import { partChunks } from './input.js';
import { jsonRecords } from './json-records.js';
import type { LoadOptions, PartResult } from './load-csv.js';
import { finishStaged } from './load-csv.js';
import type { LoadPlan } from './plan.js';
import { EVENT_INSERT_COLUMNS, eventKey } from './plan.js';
import { cameoOfPlover } from './plover-cameo.js';
import type { RejectedRow } from './result.js';

interface Side {
  code: string;
  name?: string;
}

type Row = Record<string, string | number | boolean | null>;

const isIsoDate = (s: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

function sides(value: unknown): Side[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((a): Side[] => {
    if (a === null || typeof a !== 'object') return [];
    const { actorText, code, sector } = a as Record<string, unknown>;
    const given = text(code)?.toUpperCase() ?? '';
    const country = countryCode(given);
    const role = text(sector)?.toUpperCase();
    const base = country ?? given;
    const full = country && role && /^[A-Z]{3}$/.test(role) ? base + role : base;
    const name = text(actorText);
    return [{ code: full, ...(name ? { name } : {}) }];
  });
}

function location(value: unknown): Row {
  const empty = { location_name: null, location_country: null, lat: null, lon: null, location_precision: null };
  if (value === null || typeof value !== 'object') return empty;
  const loc = value as Record<string, unknown>;
  const name = text(loc.name) ?? null;
  const isCountry = name !== null && countryCode(name) !== undefined;
  const country = iso3Of(text(loc['country code']) ?? text(loc.country) ?? (isCountry ? name : undefined)) ?? null;
  const lat = typeof loc.lat === 'number' && Math.abs(loc.lat) <= 90 ? loc.lat : null;
  const lon = typeof loc.lon === 'number' && Math.abs(loc.lon) <= 180 ? loc.lon : null;
  const precision = name === null && country === null ? null : isCountry ? 'country' : name !== null ? 'city' : 'country';
  return { location_name: name, location_country: country, lat, lon, location_precision: precision };
}

/** The events of one record, or the reason it cannot be loaded. */
export function ploverEvents(record: unknown): Row[] | string {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return 'expected a JSON object';
  const r = record as Record<string, unknown>;
  const id = typeof r.id === 'number' ? String(r.id) : text(r.id);
  if (id === undefined) return 'field "id" is missing';
  const type = text(r.event);
  if (type === undefined) return 'field "event" (the PLOVER type) is missing';
  const mapped = cameoOfPlover(type);
  if (mapped === undefined) return `unknown PLOVER event type "${type}"`;
  const date = text(r.date);
  if (date === undefined || !isIsoDate(date)) return `field "date" is ${JSON.stringify(r.date ?? null)}, expected YYYY-MM-DD`;
  const cameo = cameoCode(mapped.code);
  if (cameo === undefined) return `no CAMEO code for PLOVER type "${type}"`;
  const sources = sides(r.source);
  const targets = sides(r.target);
  const pairs = (sources.length ? sources : [{ code: '' }]).flatMap((s) => (targets.length ? targets : [{ code: '' }]).map((t) => [s, t] as const));
  return pairs.map(([s, t], i): Row => ({
    id: pairs.length === 1 ? `plover:${id}` : `plover:${id}#${i + 1}`,
    date, source: s.code, target: t.code, source_name: s.name ?? null, target_name: t.name ?? null,
    code: cameo.code, root: cameo.root, quad: cameo.quad, goldstein: cameo.goldstein, plover: mapped.plover,
    confidence: 1, negated: false, modality: 'asserted', ...location(r.eventLoc),
    dataset: 'plover', original_id: id, url: text(r.url) ?? null,
  }));
}

const PLAN: Pick<LoadPlan, 'dataset' | 'table' | 'columns' | 'key' | 'csv'> = {
  dataset: 'plover', table: 'events', columns: EVENT_INSERT_COLUMNS, key: eventKey, csv: { header: false, dateformat: '%Y-%m-%d' },
};

const STAGED_COLUMNS = [...EVENT_INSERT_COLUMNS, '_pos', '_reason'];
const BATCH = 400;

async function flush(connection: DuckDBConnection, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const width = STAGED_COLUMNS.length;
  const params = rows.flatMap((r) => STAGED_COLUMNS.map((c) => r[c] ?? null));
  const tuples = rows.map((_, i) => `(${STAGED_COLUMNS.map((__, c) => `$${i * width + c + 1}`).join(', ')})`);
  await connection.run(`INSERT INTO plover_staged VALUES ${tuples.join(', ')}`, params);
  rows.length = 0;
}

export async function loadPlover(connection: DuckDBConnection, part: InputPart, o: LoadOptions): Promise<PartResult> {
  await connection.run(`CREATE OR REPLACE TEMP TABLE plover_staged (id VARCHAR, date VARCHAR, source VARCHAR, target VARCHAR,
    source_name VARCHAR, target_name VARCHAR, code VARCHAR, root VARCHAR, quad UTINYINT, goldstein DOUBLE, plover VARCHAR,
    confidence DOUBLE, negated BOOLEAN, modality VARCHAR, location_name VARCHAR, location_country VARCHAR, lat DOUBLE, lon DOUBLE,
    location_precision VARCHAR, dataset VARCHAR, original_id VARCHAR, url VARCHAR, _pos BIGINT, _reason VARCHAR)`);
  const unreadable: RejectedRow[] = [];
  const lines = new Set<number>();
  const pending: Row[] = [];
  for await (const record of jsonRecords(partChunks(part))) {
    if ('error' in record) {
      lines.add(record.line);
      unreadable.push({ file: part.label, line: record.line, reason: record.error });
      continue;
    }
    if (text((record.value as Record<string, unknown> | null)?.event)?.toUpperCase() === 'DOCUMENT') continue;
    const events = ploverEvents(record.value);
    if (typeof events === 'string') pending.push({ id: null, _pos: record.line, _reason: events });
    else for (const e of events) pending.push({ ...e, _pos: record.line, _reason: null });
    if (pending.length >= BATCH) await flush(connection, pending);
  }
  await flush(connection, pending);
  await connection.run(`CREATE OR REPLACE TEMP TABLE mapped AS SELECT * REPLACE (TRY_CAST(date AS DATE) AS date), id AS _key,
      CASE WHEN _reason IS NULL AND row_number() OVER (PARTITION BY id ORDER BY _pos) > 1
        THEN 'duplicate id: an earlier record of this file has the same id' ELSE _reason END AS _why
    FROM plover_staged`);
  const reader = { count: unreadable.length, lines, first: unreadable.slice(0, o.maxRejectsReported) };
  return finishStaged(connection, PLAN as LoadPlan, undefined, reader, o).then((r) => ({
    ...r, rejects: r.rejects.map((x) => ({ ...x, file: part.label })),
  }));
}
