import type { ActorMention } from './actor.js';
import type { Document } from './document.js';
import type { Event } from './event.js';
import type { Quote, Sentence } from './text.js';

/** A document after NLP and coding: what the store saves in one atomic unit. */
export interface CodedDocument {
  document: Document;
  sentences: Sentence[];
  quotes: Quote[];
  actors: ActorMention[];
  events: Event[];
  /** Codings the coder found but could not turn into events, counted by reason (no date known
   * for the document or the sentence, a code outside the CAMEO codebook, a discarded story). */
  skipped?: Record<string, number>;
}
