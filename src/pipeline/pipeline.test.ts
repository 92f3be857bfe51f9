import { describe, expect, it } from 'vitest';
import type { IngestItem } from '../ingest/index.js';
import { readBuffer } from '../ingest/index.js';
import { InputError } from '../errors.js';
import { openStore } from '../store/index.js';
import { createDecoder, ingestItems } from './index.js';

const encoder = new TextEncoder();

function items(name: string, lines: string[]): IngestItem[] {
  return readBuffer(encoder.encode(lines.join('\n')), name);
}

describe('createDecoder', () => {
  it('codes a document and places its events where the sentence says they happened', () => {
    const [item] = items('damascus.txt', ['Israel struck the Iranian consulate in Damascus on Monday.']);
    if (item?.kind !== 'document') throw new Error('expected a document');
    const coded = createDecoder().decode({ ...item.document, date: '2024-04-02' });
    const strike = coded.events.find((e) => e.source.startsWith('ISR') && e.target.startsWith('IRN'));
    expect(strike?.root).toMatch(/^(18|19|20)$/);
    expect(strike?.location).toMatchObject({ name: 'Damascus', country: 'SYR', precision: 'city' });
    expect(strike?.evidence?.sentence).toContain('Damascus');
  });
});

describe('ingestItems', () => {
  it('counts per file, keeps going after a bad record, and skips what is already stored', async () => {
    const store = await openStore({ kind: 'duckdb', path: ':memory:' });
    try {
      const first = items('a.jsonl', [
        JSON.stringify({ id: 'a1', date: '2025-01-10', text: 'Russia and Iran signed a trade agreement.' }),
        '{broken',
        JSON.stringify({ id: 'a2', date: '2025-01-12', text: 'Iran criticised Russia over the delayed jets.' }),
      ]);
      const second = items('b.txt', ['Title line', '', 'Israel condemned Iran for the missile attack.']);
      const failedFile: IngestItem = { kind: 'error', error: new InputError('INPUT_EMPTY', 'empty', { location: { file: 'c.txt' } }) };
      const decoder = createDecoder();
      const summary = await ingestItems([...first, ...second, failedFile], store, decoder, { batchSize: 1, now: () => new Date('2026-01-01T00:00:00Z') });
      expect(summary).toMatchObject({ read: 3, stored: 3, skipped: 0, failed: 2 });
      expect(summary.files.map((f) => [f.path, f.format, f.read, f.stored, f.failed])).toEqual([
        ['a.jsonl', 'jsonl', 2, 2, 1],
        ['b.txt', 'text', 1, 1, 0],
        ['c.txt', 'unreadable', 0, 0, 1],
      ]);
      expect(summary.files[0]).toMatchObject({ firstDate: '2025-01-10', lastDate: '2025-01-12' });
      expect(summary.errors.map((e) => e.location?.line)).toEqual([2, undefined]);

      const again = await ingestItems(first, store, decoder);
      expect(again).toMatchObject({ read: 2, stored: 0, skipped: 2, events: 0 });
      expect(again.files[0]).toMatchObject({ skipped: 2, stored: 0 });
      expect((await store.stats()).documents).toBe(3);
    } finally {
      await store.close();
    }
  });
});
