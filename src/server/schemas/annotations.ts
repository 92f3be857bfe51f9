/** Annotations: comments and corrections on an event or a brief section, and their export. */
import { z } from 'zod';
import { ActorCode, Id, Limit, Offset, Timestamp, page } from './common.js';

const CameoCode = z.string().regex(/^\d{2,4}$/, 'expected a CAMEO event code such as 0231');

export const AnnotationTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('event'), id: Id }),
  z.object({ kind: z.literal('brief'), id: Id, section: z.string().min(1).max(200) }),
]).meta({ id: 'AnnotationTarget' });

export const CorrectionSchema = z.object({
  code: CameoCode.optional(),
  source: ActorCode.optional(),
  target: ActorCode.optional(),
}).strict().refine((c) => c.code !== undefined || c.source !== undefined || c.target !== undefined, {
  message: 'a correction names the right code, source or target',
}).meta({ id: 'Correction' });

export const AnnotationSchema = z.object({
  id: z.string(),
  target: AnnotationTargetSchema,
  kind: z.enum(['comment', 'correction']),
  body: z.string(),
  correction: z.object({ code: z.string().optional(), source: z.string().optional(), target: z.string().optional() }).optional(),
  authorId: z.string(),
  authorName: z.string(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
}).meta({ id: 'Annotation' });
export type AnnotationBody = z.infer<typeof AnnotationSchema>;

export const AnnotationPage = page(AnnotationSchema).meta({ id: 'AnnotationPage' });

const Body = z.string().trim().max(10_000, 'expected at most 10000 characters');

export const CreateAnnotationBody = z.object({
  target: AnnotationTargetSchema,
  kind: z.enum(['comment', 'correction']),
  body: Body.min(1, 'expected some text'),
  correction: CorrectionSchema.optional(),
}).strict().refine((a) => (a.kind === 'correction') === (a.correction !== undefined), {
  message: 'a correction carries a "correction" object; a comment does not',
  path: ['correction'],
});

export const UpdateAnnotationBody = z.object({
  body: Body.min(1, 'expected some text').optional(),
  correction: CorrectionSchema.nullable().optional(),
}).strict().refine((p) => p.body !== undefined || p.correction !== undefined, { message: 'nothing to change: send body or correction' });

export const AnnotationParams = z.object({ id: Id });

export const AnnotationListQuery = z.object({
  targetKind: z.enum(['event', 'brief']).optional(),
  targetId: Id.optional(),
  section: z.string().min(1).max(200).optional(),
  kind: z.enum(['comment', 'correction']).optional(),
  authorId: Id.optional(),
  limit: Limit(500, 100),
  offset: Offset,
});

export const CorrectionExportQuery = z.object({ format: z.enum(['jsonl', 'csv']).default('jsonl') });

/** One line of the corrections export: the coding as stored beside the coding a reader gave. */
export const CorrectionRecord = z.object({
  annotationId: z.string(),
  eventId: z.string(),
  date: z.string().optional(),
  sentence: z.string().optional(),
  docId: z.string().optional(),
  codedSource: z.string().optional(),
  codedTarget: z.string().optional(),
  codedCode: z.string().optional(),
  correctSource: z.string().optional(),
  correctTarget: z.string().optional(),
  correctCode: z.string().optional(),
  note: z.string(),
  author: z.string(),
  createdAt: Timestamp,
}).meta({ id: 'CorrectionRecord' });
export type CorrectionRecord = z.infer<typeof CorrectionRecord>;
