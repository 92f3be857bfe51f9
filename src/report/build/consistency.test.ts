/**
 * One analysis, three views: on the same store the brief must say what `dyadReport` (behind
 * `entente dyad` and the dashboard) says — the same window, series, direction and change points —
 * and each change point the brief tells must cite the events dyadReport cites for it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { dyadReport } from '../../dyads/index.js';
import type { DyadReport } from '../../dyads/index.js';
import { SHIFT_PERIOD, irnRusStore } from '../../dyads/test-helpers/index.js';
import type { Event } from '../../domain/index.js';
import type { Store } from '../../store/index.js';
import { checkEvidence } from '../test-helpers/check-evidence.js';
import type { Brief, Claim } from '../types.js';
import { buildBrief } from './build-brief.js';
import { DIRECTION_WORDS } from './direction-words.js';

let store: Store | undefined;
afterEach(async () => { await store?.close(); store = undefined; });

/** Events of other pairs, well before and after the Iran–Russia record, so the store's first and
 * last dates are not the pair's: the demo corpus has such an outlier. */
const outliers: Event[] = [['2022-02-14', 'USAGOV', 'CHNGOV'], ['2025-09-30', 'TURGOV', 'GRCGOV']].map(([date, source, target], i) => ({
  id: `outlier-${i}`, date: date ?? '', source: source ?? '', target: target ?? '', code: '036', root: '03', quad: 1, goldstein: 4,
  plover: 'CONSULT', confidence: 0.9, negated: false, modality: 'asserted', dataset: 'handmade',
}));

async function paddedStore(): Promise<Store> {
  const s = await irnRusStore();
  await s.saveCoded([{ document: { id: 'outliers', contentHash: 'outliers', format: 'text', text: 'Elsewhere.', date: '2025-09-30' }, sentences: [], quotes: [], actors: [], events: outliers }]);
  return s;
}

const claims = (b: Brief): Claim[] => [...b.lede, ...b.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.claims))];

function expectSameStory(brief: Brief, report: DyadReport): void {
  expect(brief.window).toMatchObject({ from: report.series.from, to: report.series.to });
  expect(brief.direction).toBe(report.overall.direction);
  expect(brief.figures.direction.reasons).toEqual(report.overall.reasons);
  expect(brief.figures.sparkline).toBe(report.sparkline);
  expect(brief.figures.monthly.map((p) => [p.period, p.count])).toEqual(report.series.points.map((p) => [p.period, p.both.count]));
  expect(brief.figures.events).toBe(report.series.points.reduce((n, p) => n + p.both.count, 0));
  const told = claims(brief).filter((c) => /^Relations (warmed|cooled) from /.test(c.text));
  expect(told).toHaveLength(report.overall.changes.length);
  report.overall.changes.forEach((change, i) => {
    const c = told[i];
    expect(c?.text).toMatch(change.direction === 'warming' ? /^Relations warmed/ : /^Relations cooled/);
    expect(c?.count ?? c?.evidence.length).toBe(change.eventIds.length);
    for (const ref of c?.evidence ?? []) expect(change.eventIds).toContain(ref.eventId);
  });
}

describe('the brief and dyadReport on one store', () => {
  it('tell the same window, direction and change points by default, though the store runs past the pair', async () => {
    store = await paddedStore();
    const brief = await buildBrief(store, { a: 'IRN', b: 'RUS' });
    const report = await dyadReport(store, { a: 'IRN', b: 'RUS', by: 'month', resamples: 0 });
    expect(brief.window).toEqual({ from: '2023-01-03', to: '2024-12-23', asOf: '2025-09-30' });
    expect(report.overall.direction).toBe('cooling');
    expect(report.overall.changes.map((c) => c.period)).toEqual([SHIFT_PERIOD]);
    expectSameStory(brief, report);
    expect(brief.title).toMatch(new RegExp(`^Iran and Russia: a ${DIRECTION_WORDS.cooling} partnership( with unmet expectations)?$`));
    expect((await checkEvidence(brief, store)).problems).toEqual([]);
  });

  it('agree on an explicit window that reaches past the record, and the padding changes nothing', async () => {
    store = await paddedStore();
    const window = { from: '2022-01-01', to: '2025-09-30' };
    const brief = await buildBrief(store, { a: 'IRN', b: 'RUS', ...window });
    const report = await dyadReport(store, { a: 'IRN', b: 'RUS', ...window, by: 'month', resamples: 0 });
    expectSameStory(brief, report);
    const tight = await dyadReport(store, { a: 'IRN', b: 'RUS', by: 'month', resamples: 0 });
    expect(report.overall.changes.map((c) => [c.period, c.before, c.after])).toEqual(tight.overall.changes.map((c) => [c.period, c.before, c.after]));
    expect(report.overall.direction).toBe(tight.overall.direction);
  });
});
