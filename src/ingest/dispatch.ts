import { InputError } from '../errors.js';
import { binaryError, decodeBytes, looksBinary, sniffEncoding } from './decode.js';
import { sniff } from './detect.js';
import { originOf } from './document.js';
import { readFeed } from './feed.js';
import { readHtml } from './html.js';
import { docItem, errorItem } from './item.js';
import type { IngestItem } from './item.js';
import { readJsonlBytes, readJsonlText } from './jsonl.js';
import type { ResolvedOptions } from './options.js';
import { readPlainText } from './plain-text.js';

export function tooLarge(file: string, size: number, limit: number): InputError {
  return new InputError('INPUT_TOO_LARGE', `file of ${size} bytes is over the ${limit}-byte limit`, {
    location: { file },
    hint: 'split it, convert it to JSONL (streamed at any size), or raise maxFileBytes',
  });
}

/** Only InputErrors become items; anything else is a bug and must surface. */
function guard(file: string, read: () => IngestItem[]): IngestItem[] {
  try {
    return read();
  } catch (e) {
    if (e instanceof InputError) return [errorItem(e)];
    throw e;
  }
}

/** A decoded text, read by the reader its content calls for. */
export function readText(text: string, file: string, options: ResolvedOptions): IngestItem[] {
  return guard(file, () => {
    const kind = sniff(text);
    switch (kind) {
      case 'jsonl':
        return readJsonlText(text, file, options);
      case 'rss':
      case 'atom':
        return readFeed(text, kind, file, options);
      case 'html':
        return [docItem(readHtml(text, { file, origin: originOf(file) }, options))];
      case 'text':
        return [docItem(readPlainText(text, file, options))];
      case 'json':
      case 'xml':
        throw new InputError('INPUT_FORMAT', kind === 'json' ? 'a JSON document, not JSON Lines' : 'XML that is neither RSS nor Atom', {
          location: { file },
          hint: kind === 'json' ? 'write one JSON object per line (JSONL)' : 'ingest reads RSS 2.0/1.0 and Atom feeds, HTML, JSONL and plain text',
        });
    }
  });
}

/** Whole bytes in memory: UTF-8 JSONL is split on bytes so one bad line fails alone. */
export function readBytes(bytes: Uint8Array, file: string, options: ResolvedOptions): IngestItem[] {
  return guard(file, () => {
    const { encoding, bomLength } = sniffEncoding(bytes);
    if (encoding === 'utf-8') {
      const head = new TextDecoder('utf-8').decode(bytes.subarray(bomLength, bomLength + 8192));
      if (sniff(head) === 'jsonl') {
        if (looksBinary(bytes.subarray(bomLength))) throw binaryError(file);
        return readJsonlBytes(bytes, file, options);
      }
    }
    if (bytes.length > options.maxFileBytes) throw tooLarge(file, bytes.length, options.maxFileBytes);
    return readText(decodeBytes(bytes, file), file, options);
  });
}
