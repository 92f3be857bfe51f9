import { resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { EXPORT_FORMATS, exportEvents } from '../../export/index.js';
import { ValidationError } from '../../errors.js';
import { DuckDbStore } from '../../store/index.js';
import type { CommandContext } from '../context.js';
import { withStore } from '../context.js';
import { actorCode, cameoCodePrefix, isoDate, parseOptions, stripUndefined } from '../options.js';

const ExportFlags = z.object({
  format: z.enum(EXPORT_FORMATS),
  output: z.string().min(1),
  source: actorCode.optional(),
  target: actorCode.optional(),
  actor: actorCode.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  code: cameoCodePrefix.optional(),
  quad: z.coerce.number().int().min(1).max(4).optional(),
  plover: z.string().regex(/^[A-Za-z]+$/, 'expected a PLOVER type such as REQUEST').transform((s) => s.toUpperCase()).optional(),
  text: z.string().min(1).optional(),
  dataset: z.string().min(1).optional(),
  db: z.string().optional(),
});

export function registerExport(program: Command, ctx: CommandContext): void {
  program
    .command('export')
    .description('Write events to a file: csv, jsonl, parquet, or gdelt (GDELT 2.0 61-column rows GDELT tools read)')
    .requiredOption('--format <fmt>', EXPORT_FORMATS.join(' | '))
    .requiredOption('-o, --output <file>', 'file to write (replaced if it exists)')
    .option('--source <code>', 'source actor code or prefix')
    .option('--target <code>', 'target actor code or prefix')
    .option('--actor <code>', 'either side')
    .option('--from <date>', 'first date, YYYY-MM-DD')
    .option('--to <date>', 'last date, YYYY-MM-DD')
    .option('--code <cameo>', 'CAMEO code or prefix')
    .option('--quad <n>', 'quad class 1-4')
    .option('--plover <type>', 'PLOVER event type')
    .option('--text <words>', 'words that must occur in the evidence sentence')
    .option('--dataset <name>', 'only events from this dataset')
    .option('--db <path>', 'store file (default ./entente.duckdb or $ENTENTE_DB)')
    .action(async (raw: Record<string, unknown>) => {
      const { format, output, db, quad, ...query } = parseOptions(ExportFlags, raw);
      await withStore(ctx, db, true, async (store) => {
        if (!(store instanceof DuckDbStore)) {
          throw new ValidationError('VALIDATION', `exporting needs a DuckDB store, not ${store.kind}`, { location: { field: '--db' } });
        }
        const started = Date.now();
        const result = await exportEvents(store, { ...stripUndefined(query), ...(quad ? { quad: quad as 1 | 2 | 3 | 4 } : {}) }, format, resolve(ctx.io.cwd, output));
        ctx.io.out(`wrote ${result.rows} events to ${result.path} (${format}) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      });
    });
}
