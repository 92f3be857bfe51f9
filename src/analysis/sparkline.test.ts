import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sparkline } from './sparkline.js';

const BLOCKS = '▁▂▃▄▅▆▇█';

describe('sparkline', () => {
  it('maps the range onto eight blocks', () => {
    // (v − 0)/7 · 7 rounds to the block index itself.
    expect(sparkline([0, 1, 3, 7, 4])).toBe('▁▂▄█▅');
    expect(sparkline([-10, 10])).toBe('▁█');
  });

  it('keeps flat flat, gaps blank, and honours fixed bounds', () => {
    expect(sparkline([2, 2, 2])).toBe('▁▁▁');
    expect(sparkline([0, NaN, 7])).toBe('▁ █');
    expect(sparkline([5], { min: 0, max: 10 })).toBe('▅'); // 0.5·7 = 3.5 rounds to 4
    expect(sparkline([20, -3], { min: 0, max: 10 })).toBe('█▁');
    expect(sparkline([])).toBe('');
  });

  it('has one block per value and preserves order (property)', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { maxLength: 50 }), (values) => {
      const line = [...sparkline(values)];
      expect(line).toHaveLength(values.length);
      values.forEach((v, i) => values.forEach((w, j) => {
        if (v <= w) expect(BLOCKS.indexOf(line[i] ?? '')).toBeLessThanOrEqual(BLOCKS.indexOf(line[j] ?? ''));
      }));
    }));
  });
});
