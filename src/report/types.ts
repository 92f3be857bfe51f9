/**
 * The Brief: what the builder produces and every renderer reads. It is plain data — no markup —
 * and every statement in it is a Claim carrying the events (and quotes) that support it, so a
 * reader of any rendering can go from a sentence of the brief to the sentence of the news.
 */
import type { FeedCoverage } from '../ledger/index.js';
import type { OverallDirection, RelationDirection } from '../analysis/index.js';
import type { Span } from '../domain/index.js';

/** One coded event behind a claim, with the news sentence it was coded from. */
export interface EvidenceRef {
  eventId: string;
  /** Event date, ISO. */
  date: string;
  /** Document and sentence of the evidence; '' and −1 for dataset rows that carry no text. */
  docId: string;
  sentenceIndex: number;
  /** Sentence-relative span covering source, verb and target. */
  span: Span;
  sentence: string;
  /** Sentence-relative spans of the parts, for highlighting. */
  highlights: { source?: Span; verb?: Span; target?: Span };
  source: string;
  target: string;
  /** CAMEO code and its codebook name. */
  code: string;
  codeName: string;
  /** For imported dataset rows: where the row came from. */
  dataset?: string;
  url?: string;
}

/** A quotation behind a claim, located in its document. */
export interface QuoteRef {
  docId: string;
  sentenceIndex: number;
  /** The sentence as stored, and the quoted words' span within it. */
  sentence: string;
  span: Span;
  text: string;
  speaker?: string;
  speakerCode?: string;
  office?: string;
  /** Publication date of the document. */
  date?: string;
}

/**
 * A statement of the brief. `actors` are the actor codes it names (prefix codes: "RUS" stands
 * for every Russian actor); each evidence event runs between actors of that list. Aggregate
 * claims ("12 cooperative events") cite a bounded representative list and give the full count.
 */
export interface Claim {
  text: string;
  actors: string[];
  evidence: EvidenceRef[];
  /** How many events the claim summarises, when more than it cites. */
  count?: number;
  quotes?: QuoteRef[];
}

/** A group of claims read together: a paragraph, or a list when `list` is set. */
export interface Paragraph {
  heading?: string;
  list?: boolean;
  claims: Claim[];
}

export type SectionId =
  | 'partnership' | 'protective-stance' | 'expectations' | 'outlook' | 'voices' | 'conclusion' | 'related' | 'headlines';

export interface Section {
  id: SectionId;
  title: string;
  paragraphs: Paragraph[];
}

export interface BriefActor {
  code: string;
  name: string;
  flag?: string;
}

/** The figures the text is written from, kept for charts and for checking the prose. */
export interface BriefFigures {
  events: number;
  cooperative: number;
  conflictual: number;
  /** Net cooperation: Σ|Goldstein| of cooperative minus conflictual events. */
  net: number;
  byDirection: { ab: number; ba: number };
  byDomain: Record<string, number>;
  /** Monthly net cooperation across the window. */
  monthly: { period: string; count: number; net: number }[];
  sparkline: string;
  direction: Pick<OverallDirection, 'direction' | 'slope' | 'riseSd' | 'slopeT' | 'firstMean' | 'lastMean' | 'reasons'>;
  /** Dyad events before the window (not described) and negated ones (left out of the figures). */
  beforeWindow: number;
  negated: number;
}

export interface Brief {
  /** Format version of this structure. */
  version: 1;
  dyad: { a: BriefActor; b: BriefActor };
  window: { from: string; to: string; asOf: string };
  title: string;
  direction: RelationDirection | 'none';
  lede: Claim[];
  contents: { id: SectionId; title: string }[];
  sections: Section[];
  figures: BriefFigures;
  /** What the brief leaves out and why (events before the window, negated reports, an empty
   * record): statements about the data, not about the world, so they cite nothing. */
  notes: string[];
}

/** What the builder may ask besides the store: how completely the feeds cover the window. */
export interface BriefContext {
  coverage?: (from: string, to: string) => Promise<readonly FeedCoverage[]>;
}

/** What the caller asks for. Dates are ISO `YYYY-MM-DD`, inclusive. */
export interface BriefRequest {
  a: string;
  b: string;
  /** Default: the dyad's first event on or before `to`, at most 24 calendar months back (src/dyads'
   * window rule, the one `entente dyad` and the dashboard use). */
  from?: string;
  /** Default `asOf` when given, else the dyad's last event. */
  to?: string;
  /** The day the brief is written from (requests still open on it are pending); default the
   * store's last event date, or `to` if later. */
  asOf?: string;
}
