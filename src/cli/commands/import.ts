import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { z } from 'zod';
import { importFiles } from '../../ingest/datasets/index.js';
import type { ImportProgress } from '../../ingest/datasets/index.js';
import type { CommandContext } from '../context.js';
import { DbFlag, dbOption, requireDuckDb, withStore } from '../context.js';
import { EXIT } from '../io.js';
import { parseOptions, positiveInt } from '../options.js';
import { renderImport } from '../render-import.js';

const ImportFlags = z.object({
  files: z.array(z.string().min(1)).min(1, 'give at least one file'),
  memoryLimit: z.string().regex(/^\d+(\.\d+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$/i, 'expected a size such as 1GB or 512MB').default('1536MB'),
  maxRejects: positiveInt.max(10_000).default(10),
  force: z.boolean().default(false),
  ...DbFlag,
});

/** Bytes done of all files: imports run one file at a time, so the bar moves per file. */
function progress(ctx: CommandContext): { update(p: ImportProgress): void; stop(): void } {
  if (!ctx.io.interactive) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    { format: 'import {bar} {percentage}% | {files} | {rate} rows/s | {current}', hideCursor: true, clearOnComplete: true, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  bar.start(1, 0, { files: '', rate: 0, current: '' });
  return {
    update: (p) => {
      bar.setTotal(Math.max(p.totalBytes, 1));
      const seconds = (Date.now() - started) / 1000;
      bar.update(p.bytes, { files: `${p.files}/${p.totalFiles} files`, rate: seconds > 0 ? Math.round(p.rows / seconds) : 0, current: p.current ?? '' });
    },
    stop: () => bar.stop(),
  };
}

export function registerImport(program: Command, ctx: CommandContext): void {
  program
    .command('import')
    .description('Import event datasets (GDELT 1.0/2.0 events and mentions, ICEWS, POLECAT, PLOVER JSON; plain, .gz or .zip)')
    .argument('<files...>', 'dataset files or directories of them; the format is told from the content')
    .option('--memory-limit <size>', 'DuckDB memory limit while importing', '1536MB')
    .option('--max-rejects <n>', 'rejected rows listed per file', '10')
    .option('--force', 'load files the ledger already has (stored rows are still skipped)')
    .addOption(dbOption())
    .action(async (files: string[], raw: Record<string, unknown>) => {
      const flags = parseOptions(ImportFlags, { ...raw, files });
      await withStore(ctx, flags.db, false, async (opened) => {
        const store = requireDuckDb(opened, 'importing');
        const bar = progress(ctx);
        const summary = await importFiles(store, flags.files, {
          memoryLimit: flags.memoryLimit, maxRejectsReported: flags.maxRejects, force: flags.force, onProgress: (p) => bar.update(p),
        });
        bar.stop();
        ctx.io.out(`store: ${store.location}\n${renderImport(summary)}`);
        // Rebuild the dyad tables now, while the store is open for writing, so later read-only
        // queries (`entente dyad`, the server) get the fast path at once.
        if (summary.loaded > 0 && (await store.refreshAnalytics())) ctx.io.out('analytics tables refreshed\n');
        const datasets = summary.files.length - summary.failed - summary.notDatasets;
        if (datasets === 0 && summary.failed === 0) ctx.io.err(`entente: no event dataset in ${flags.files.join(', ')}\n`);
        if (datasets === 0) ctx.exit(EXIT.failure);
        else if (summary.failed > 0 || summary.rejected > 0) ctx.exit(EXIT.partial);
      });
    });
}
