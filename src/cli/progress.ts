import cliProgress from 'cli-progress';
import type { CliIO } from './io.js';

export interface Progress {
  update(done: number, detail: string): void;
  stop(): void;
}

/** A progress bar on an interactive terminal; silent otherwise (CI logs stay readable). */
export function progressBar(io: CliIO, label: string): Progress {
  if (!io.interactive) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { format: `${label} {bar} {value} docs | {detail}`, hideCursor: true, clearOnComplete: true, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  // The total is unknown while inputs stream in; the bar shows activity and counts.
  bar.start(0, 0, { detail: '' });
  return {
    update: (done, detail) => {
      bar.setTotal(Math.max(done, 1));
      bar.update(done, { detail });
    },
    stop: () => bar.stop(),
  };
}
