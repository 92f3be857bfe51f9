/** pipeline — ingest → nlp → coding → store, composed once for the CLI and the server. */
export { createDecoder, ownCoderFor } from './decode.js';
export type { Decoder, DecoderOptions } from './decode.js';
export { ingestItems } from './ingest.js';
export type { DocumentIngest, FileIngest, IngestOptions, IngestProgress, IngestSummary } from './ingest.js';
export { demoCorpusDir } from './demo.js';
