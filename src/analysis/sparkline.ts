/** Unicode sparklines for briefs and terminals: one block character per value. */

const BLOCKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;

export interface SparklineOptions {
  /** Scale bounds; default the series' own min and max. Fixing them makes several sparklines comparable. */
  min?: number;
  max?: number;
}

/** `▁▂▄█▅` for [0, 1, 3, 7, 4]. Non-finite values (gaps) print as a space; a flat series prints as
 * its lowest block, so flat reads as flat and not as a peak. Values outside [min, max] are clamped. */
export function sparkline(values: readonly number[], options: SparklineOptions = {}): string {
  const finite = values.filter((v) => Number.isFinite(v));
  const min = options.min ?? Math.min(...finite);
  const max = options.max ?? Math.max(...finite);
  const range = max - min;
  return values
    .map((v) => {
      if (!Number.isFinite(v)) return ' ';
      if (!(range > 0)) return BLOCKS[0];
      const level = Math.round(((Math.min(max, Math.max(min, v)) - min) / range) * (BLOCKS.length - 1));
      return BLOCKS[level] ?? BLOCKS[0];
    })
    .join('');
}
