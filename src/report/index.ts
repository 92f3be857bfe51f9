/**
 * report — evidence-linked briefs. `buildBrief` turns a dyad, a window and the store into a Brief
 * (plain data: every statement a Claim with its evidence); `renderHtml`, `renderMarkdown` and
 * `renderJson` write it out. Builder and renderers are apart: a renderer reads only the Brief.
 */
import type { Store } from '../store/index.js';
import { buildBrief } from './build/index.js';
import { renderHtml, renderJson, renderMarkdown } from './render/index.js';
import type { BriefContext, BriefRequest } from './types.js';

export { buildBrief, codeName, eventLabel, MAX_EVIDENCE } from './build/index.js';
export { allClaims, numberEvidence, renderHtml, renderJson, renderMarkdown, slug } from './render/index.js';
export type { Cited, Numbering } from './render/index.js';
export { actorName, count, formatDate, listOf } from './english.js';
export type {
  Brief, BriefActor, BriefContext, BriefFigures, BriefRequest, Claim, EvidenceRef, Paragraph, QuoteRef, Section, SectionId,
} from './types.js';

export type BriefFormat = 'html' | 'md' | 'json';
export const BRIEF_FORMATS: readonly BriefFormat[] = ['html', 'md', 'json'];

/** Builds the brief and renders it in one format. */
export async function writeBrief(store: Store, request: BriefRequest, format: BriefFormat, context: BriefContext = {}): Promise<string> {
  const brief = await buildBrief(store, request, context);
  switch (format) {
    case 'html': return renderHtml(brief);
    case 'md': return renderMarkdown(brief);
    case 'json': return renderJson(brief);
  }
}
