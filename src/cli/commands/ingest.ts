import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import { readInputs } from '../../ingest/index.js';
import { fileLedgerEntry, recordLedgerEntry } from '../../ledger/index.js';
import { createDecoder, ingestItems } from '../../pipeline/index.js';
import type { FileIngest } from '../../pipeline/index.js';
import { DuckDbStore } from '../../store/index.js';
import type { Store } from '../../store/index.js';
import type { CommandContext } from '../context.js';
import { DbFlag, dbOption, withStore } from '../context.js';
import { ingestReport } from '../ingest-report.js';
import { isoDate, parseOptions, stripUndefined } from '../options.js';
import { progressBar } from '../progress.js';

const IngestFlags = z.object({
  paths: z.array(z.string().min(1)).min(1, 'give at least one file or directory'),
  date: isoDate.optional(),
  title: z.string().min(1).optional(),
  source: z.string().min(1).optional(),
  ...DbFlag,
});

export function registerIngest(program: Command, ctx: CommandContext): void {
  program
    .command('ingest')
    .description('Decode news files (text, HTML, JSONL, RSS/Atom, directories) and store their events')
    .argument('<paths...>', 'files or directories')
    .option('--date <date>', 'publication date for documents that carry none, YYYY-MM-DD')
    .option('--title <title>', 'title for documents that carry none')
    .option('--source <name>', 'source name for documents that carry none')
    .addOption(dbOption())
    .action(async (paths: string[], raw: Record<string, unknown>) => {
      const { paths: inputs, db, ...options } = parseOptions(IngestFlags, { ...raw, paths });
      await runIngest(ctx, inputs, db, stripUndefined(options));
    });
}

/** Shared by `ingest` and `demo`: streams the inputs through the pipeline into the store. */
export async function runIngest(ctx: CommandContext, paths: string[], db: string | undefined, options: { date?: string; title?: string; source?: string }): Promise<void> {
  const started = Date.now();
  await withStore(ctx, db, false, async (store) => {
    const bar = progressBar(ctx.io, 'ingest');
    const summary = await ingestItems(readInputs(paths, options), store, createDecoder(), {
      onProgress: (p) => bar.update(p.read, `${p.events} events, ${p.failed} errors`),
      onError: (e) => ctx.io.err(`error: ${e.describe()}\n`),
    });
    bar.stop();
    await recordFiles(store, summary.files);
    const report = ingestReport(summary, (Date.now() - started) / 1000);
    ctx.io.out(`store: ${store.location}\n${report.text}`);
    ctx.exit(report.exit);
  });
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}

/** Every file read goes into the completeness ledger with its counts, failed ones included
 * (a path that is missing has nothing to hash; its error was reported above). */
async function recordFiles(store: Store, files: readonly FileIngest[]): Promise<void> {
  if (!(store instanceof DuckDbStore)) return;
  for (const f of files) {
    if (!f.path || !(await isFile(f.path))) continue;
    const entry = await fileLedgerEntry(f.path, {
      dataset: f.format, read: f.read, loaded: f.stored, rejected: f.failed, skipped: f.skipped,
      startedAt: f.startedAt, finishedAt: f.finishedAt,
      ...(f.firstDate ? { firstDate: f.firstDate } : {}), ...(f.lastDate ? { lastDate: f.lastDate } : {}),
    });
    await recordLedgerEntry(store, entry);
  }
}
