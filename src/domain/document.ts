/** Where a document came from and how it was read. */
export type DocumentFormat = 'text' | 'html' | 'jsonl' | 'rss' | 'atom';

/** A news document after ingest: plain main text plus its metadata. */
export interface Document {
  /** Stable id: the JSONL `id` when given, otherwise derived from the content hash. */
  id: string;
  /** sha256 (hex) of the normalised text; the idempotency key of the store. */
  contentHash: string;
  format: DocumentFormat;
  /** Main text only (no title, no navigation), with `\n` line ends. */
  text: string;
  title?: string;
  /** Publication date, ISO `YYYY-MM-DD`. Relative dates in the text resolve against it. */
  date?: string;
  source?: string;
  url?: string;
  /** Where it was read from, for messages: `path` or `path:line`. */
  origin?: string;
}
