/**
 * Reading a PLOVER gold-standard file (the OEDA "GSR" format: one JSON array of records with
 * `id`, `event`, `text`, `date` and `source` / `target` lists of {actorText, code, sector}).
 * Documentation records (`event: "DOCUMENT"`) are counted and left out; a record that cannot be
 * scored is reported with its id, line and field, never dropped silently.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { ploverType } from '../model/index.js';

/** One side of a gold event: the actor's code as the file writes it, and its sector. */
export interface GoldActor {
  code: string;
  sector?: string;
  text?: string;
}

/** Which half of the file a record belongs to: tuning may read `dev` records, never `heldout`. */
export type PloverHalf = 'dev' | 'heldout';

export interface PloverRecord {
  id: string;
  /** Line of the record's `id` in the file (1-based), for messages. */
  line: number;
  text: string;
  /** ISO day the text's relative dates and dated actor codes resolve against. */
  date?: string;
  /** The current (PLOVER 0.8) type; `legacyType` keeps the name the file used. */
  type: string;
  legacyType: string;
  /** Empty when the file names no source (an attack by someone unnamed). */
  sources: GoldActor[];
  /** Empty when the file names no target. */
  targets: GoldActor[];
  half: PloverHalf;
}

export interface PloverFile {
  records: PloverRecord[];
  /** Records left out, by reason ("documentation", "invalid: no text", ...). */
  skipped: Record<string, number>;
  /** One message per record that could not be read (id, line, field, what was expected). */
  problems: string[];
}

const Actor = z.object({ code: z.string().min(1), sector: z.string().optional(), actorText: z.string().optional() });
// The file writes a missing side as "" or leaves the key out; any other string is a slip of the
// file (one record has its context there) and is reported.
const Side = z.union([z.array(Actor), z.string()]).optional();
const Record_ = z.object({
  id: z.string().min(1),
  event: z.string().min(1),
  text: z.string().optional(),
  date: z.string().optional(),
  source: Side,
  target: Side,
});

/**
 * The half a record id falls in: the first byte of its SHA-256, so the split is fixed, roughly
 * even, and independent of the order or number of records in the file.
 */
export function ploverHalf(id: string): PloverHalf {
  return createHash('sha256').update(id).digest()[0]! < 128 ? 'dev' : 'heldout';
}

function lineOf(raw: string, id: string): number {
  const at = raw.indexOf(`"${id}"`);
  if (at < 0) return 0;
  let line = 1;
  for (let i = 0; i < at; i++) if (raw.charCodeAt(i) === 10) line++;
  return line;
}

function actors(side: z.infer<typeof Side>): GoldActor[] {
  if (side === undefined || typeof side === 'string') return [];
  return side.map((a) => {
    const out: GoldActor = { code: a.code.trim().toUpperCase() };
    if (a.sector !== undefined) out.sector = a.sector;
    if (a.actorText !== undefined) out.text = a.actorText;
    return out;
  });
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Parses a GSR file's text. Throws InputError when it is not a JSON array; bad records are
 * listed in `problems` and counted in `skipped`. */
export function parsePloverGsr(raw: string, file: string): PloverFile {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (cause) {
    throw new InputError('INPUT_FORMAT', `${file} is not valid JSON`, { cause, location: { file }, hint: 'a PLOVER gold-standard file is one JSON array of records' });
  }
  if (!Array.isArray(data)) {
    throw new InputError('INPUT_FORMAT', `${file} holds no JSON array`, { location: { file }, hint: 'a PLOVER gold-standard file is one JSON array of records' });
  }
  const out: PloverFile = { records: [], skipped: {}, problems: [] };
  const skip = (reason: string): void => {
    out.skipped[reason] = (out.skipped[reason] ?? 0) + 1;
  };
  data.forEach((item, k) => {
    const parsed = Record_.safeParse(item);
    const id = typeof (item as { id?: unknown })?.id === 'string' ? (item as { id: string }).id : `#${k}`;
    const line = lineOf(raw, id);
    const where = `${file}:${line} record ${id}`;
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      out.problems.push(`${where}: field "${issue.path.join('.')}": ${issue.message}`);
      skip('invalid record');
      return;
    }
    const r = parsed.data;
    if (r.event.toUpperCase() === 'DOCUMENT') return skip('documentation');
    const type = ploverType(r.event);
    if (!type) {
      out.problems.push(`${where}: field "event": "${r.event}" is not a PLOVER event type`);
      return skip('unknown event type');
    }
    if (!r.text || r.text.trim() === '') {
      out.problems.push(`${where}: field "text": expected the sentence the event is coded from`);
      return skip('no text');
    }
    const sources = actors(r.source);
    const targets = actors(r.target);
    if (sources.length === 0 && targets.length === 0) {
      out.problems.push(`${where}: fields "source" and "target": expected at least one actor`);
      return skip('no actors');
    }
    if (typeof r.target === 'string' && r.target.trim() !== '') {
      out.problems.push(`${where}: field "target": expected a list of actors or "", got "${r.target}"; scored as a record without a target`);
    }
    const rec: PloverRecord = {
      id: r.id, line, text: r.text, type: type.type, legacyType: r.event.toUpperCase(), sources, targets, half: ploverHalf(r.id),
    };
    if (r.date !== undefined && ISO_DAY.test(r.date)) rec.date = r.date;
    // Still scored: only relative dates and dated actor codes lose their reference day.
    else if (r.date !== undefined) out.problems.push(`${where}: field "date": expected an ISO day (YYYY-MM-DD), got "${r.date}"; coded without a date`);
    out.records.push(rec);
  });
  return out;
}
