import { describe, expect, it } from 'vitest';
import { formatBytes, formatDay, formatPeriod, formatSigned, quadName } from './format.js';

describe('format', () => {
  it('writes ISO days and month periods for people', () => {
    expect(formatDay('2025-01-17')).toBe('17 Jan 2025');
    expect(formatDay('not a date')).toBe('not a date');
    expect(formatDay(undefined)).toBe('');
    expect(formatPeriod('2025-06')).toBe('Jun 2025');
    expect(formatPeriod('2025-W24')).toBe('2025-W24');
    expect(formatPeriod('2024-02-29')).toBe('29 Feb 2024');
  });

  it('signs numbers with a true minus and no negative zero', () => {
    expect(formatSigned(12.345)).toBe('+12.3');
    expect(formatSigned(-3)).toBe('−3.0');
    expect(formatSigned(-0.01)).toBe('0.0');
    expect(formatSigned(Number.NaN)).toBe('–');
  });

  it('names quad classes and sizes', () => {
    expect(quadName(3)).toBe('Verbal conflict');
    expect(quadName(9)).toBe('Quad 9');
    expect(formatBytes(2048)).toBe('2.0 kB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});
