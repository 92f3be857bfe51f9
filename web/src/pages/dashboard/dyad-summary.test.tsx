import { describe, expect, it } from 'vitest';
import { render } from 'preact-render-to-string';
import type { DyadView } from '../../api/index.js';
import { relationPhrase } from '../../../../src/report/build/direction-words.js';
import { DyadSummary } from './dyad-summary.js';

const point = (period: string, count: number, net: number) => ({
  period, start: `${period}-01`, end: `${period}-28`, count, net, netAB: net, netBA: 0, quad: { 1: count, 2: 0, 3: 0, 4: 0 }, domains: {},
});

function view(direction: string, nets: number[], changes: DyadView['changes'] = []): DyadView {
  return {
    a: 'IRN', b: 'RUS', by: 'month', from: '2025-01-01', to: '2025-03-31',
    points: nets.map((n, i) => point(`2025-0${i + 1}`, 3, n)), changes, alerts: [], coverage: [],
    direction: { direction, reasons: [`reason for ${direction}`] },
  };
}

const html = (v: DyadView): string => render(<DyadSummary view={v} loading={false} nameA="Iran" nameB="Russia" />);

describe('DyadSummary', () => {
  it('names the direction in the brief\'s words, with the brief\'s title phrase', () => {
    for (const d of ['deepening', 'cooling', 'shifting', 'stable'] as const) {
      const warm = html(view(d, [4, 5, 6]));
      expect(warm).toContain(`Direction: ${d}</h3>`);
      expect(warm).toContain(`Iran and Russia: ${relationPhrase(d, 15)}`);
      const cold = html(view(d, [-4, -5, 1]));
      expect(cold).toContain(`Iran and Russia: ${relationPhrase(d, -8)}`);
    }
    expect(html(view('stable', [4, 5, 6]))).toContain('a stable partnership');
    expect(html(view('cooling', [-4, -5, 1]))).toContain('a rivalry, cooling further');
  });

  it('lists the change points it is given, and says none when there are none', () => {
    const change = { period: '2025-02', date: '2025-02-01', direction: 'cooling' as const, before: 9, after: -2, size: -11 };
    expect(html(view('cooling', [9, -2, -2], [change]))).toMatch(/▼ Cooling<\/span>\s*from Feb 2025/);
    expect(html(view('stable', [1, 1, 1]))).toContain('None found.');
  });

  it('says when a feed covers only part of the window, and nothing when none does', () => {
    const holed: DyadView = { ...view('cooling', [9, -2, -2]), coverage: [{ dataset: 'gdelt2', unit: '15min', expected: 8640, present: 96, missing: 8544 }] };
    expect(html(holed)).toContain('Incomplete data: gdelt2 has 96 of 8,640 15-minute files in this window');
    expect(html(view('cooling', [9, -2, -2]))).not.toContain('Incomplete data');
  });

  it('gives no phrase for an empty record or a direction it does not know', () => {
    expect(html(view('stable', []))).not.toContain('Iran and Russia:');
    const odd = html(view('sideways', [1, 2, 3]));
    expect(odd).toContain('Direction: sideways');
    expect(odd).not.toContain('Iran and Russia:');
  });
});
