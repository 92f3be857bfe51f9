import { describe, expect, it, onTestFinished } from 'vitest';
import { openStore } from '../store/index.js';
import type { Store } from '../store/index.js';
import { DEFAULT_SPAN_MONTHS, dyadReport, resolveWindow, spanStart } from './index.js';
import { irnRusStore } from './test-helpers/index.js';

describe('the window rule', () => {
  const at = (date: string, source: string, target: string, id: string) => ({
    id, date, source, target, code: '036', root: '03', quad: 1 as const, goldstein: 4, plover: 'CONSULT', confidence: 0.9,
    negated: false, modality: 'asserted' as const, dataset: 'handmade',
  });
  /** A store with the pair's record inside a longer record of others. */
  async function padded(pair: [string, string][], others: string[]): Promise<Store> {
    const s = await openStore({ kind: 'duckdb', path: ':memory:' });
    const events = [
      ...pair.map(([date, code], i) => ({ ...at(date, 'IRNGOV', 'RUSGOV', `p${i}`), code, root: code.slice(0, 2) })),
      ...others.map((date, i) => at(date, 'USAGOV', 'CHNGOV', `o${i}`)),
    ];
    await s.saveCoded([{ document: { id: 'd', contentHash: 'd', format: 'text', text: 'x', date: '2025-01-01' }, sentences: [], quotes: [], actors: [], events }]);
    return s;
  }

  it('reads the pair\'s record, not the store\'s, so the same events give the same answer', async () => {
    const inner = await padded([['2024-03-05', '036'], ['2024-09-20', '036']], []);
    const outer = await padded([['2024-03-05', '036'], ['2024-09-20', '036']], ['2021-06-01', '2026-02-01']);
    try {
      for (const s of [inner, outer]) {
        expect(await resolveWindow(s, { a: 'IRN', b: 'RUS' })).toEqual({ dyad: { a: 'IRN', b: 'RUS' }, from: '2024-03-05', to: '2024-09-20', match: 'prefix' });
      }
      // Given only `to`, the window starts at the pair's first event on or before it.
      expect((await resolveWindow(outer, { a: 'IRN', b: 'RUS', to: '2025-01-31' })).from).toBe('2024-03-05');
      // A pair without events: the store's last date, and the clip.
      expect(await resolveWindow(outer, { a: 'IRN', b: 'ISR' })).toMatchObject({ from: '2024-03-01', to: '2026-02-01' });
      // Exact matching looks for the exact codes' events.
      expect((await resolveWindow(outer, { a: 'IRNGOV', b: 'RUSGOV', match: 'exact' })).to).toBe('2024-09-20');
      await expect(resolveWindow(outer, { a: 'IRNGOV', b: 'RUS', match: 'exact' })).resolves.toMatchObject({ to: '2026-02-01' });
    } finally {
      await inner.close();
      await outer.close();
    }
  });

  it('clips a long record to the last 24 months, aligned to the period asked', async () => {
    const s = await padded([['2019-05-05', '036'], ['2025-06-24', '036']], []);
    try {
      expect((await resolveWindow(s, { a: 'IRN', b: 'RUS' })).from).toBe('2023-07-01');
      expect(spanStart('2025-06-24')).toBe('2023-07-01');
      expect(spanStart('2025-06-24', DEFAULT_SPAN_MONTHS, 'quarter')).toBe('2023-07-01');
      expect(spanStart('2025-05-24', DEFAULT_SPAN_MONTHS, 'quarter')).toBe('2023-04-01');
      // 2023-07-01 is a Saturday; its ISO week starts on Monday 26 June.
      expect((await resolveWindow(s, { a: 'IRN', b: 'RUS' }, { by: 'week' })).from).toBe('2023-06-26');
      expect((await resolveWindow(s, { a: 'IRN', b: 'RUS', from: '2019-01-01' })).from).toBe('2019-01-01');
    } finally {
      await s.close();
    }
  });

  it('gives the dashboard\'s default and an explicit, wider window the same change points', async () => {
    const store = await irnRusStore();
    onTestFinished(() => store.close());
    const byDefault = await dyadReport(store, { a: 'IRN', b: 'RUS', by: 'month', resamples: 0, alerts: false });
    const wider = await dyadReport(store, { a: 'IRN', b: 'RUS', from: '2022-07-01', to: '2025-03-31', by: 'month', resamples: 0, alerts: false });
    expect(wider.series.points).toHaveLength(byDefault.series.points.length + 6 + 3);
    expect(wider.shifts.changes.map((c) => [c.period, c.before, c.after, c.eventIds])).toEqual(byDefault.shifts.changes.map((c) => [c.period, c.before, c.after, c.eventIds]));
    expect(wider.overall.direction).toBe(byDefault.overall.direction);
    expect(wider.shifts.sigma).toBe(byDefault.shifts.sigma);
  });
});
