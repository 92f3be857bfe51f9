import type { Span } from './text.js';

/** CAMEO quad classes: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadClass = 1 | 2 | 3 | 4;

/** How the text presents the event. CAMEO codes threats, demands and intentions as their own codes;
 * this keeps the surface modality so analysis can tell "did" from "said it would". */
export type Modality = 'asserted' | 'intended' | 'expected' | 'threatened' | 'demanded' | 'requested' | 'hypothetical';

/** Why an event was coded the way it was: every coded event carries one. */
export interface Evidence {
  docId: string;
  sentenceIndex: number;
  /** The sentence text as stored. */
  sentence: string;
  /** Sentence-relative span covering source, verb and target. */
  span: Span;
  /** Sentence-relative spans of the parts, for highlighting. */
  highlights: { source?: Span; verb?: Span; target?: Span };
  /** Id of the rule (dictionary pattern) that fired. */
  rule: string;
}

export type LocationPrecision = 'country' | 'admin' | 'city' | 'point';

export interface Location {
  name?: string;
  /** ISO3 country code. */
  country?: string;
  lat?: number;
  lon?: number;
  precision: LocationPrecision;
}

/** The event record every path produces: coded text and imported datasets alike. */
export interface Event {
  id: string;
  /** Event date, ISO `YYYY-MM-DD`. */
  date: string;
  /** Actor codes; '' when the side is unknown. */
  source: string;
  target: string;
  sourceName?: string;
  targetName?: string;
  /** Full CAMEO event code ("0232") and its two-digit root ("02"). */
  code: string;
  root: string;
  quad: QuadClass;
  goldstein: number;
  /** PLOVER event type (e.g. "REQUEST", "ACCUSE"). */
  plover: string;
  /** 0..1 */
  confidence: number;
  /** The text says it did not happen ("did not deliver"). */
  negated: boolean;
  modality: Modality;
  /** A request/promise the text says went unmet. */
  unfulfilled?: boolean;
  /** Issue codes (Phoenix issue coding) attached to the event. */
  issues?: string[];
  /** Present for coded text; datasets without sentences carry their own provenance fields. */
  evidence?: Evidence;
  location?: Location;
  /** For imported datasets: dataset name (gdelt1, gdelt2, icews, plover) and original row id. */
  dataset?: string;
  originalId?: string;
  /** Source article URL when the dataset gives one. */
  url?: string;
}
