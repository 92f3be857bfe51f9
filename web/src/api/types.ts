/**
 * The API's shapes, taken from the server's zod schemas (types only: nothing of the server is
 * bundled). When the server changes a schema, the app stops type-checking instead of breaking
 * at run time.
 */
import type { z } from 'zod';
import type { EVENT_DOWNLOAD_FORMATS, EventExportQuery, EventListQuery, EventSchema, EvidenceSchema } from '../../../src/server/schemas/events.js';
import type { DocumentDetailSchema, DocumentSummarySchema, PasteBody, UploadResult } from '../../../src/server/schemas/documents.js';
import type { ErrorBody } from '../../../src/server/schemas/common.js';

export type ApiEvent = z.output<typeof EventSchema>;
export type ApiEvidence = z.output<typeof EvidenceSchema>;
/** The listing's filters as the query string carries them (see EventListQuery). */
export type EventQuery = { [K in keyof z.input<typeof EventListQuery>]?: string | number };
export type ExportFormat = (typeof EVENT_DOWNLOAD_FORMATS)[number];
export type ExportQuery = z.input<typeof EventExportQuery>;
export type DocumentSummary = z.output<typeof DocumentSummarySchema>;
export type DocumentDetail = z.output<typeof DocumentDetailSchema>;
export type PasteDocument = z.input<typeof PasteBody>;
export type { UploadResult, ErrorBody };
export interface Page<T> { items: T[]; total: number; limit: number; offset: number }

import type { ActorInfoSchema, ActorSearchResultSchema, ActorSeenSchema } from '../../../src/server/schemas/actors.js';
import type { AnnotationSchema, AnnotationTargetSchema, CorrectionSchema, CreateAnnotationBody } from '../../../src/server/schemas/annotations.js';
import type { CsrfResponse, SignInBody, SignUpBody, UserSchema } from '../../../src/server/schemas/auth.js';
import type { HealthResponse } from '../../../src/server/schemas/health.js';

export type ActorInfo = z.output<typeof ActorInfoSchema>;
export type ActorSearchResult = z.output<typeof ActorSearchResultSchema>;
export type ActorSeen = z.output<typeof ActorSeenSchema>;
export type Annotation = z.output<typeof AnnotationSchema>;
export type AnnotationTarget = z.output<typeof AnnotationTargetSchema>;
export type Correction = z.input<typeof CorrectionSchema>;
export type NewAnnotation = z.input<typeof CreateAnnotationBody>;
export type User = z.output<typeof UserSchema>;
export type SignUp = z.input<typeof SignUpBody>;
export type SignIn = z.input<typeof SignInBody>;
export type CsrfToken = z.output<typeof CsrfResponse>;
export type Health = z.output<typeof HealthResponse>;

import type { DyadReportSchema } from '../../../src/server/schemas/dyads.js';
export type DyadReport = z.output<typeof DyadReportSchema>;

import type { BriefSchema, ClaimSchema, EvidenceRefSchema, QuoteRefSchema } from '../../../src/server/schemas/briefs.js';
export type Brief = z.output<typeof BriefSchema>;
export type Claim = z.output<typeof ClaimSchema>;
export type EvidenceRef = z.output<typeof EvidenceRefSchema>;
export type QuoteRef = z.output<typeof QuoteRefSchema>;
export type Section = Brief['sections'][number];
export type Paragraph = Section['paragraphs'][number];
