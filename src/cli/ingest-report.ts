import type { IngestSummary } from '../pipeline/index.js';
import { EXIT, type ExitCode } from './io.js';

/** The summary every ingesting command prints, and the exit code it implies. */
export function ingestReport(summary: IngestSummary, seconds: number): { text: string; exit: ExitCode } {
  const lines = [
    `documents: ${summary.read} read, ${summary.stored} stored, ${summary.skipped} already stored`,
    `sentences: ${summary.sentences}   events: ${summary.events}   quotes: ${summary.quotes}`,
    `errors:    ${summary.failed}${summary.failed ? ' (see above; the other inputs were processed)' : ''}`,
    `time:      ${seconds.toFixed(1)} s`,
  ];
  const exit = summary.failed === 0 ? EXIT.ok : summary.read > 0 ? EXIT.partial : EXIT.failure;
  return { text: `${lines.join('\n')}\n`, exit };
}
