import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineSplitter } from './lines.js';
import type { Line } from './lines.js';

function split(chunks: Uint8Array[], max: number): Line[] {
  const s = new LineSplitter(max);
  return [...chunks.flatMap((c) => s.push(c)), ...s.end()];
}

/** Cuts bytes at the given points. */
function cut(bytes: Uint8Array, points: number[]): Uint8Array[] {
  const at = [...new Set(points.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const p of [...at, bytes.length]) {
    out.push(bytes.subarray(from, p));
    from = p;
  }
  return out;
}

describe('LineSplitter', () => {
  it('yields the same lines, numbers and offsets however the bytes are chunked', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }).map((s) => s.replace(/\n/g, '')), { minLength: 1, maxLength: 8 }), fc.array(fc.nat(200)), (lines, points) => {
        const bytes = Buffer.from(lines.join('\n'), 'utf8');
        const got = split(cut(bytes, points), 1000);
        const texts = got.map((l) => (l.kind === 'line' ? Buffer.from(l.bytes).toString('utf8') : '!'));
        const expected = lines.map((l) => l.replace(/\r$/, ''));
        // Nothing after the last newline is not a line.
        if (expected[expected.length - 1] === '') expected.pop();
        expect(texts).toEqual(expected);
        got.forEach((l, i) => {
          expect(l.line).toBe(i + 1);
          expect(l.offset).toBe(lines.slice(0, i).reduce((n, s) => n + Buffer.byteLength(s) + 1, 0));
        });
      }),
    );
  });

  it('drops CR of CRLF line ends', () => {
    const got = split([Buffer.from('a\r\nb\r\n')], 100);
    expect(got.map((l) => (l.kind === 'line' ? Buffer.from(l.bytes).toString() : ''))).toEqual(['a', 'b']);
  });

  it('reports an overlong line by its size without keeping it, and carries on', () => {
    const long = 'x'.repeat(50);
    const got = split(cut(Buffer.from(`ok\n${long}\nafter`), [5, 20, 40]), 10);
    expect(got.map((l) => l.kind)).toEqual(['line', 'too-long', 'line']);
    expect(got[1]).toEqual({ kind: 'too-long', line: 2, offset: 3, length: 50 });
    expect(got[2]?.line).toBe(3);
  });
});
