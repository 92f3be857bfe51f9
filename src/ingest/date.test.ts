import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate, normaliseDate } from './date.js';

describe('normaliseDate', () => {
  it('keeps plain ISO dates and takes the written date of timestamps', () => {
    expect(normaliseDate('2025-06-20')).toBe('2025-06-20');
    expect(normaliseDate(' 2025-06-13T01:30:00+03:30 ')).toBe('2025-06-13');
    expect(normaliseDate('2024-12-31T23:59:59.123Z')).toBe('2024-12-31');
    expect(normaliseDate('2024-02-29 08:00')).toBe('2024-02-29');
  });

  it('reads RSS pubDate (RFC 822) including two-digit years', () => {
    expect(normaliseDate('Tue, 04 Jun 2024 23:30:00 -0400')).toBe('2024-06-04');
    expect(normaliseDate('5 Jan 2025 10:00 GMT')).toBe('2025-01-05');
    expect(normaliseDate('Mon, 01 Mar 99 00:00:00 +0000')).toBe('1999-03-01');
  });

  it('rejects impossible days and free text', () => {
    expect(normaliseDate('2025-02-29')).toBeUndefined();
    expect(normaliseDate('2024-13-01')).toBeUndefined();
    expect(normaliseDate('March third')).toBeUndefined();
    expect(normaliseDate('20250620')).toBeUndefined();
    expect(normaliseDate('31 Foo 2024')).toBeUndefined();
  });

  it('round-trips every real calendar day', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(normaliseDate(iso)).toBe(iso);
        expect(isCalendarDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(true);
      }),
    );
  });
});
