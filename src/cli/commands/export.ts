import { resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { EXPORT_FORMATS, exportEvents } from '../../export/index.js';
import type { CommandContext } from '../context.js';
import { DbFlag, dbOption, requireDuckDb, withStore } from '../context.js';
import { EventFilterFlags, eventFilterOptions, eventQuery } from '../event-filters.js';
import { parseOptions } from '../options.js';

const ExportFlags = EventFilterFlags.extend({
  format: z.enum(EXPORT_FORMATS),
  output: z.string().min(1),
  ...DbFlag,
});

export function registerExport(program: Command, ctx: CommandContext): void {
  eventFilterOptions(program
    .command('export')
    .description('Write events to a file: csv, jsonl, parquet, or gdelt (GDELT 2.0 61-column rows GDELT tools read)')
    .requiredOption('--format <fmt>', EXPORT_FORMATS.join(' | '))
    .requiredOption('-o, --output <file>', 'file to write (replaced if it exists)'))
    .addOption(dbOption())
    .action(async (raw: Record<string, unknown>) => {
      const { format, output, db, ...filters } = parseOptions(ExportFlags, raw);
      await withStore(ctx, db, true, async (opened) => {
        const store = requireDuckDb(opened, 'exporting');
        const started = Date.now();
        const result = await exportEvents(store, eventQuery(filters), format, resolve(ctx.io.cwd, output));
        ctx.io.out(`wrote ${result.rows} events to ${result.path} (${format}) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      });
    });
}
