import { describe, expect, it } from 'vitest';
import type { Coding } from './4-events.js';
import { dedupCodings, eventId } from './5-dedup.js';

const coding = (source: string, target: string, code: string, confidence: number): Coding => ({
  source, target, code, confidence, verbSpan: { start: 0, end: 1 }, clause: 0, rule: `r${confidence}`, negated: false, modality: 'asserted',
});

describe('step 5 — dedup and ids', () => {
  it('keeps one event per (source, target, code), the most confident', () => {
    const out = dedupCodings([coding('RUS', 'IRN', '061', 0.4), coding('RUS', 'IRN', '061', 0.8), coding('IRN', 'RUS', '061', 0.4)]);
    expect(out.map((c) => `${c.source}>${c.target}:${c.confidence}`)).toEqual(['RUS>IRN:0.8', 'IRN>RUS:0.4']);
  });

  it('derives stable ids from what was coded and where', () => {
    const a = eventId('doc-1', 3, 'RUS', 'IRN', '061');
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(eventId('doc-1', 3, 'RUS', 'IRN', '061')).toBe(a);
    expect(eventId('doc-1', 4, 'RUS', 'IRN', '061')).not.toBe(a);
    expect(eventId('doc-1', 3, 'IRN', 'RUS', '061')).not.toBe(a);
    expect(eventId('doc-2', 3, 'RUS', 'IRN', '061')).not.toBe(a);
  });
});
