import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../errors.js';
import { decodeBytes, firstInvalidUtf8, looksBinary } from './decode.js';

function thrown(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

const utf16le = (s: string): Uint8Array => new Uint8Array([0xff, 0xfe, ...Buffer.from(s, 'utf16le')]);
const utf16be = (s: string): Uint8Array => {
  const le = Buffer.from(s, 'utf16le');
  return new Uint8Array([0xfe, 0xff, ...Buffer.from(le).swap16()]);
};

describe('decodeBytes', () => {
  it('strips a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('Tehran — Moscow')]);
    expect(decodeBytes(bytes, 'a.txt')).toBe('Tehran — Moscow');
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    const text = 'Araghchi met Lavrov in Moscow. «Ça va», ß, 日本';
    expect(decodeBytes(utf16le(text), 'le.txt')).toBe(text);
    expect(decodeBytes(utf16be(text), 'be.txt')).toBe(text);
  });

  it('names the byte offset and line of the first invalid UTF-8 sequence', () => {
    const bytes = Buffer.concat([Buffer.from('first line\nsecond '), Buffer.from([0xe9]), Buffer.from('t\u00e9\n')]);
    const err = thrown(() => decodeBytes(bytes, 'latin1.txt'));
    expect(err.code).toBe('INPUT_ENCODING');
    expect(err.location).toEqual({ file: 'latin1.txt', line: 2 });
    expect(err.message).toContain('byte 18');
  });

  it('refuses binary data: NUL bytes or many control characters', () => {
    expect(thrown(() => decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]), 'x.zip')).code).toBe('INPUT_BINARY');
    const controls = Buffer.from('ab\x01\x02\x03\x04cd\x05\x06\x07\x08');
    expect(thrown(() => decodeBytes(controls, 'x.bin')).code).toBe('INPUT_BINARY');
    expect(looksBinary(Buffer.from('tabs\tand\r\nnew lines\f'))).toBe(false);
  });

  it('refuses empty and whitespace-only input', () => {
    expect(thrown(() => decodeBytes(new Uint8Array(), 'e.txt')).code).toBe('INPUT_EMPTY');
    expect(thrown(() => decodeBytes(Buffer.from(' \n\t \r\n'), 'w.txt')).code).toBe('INPUT_EMPTY');
    expect(thrown(() => decodeBytes(utf16le('   '), 'w16.txt')).code).toBe('INPUT_EMPTY');
  });

  it('rejects an odd-length UTF-16 body', () => {
    const bytes = new Uint8Array([...utf16le('abc'), 0x41]);
    expect(thrown(() => decodeBytes(bytes, 'odd.txt')).code).toBe('INPUT_ENCODING');
  });
});

describe('firstInvalidUtf8', () => {
  it('agrees with the platform decoder on arbitrary bytes', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        let valid = true;
        try {
          strict.decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(bytes) === -1).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds nothing wrong in any encoded string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => firstInvalidUtf8(Buffer.from(s, 'utf8')) === -1));
  });

  it('points at overlong forms, surrogates and truncated tails', () => {
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xc0, 0xaf]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0x41, 0x42, 0xed, 0xa0, 0x80]))).toBe(2);
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xe2, 0x82]))).toBe(1);
  });
});
