/** Events: the coded record with its evidence, the listing filters, and the download formats. */
import { z } from 'zod';
import { ActorCode, CameoPrefix, Id, IsoDate, Limit, Offset, page } from './common.js';

export const SpanSchema = z.object({ start: z.number().int(), end: z.number().int() });

export const EvidenceSchema = z.object({
  docId: z.string(),
  sentenceIndex: z.number().int(),
  sentence: z.string(),
  span: SpanSchema,
  highlights: z.object({ source: SpanSchema.optional(), verb: SpanSchema.optional(), target: SpanSchema.optional() }),
  rule: z.string(),
}).meta({ id: 'Evidence' });

export const LocationSchema = z.object({
  name: z.string().optional(),
  country: z.string().optional(),
  lat: z.number().optional(),
  lon: z.number().optional(),
  precision: z.enum(['country', 'admin', 'city', 'point']),
});

export const EventSchema = z.object({
  id: z.string(),
  date: z.string(),
  source: z.string(),
  target: z.string(),
  sourceName: z.string().optional(),
  targetName: z.string().optional(),
  code: z.string(),
  root: z.string(),
  quad: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  goldstein: z.number(),
  plover: z.string(),
  confidence: z.number(),
  negated: z.boolean(),
  modality: z.enum(['asserted', 'intended', 'expected', 'threatened', 'demanded', 'requested', 'hypothetical']),
  unfulfilled: z.boolean().optional(),
  issues: z.array(z.string()).optional(),
  evidence: EvidenceSchema.optional(),
  location: LocationSchema.optional(),
  dataset: z.string().optional(),
  originalId: z.string().optional(),
  url: z.string().optional(),
}).meta({ id: 'Event' });
export type EventBody = z.infer<typeof EventSchema>;

export const EventPage = page(EventSchema).meta({ id: 'EventPage' });

/** "1", "1,2" or repeated — quad classes 1 to 4. */
const Quads = z.string().regex(/^[1-4](,[1-4])*$/, 'expected quad classes 1-4, comma separated (e.g. 1,2)')
  .transform((s) => [...new Set(s.split(',').map(Number))] as Array<1 | 2 | 3 | 4>);

/** Filters shared by the listing and the download. */
export const EventFilters = z.object({
  actor: ActorCode.optional().describe('either side; a code prefix (RUS matches RUSGOV)'),
  source: ActorCode.optional(),
  target: ActorCode.optional(),
  /** Two actors, events between them in either direction: `IRN,RUS`. */
  dyad: z.string().regex(/^[A-Za-z0-9]{3,32},[A-Za-z0-9]{3,32}$/, 'expected two actor codes separated by a comma, e.g. IRN,RUS').optional(),
  code: CameoPrefix.optional(),
  quad: Quads.optional(),
  plover: z.string().regex(/^[A-Za-z_-]{2,40}$/, 'expected a PLOVER type such as REQUEST').transform((s) => s.toUpperCase()).optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  text: z.string().min(1).max(200).optional().describe('words that must all occur in the evidence sentence'),
  docId: Id.optional(),
  dataset: z.string().min(1).max(40).optional(),
  minConfidence: z.coerce.number().min(0).max(1).optional(),
  sort: z.enum(['date-asc', 'date-desc', 'goldstein-asc', 'goldstein-desc']).default('date-desc'),
});

export const EventListQuery = EventFilters.extend({ limit: Limit(1000, 50), offset: Offset });
export type EventListQuery = z.output<typeof EventListQuery>;

/** Download formats (those of src/export; `gdelt` is GDELT 2.0's 61-column tab-separated rows). Listed
 * here rather than imported so the web app, which reads these schemas, needs nothing of the exporter;
 * routes/event-export.ts checks at compile time that the exporter knows each. */
export const EVENT_DOWNLOAD_FORMATS = ['csv', 'jsonl', 'parquet', 'gdelt'] as const;
export const EventExportQuery = EventFilters.extend({
  format: z.enum(EVENT_DOWNLOAD_FORMATS).default('csv'),
});

export const EventParams = z.object({ id: Id });
