/** Briefs: the evidence-linked article on a dyad, as JSON (this schema), HTML or Markdown. */
import { z } from 'zod';
import { ActorCode, IsoDate } from './common.js';
import { SpanSchema } from './events.js';

export const EvidenceRefSchema = z.object({
  eventId: z.string(),
  date: z.string(),
  docId: z.string(),
  sentenceIndex: z.number().int(),
  span: SpanSchema,
  sentence: z.string(),
  highlights: z.object({ source: SpanSchema.optional(), verb: SpanSchema.optional(), target: SpanSchema.optional() }),
  source: z.string(),
  target: z.string(),
  code: z.string(),
  codeName: z.string(),
  dataset: z.string().optional(),
  url: z.string().optional(),
}).meta({ id: 'EvidenceRef' });

export const QuoteRefSchema = z.object({
  docId: z.string(),
  sentenceIndex: z.number().int(),
  sentence: z.string(),
  span: SpanSchema,
  text: z.string(),
  speaker: z.string().optional(),
  speakerCode: z.string().optional(),
  office: z.string().optional(),
  date: z.string().optional(),
}).meta({ id: 'QuoteRef' });

export const ClaimSchema = z.object({
  text: z.string(),
  actors: z.array(z.string()),
  evidence: z.array(EvidenceRefSchema),
  count: z.number().int().optional(),
  quotes: z.array(QuoteRefSchema).optional(),
}).meta({ id: 'Claim' });

export const SECTION_IDS = ['partnership', 'protective-stance', 'expectations', 'outlook', 'voices', 'conclusion', 'related', 'headlines'] as const;

const BriefActorSchema = z.object({ code: z.string(), name: z.string(), flag: z.string().optional() });

export const BriefSchema = z.object({
  version: z.literal(1),
  dyad: z.object({ a: BriefActorSchema, b: BriefActorSchema }),
  window: z.object({ from: z.string(), to: z.string(), asOf: z.string() }),
  title: z.string(),
  direction: z.enum(['deepening', 'cooling', 'shifting', 'stable', 'none']),
  lede: z.array(ClaimSchema),
  contents: z.array(z.object({ id: z.enum(SECTION_IDS), title: z.string() })),
  sections: z.array(z.object({
    id: z.enum(SECTION_IDS),
    title: z.string(),
    paragraphs: z.array(z.object({ heading: z.string().optional(), list: z.boolean().optional(), claims: z.array(ClaimSchema) })),
  })),
  figures: z.object({
    events: z.number().int(),
    cooperative: z.number().int(),
    conflictual: z.number().int(),
    net: z.number(),
    byDirection: z.object({ ab: z.number(), ba: z.number() }),
    byDomain: z.record(z.string(), z.number()),
    monthly: z.array(z.object({ period: z.string(), count: z.number().int(), net: z.number() })),
    sparkline: z.string(),
    direction: z.object({
      direction: z.enum(['deepening', 'cooling', 'shifting', 'stable']),
      slope: z.number(), riseSd: z.number(), slopeT: z.number(), firstMean: z.number(), lastMean: z.number(),
      reasons: z.array(z.string()),
    }),
    beforeWindow: z.number().int(),
    negated: z.number().int(),
  }),
  notes: z.array(z.string()),
}).meta({ id: 'Brief' });
export type BriefBody = z.infer<typeof BriefSchema>;

export const BriefParams = z.object({ a: ActorCode, b: ActorCode });

export const BriefQuery = z.object({
  format: z.enum(['json', 'html', 'md', 'markdown']).default('json'),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  /** The day the brief is written from; default the last event date of either actor. */
  asOf: IsoDate.optional(),
});
