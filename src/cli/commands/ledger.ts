import type { Command } from 'commander';
import { z } from 'zod';
import { ledgerReport } from '../../ledger/index.js';
import type { DatasetGaps, LedgerReport } from '../../ledger/index.js';
import type { CommandContext } from '../context.js';
import { DbFlag, dbOption, requireDuckDb, withStore } from '../context.js';
import { EXIT } from '../io.js';
import { DateWindow, parseOptions, stripUndefined } from '../options.js';
import { renderTable } from '../table.js';

const LedgerFlags = z.object({
  gaps: z.boolean().default(false),
  ...DateWindow,
  dataset: z.string().min(1).optional(),
  format: z.enum(['table', 'json']).default('table'),
  ...DbFlag,
});

const MAX_GAPS_SHOWN = 20;

function renderGaps(g: DatasetGaps): string {
  const unit = g.unit === '15min' ? '15-minute files' : 'days';
  const head = `${g.dataset}: ${g.missing} of ${g.expected} ${unit} missing${g.from ? ` between ${g.from} and ${g.to ?? g.from}` : ''}`;
  const runs = g.gaps.slice(0, MAX_GAPS_SHOWN).map((r) => `  missing ${r.from}${r.count > 1 ? ` .. ${r.to} (${r.count})` : ''}`);
  if (g.gaps.length > MAX_GAPS_SHOWN) runs.push(`  … and ${g.gaps.length - MAX_GAPS_SHOWN} more gaps`);
  return [head, ...runs].join('\n');
}

export function renderLedger(report: LedgerReport, gaps: boolean): string {
  if (report.entries.length === 0) return 'the ledger is empty: nothing was ingested or imported into this store yet\n';
  const rows = report.entries.map((e) => [
    e.fileTime ?? e.firstDate ?? '', e.dataset, String(e.rowsRead), String(e.rowsLoaded), String(e.rowsSkipped), String(e.rowsRejected),
    e.status, e.finishedAt, e.path,
  ]);
  let out = renderTable(['time', 'dataset', 'read', 'loaded', 'stored', 'rejected', 'status', 'imported', 'path'], rows);
  if (gaps) {
    out += report.gaps.length === 0 ? '\nno gaps can be judged: no dated files\n' : `\n${report.gaps.map(renderGaps).join('\n')}\n`;
  }
  return out;
}

export function registerLedger(program: Command, ctx: CommandContext): void {
  program
    .command('ledger')
    .description('List every ingested or imported file, and with --gaps the missing 15-minute GDELT files or days')
    .option('--gaps', 'report missing 15-minute GDELT 2.0 files and days without data')
    .option('--from <date>', 'start of the range, YYYY-MM-DD')
    .option('--to <date>', 'end of the range, YYYY-MM-DD')
    .option('--dataset <name>', 'only this dataset (gdelt2, gdelt2-mentions, icews, ...)')
    .option('--format <fmt>', 'table | json')
    .addOption(dbOption())
    .action(async (raw: Record<string, unknown>) => {
      const { db, format, gaps, ...query } = parseOptions(LedgerFlags, raw);
      await withStore(ctx, db, true, async (opened) => {
        const store = requireDuckDb(opened, 'the ledger');
        const report = await store.readWith((c) => ledgerReport(c, stripUndefined(query)));
        ctx.io.out(format === 'json' ? `${JSON.stringify(gaps ? report : { entries: report.entries }, null, 2)}\n` : renderLedger(report, gaps));
        // Missing data is not an error, but scripts checking completeness need to see it.
        if (gaps && report.gaps.some((g) => g.missing > 0)) ctx.exit(EXIT.partial);
      });
    });
}
