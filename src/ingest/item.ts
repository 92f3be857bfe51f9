import type { Document } from '../domain/index.js';
import type { InputError } from '../errors.js';

/** What ingest yields: a document, or the error for one input or record (the run goes on). */
export type IngestItem = { kind: 'document'; document: Document } | { kind: 'error'; error: InputError };

export function docItem(document: Document): IngestItem {
  return { kind: 'document', document };
}

export function errorItem(error: InputError): IngestItem {
  return { kind: 'error', error };
}
