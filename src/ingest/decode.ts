import { InputError } from '../errors.js';

/** Bytes sampled to decide whether a file is binary. */
const SAMPLE_BYTES = 64 * 1024;
/** Share of control characters above which the input is not text. */
const MAX_CONTROL_SHARE = 0.1;

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export function sniffEncoding(bytes: Uint8Array): { encoding: TextEncoding; bomLength: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: 'utf-8', bomLength: 0 };
}

/** Control characters that never occur in text (tab, line feed, form feed and carriage return do). */
function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f;
}

/** True when the sample has NUL characters or too many other control characters to be text. */
export function looksBinary(sample: ArrayLike<number>): boolean {
  const n = Math.min(sample.length, SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = sample[i] ?? 0;
    if (c === 0) return true;
    if (isControl(c)) control++;
  }
  return n > 0 && control / n > MAX_CONTROL_SHARE;
}

function codeUnits(text: string): number[] {
  const n = Math.min(text.length, SAMPLE_BYTES);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = text.charCodeAt(i);
  return out;
}

/** Offset of the first byte that starts an invalid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) { i++; continue; }
    let need: number; let min: number; let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      // Lower bounds reject overlong forms; E0/ED bounds also reject UTF-16 surrogates.
      min = b === 0xe0 ? 0xa0 : 0x80;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = b === 0xf0 ? 0x90 : 0x80;
      if (b === 0xf4) max = 0x8f;
    } else return i;
    const second = bytes[i + 1];
    if (second === undefined || second < min || second > max) return i;
    for (let k = 2; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

export function lineAtOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

export function binaryError(file: string): InputError {
  return new InputError('INPUT_BINARY', 'binary data, not text', {
    location: { file },
    hint: 'ingest reads UTF-8 or UTF-16 text: plain text, HTML, JSONL, RSS or Atom',
  });
}

export function encodingError(file: string, offset: number, line: number): InputError {
  return new InputError('INPUT_ENCODING', `invalid UTF-8 at byte ${offset} (line ${line})`, {
    location: { file, line },
    hint: 'save the file as UTF-8 (or UTF-16 with a byte-order mark)',
  });
}

export function emptyError(file: string, line?: number): InputError {
  return new InputError('INPUT_EMPTY', 'no text: the input is empty or only whitespace', {
    location: line === undefined ? { file } : { file, line },
    hint: 'check that the file was written completely',
  });
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Strict UTF-8 decoding of one JSONL line; `lineOffset` is where the line starts in the file. */
export function decodeUtf8Line(bytes: Uint8Array, file: string, line: number, lineOffset: number): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw encodingError(file, lineOffset + Math.max(0, firstInvalidUtf8(bytes)), line);
  }
}

/** Bytes to text: BOM-aware, strict about invalid UTF-8, refuses binary and empty input. */
export function decodeBytes(bytes: Uint8Array, file: string): string {
  const { encoding, bomLength } = sniffEncoding(bytes);
  const body = bytes.subarray(bomLength);
  let text: string;
  if (encoding === 'utf-8') {
    if (looksBinary(body)) throw binaryError(file);
    try {
      text = utf8.decode(body);
    } catch {
      const offset = Math.max(0, firstInvalidUtf8(body)) + bomLength;
      throw encodingError(file, offset, lineAtOffset(bytes, offset));
    }
  } else {
    if (body.length % 2 !== 0) throw encodingError(file, bytes.length - 1, lineAtOffset(bytes, bytes.length - 1));
    try {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      throw new InputError('INPUT_ENCODING', `invalid ${encoding.toUpperCase()} (unpaired surrogate)`, {
        location: { file },
        hint: 'save the file as UTF-8',
      });
    }
    if (looksBinary(codeUnits(text))) throw binaryError(file);
  }
  if (text.trim() === '') throw emptyError(file);
  return text;
}
