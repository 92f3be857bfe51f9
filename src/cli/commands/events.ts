import type { Command } from 'commander';
import { z } from 'zod';
import { cameoCode } from '../../model/index.js';
import type { CommandContext } from '../context.js';
import { DbFlag, dbOption, withStore } from '../context.js';
import { EventFilterFlags, eventFilterOptions, eventQuery } from '../event-filters.js';
import { outputFormat, parseOptions, positiveInt } from '../options.js';
import { renderEvents } from '../render-events.js';

const EventsFlags = EventFilterFlags.extend({
  limit: positiveInt.max(100_000).default(50),
  offset: z.coerce.number().int().min(0).default(0),
  sort: z.enum(['date-asc', 'date-desc', 'goldstein-asc', 'goldstein-desc']).default('date-asc'),
  format: outputFormat.default('table'),
  ...DbFlag,
});

export function registerEvents(program: Command, ctx: CommandContext): void {
  eventFilterOptions(program
    .command('events')
    .description('Query coded and imported events in the store'))
    .option('--limit <n>', 'at most this many events', '50')
    .option('--offset <n>', 'skip this many', '0')
    .option('--sort <order>', 'date-asc | date-desc | goldstein-asc | goldstein-desc')
    .option('--format <fmt>', 'table | json | jsonl | csv')
    .addOption(dbOption())
    .action(async (raw: unknown) => {
      const { db, format, limit, offset, sort, ...filters } = parseOptions(EventsFlags, raw);
      await withStore(ctx, db, true, async (store) => {
        const page = await store.events({ ...eventQuery(filters), limit, offset, sort });
        ctx.io.out(renderEvents(page.items, format, (code) => cameoCode(code)?.name ?? ''));
        if (format === 'table') ctx.io.err(`${page.items.length} of ${page.total} events (offset ${page.offset})\n`);
      });
    });
}
