import type { Command } from 'commander';
import { z } from 'zod';
import { cameoCode } from '../../model/index.js';
import type { CommandContext } from '../context.js';
import { withStore } from '../context.js';
import { actorCode, cameoCodePrefix, isoDate, outputFormat, parseOptions, positiveInt, stripUndefined } from '../options.js';
import { renderEvents } from '../render-events.js';

const EventsFlags = z.object({
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
  limit: positiveInt.max(100_000).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  sort: z.enum(['date-asc', 'date-desc', 'goldstein-asc', 'goldstein-desc']).default('date-asc'),
  format: outputFormat.default('table'),
  db: z.string().optional(),
});

export function registerEvents(program: Command, ctx: CommandContext): void {
  program
    .command('events')
    .description('Query coded and imported events in the store')
    .option('--source <code>', 'source actor code or prefix (RUS matches RUSGOV)')
    .option('--target <code>', 'target actor code or prefix')
    .option('--actor <code>', 'either side')
    .option('--from <date>', 'first date, YYYY-MM-DD')
    .option('--to <date>', 'last date, YYYY-MM-DD')
    .option('--code <cameo>', 'CAMEO code or prefix (04 matches 040-046)')
    .option('--quad <n>', 'quad class 1-4')
    .option('--plover <type>', 'PLOVER event type')
    .option('--text <words>', 'words that must occur in the evidence sentence')
    .option('--dataset <name>', 'only events from this dataset')
    .option('--limit <n>', 'at most this many events', '50')
    .option('--offset <n>', 'skip this many', '0')
    .option('--sort <order>', 'date-asc | date-desc | goldstein-asc | goldstein-desc')
    .option('--format <fmt>', 'table | json | jsonl | csv')
    .option('--db <path>', 'store file (default ./entente.duckdb or $ENTENTE_DB)')
    .action(async (raw: unknown) => {
      const flags = parseOptions(EventsFlags, raw);
      const { db, format, quad, ...query } = flags;
      await withStore(ctx, db, true, async (store) => {
        const page = await store.events({ ...stripUndefined(query), ...(quad ? { quad: quad as 1 | 2 | 3 | 4 } : {}) });
        ctx.io.out(renderEvents(page.items, format, (code) => cameoCode(code)?.name ?? ''));
        if (format === 'table') ctx.io.err(`${page.items.length} of ${page.total} events (offset ${page.offset})\n`);
      });
    });
}
