import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, contentHash, makeDocument, normaliseForHash } from './document.js';
import { resolveOptions } from './options.js';

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');

describe('document identity', () => {
  it('hashes the NFC, whitespace-collapsed, trimmed text', () => {
    const composed = 'Caf\u00e9 talks  resumed\n\non Monday. ';
    const decomposed = ' Cafe\u0301 talks resumed on\tMonday.';
    expect(contentHash(composed)).toBe(contentHash(decomposed));
    expect(contentHash(composed)).toBe(sha('Caf\u00e9 talks resumed on Monday.'));
    expect(contentHash('a b')).not.toBe(contentHash('ab'));
  });

  it('derives the id from the hash unless one is given', () => {
    const options = resolveOptions();
    const derived = makeDocument({ format: 'text', text: 'Body text.', origin: 'x.txt' }, options, { file: 'x.txt' });
    expect(derived.id).toBe(`doc-${derived.contentHash.slice(0, 16)}`);
    const given = makeDocument({ format: 'jsonl', text: 'Body text.', id: 'wire-42', origin: 'x.jsonl:3' }, options, { file: 'x.jsonl', line: 3 });
    expect(given.id).toBe('wire-42');
    expect(given.contentHash).toBe(derived.contentHash);
  });

  it('fills only missing metadata from the options', () => {
    const options = resolveOptions({ date: '2025-06-20T12:00:00Z', title: 'Fallback', source: 'Desk' });
    const doc = makeDocument({ format: 'text', text: 'x', title: 'Own title', origin: 'o' }, options, { file: 'o' });
    expect(doc).toMatchObject({ title: 'Own title', date: '2025-06-20', source: 'Desk' });
    expect('url' in doc).toBe(false);
  });

  it('refuses a document with no text, naming the field', () => {
    expect(() => makeDocument({ format: 'jsonl', text: ' \n ', origin: 'f:2' }, resolveOptions(), { file: 'f', line: 2 })).toThrow(
      expect.objectContaining({ code: 'INPUT_EMPTY', location: { file: 'f', line: 2, field: 'text' } }),
    );
  });

  it('keeps line structure while cleaning line ends', () => {
    expect(cleanText('\r\n\r\nOne  \r\nTwo\rThree\n\n')).toBe('One\nTwo\nThree');
  });

  it('hash normalisation is idempotent and whitespace-insensitive', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const n = normaliseForHash(s);
        expect(normaliseForHash(n)).toBe(n);
        expect(contentHash(` ${s.replace(/ /g, '\n')}\t`)).toBe(contentHash(s));
      }),
    );
  });
});
