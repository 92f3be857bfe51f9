import type { Command } from 'commander';
import { z } from 'zod';
import { checkDyad, dyadReport } from '../../dyads/index.js';
import { storeCoverage } from '../../ledger/index.js';
import { actorInfo } from '../../model/index.js';
import type { CommandContext } from '../context.js';
import { DbFlag, dbOption, withStore } from '../context.js';
import { DateWindow, actorCode, parseOptions, stripUndefined } from '../options.js';
import { renderDyadReport } from '../render-dyad.js';

const DyadFlags = z.object({
  a: actorCode,
  b: actorCode,
  ...DateWindow,
  by: z.enum(['day', 'week', 'month', 'quarter'], { error: 'expected day, week, month or quarter' }).default('month'),
  direction: z.enum(['both', 'ab', 'ba'], { error: 'expected both, ab or ba' }).default('both'),
  measure: z.enum(['net', 'netPerVolume', 'count', 'countPerVolume', 'goldsteinSum', 'goldsteinMean'], {
    error: 'expected net, netPerVolume, count, countPerVolume, goldsteinSum or goldsteinMean',
  }).default('net'),
  resamples: z.coerce.number().int().min(0).max(100_000).default(1000),
  exact: z.boolean().default(false),
  json: z.boolean().default(false),
  ...DbFlag,
});

export function registerDyad(program: Command, ctx: CommandContext): void {
  program
    .command('dyad')
    .description('How the relationship of two actors moved: series, change points, alerts, direction')
    .argument('<a>', 'first actor code (IRN, RUSGOV)')
    .argument('<b>', 'second actor code')
    .option('--from <date>', 'first date, YYYY-MM-DD (default: the pair\'s first event, at most 24 months before --to)')
    .option('--to <date>', 'last date, YYYY-MM-DD (default: the pair\'s last event)')
    .option('--by <period>', 'day | week | month | quarter', 'month')
    .option('--direction <way>', 'series the change points and direction read: both | ab | ba', 'both')
    .option('--measure <name>', 'net | netPerVolume | count | countPerVolume | goldsteinSum | goldsteinMean', 'net')
    .option('--resamples <n>', 'bootstrap resamples for the intervals (0: none)', '1000')
    .option('--exact', 'match actor codes exactly (default: RUS takes RUSGOV, RUSMIL)')
    .option('--json', 'print the report as JSON')
    .addOption(dbOption())
    .action(async (a: string, b: string, raw: Record<string, unknown>) => {
      const flags = parseOptions(DyadFlags, { ...raw, a, b });
      // Before the store opens: a usage error should not wait on (or be hidden by) the file.
      checkDyad(flags.a, flags.b);
      const { db, exact, json, ...rest } = flags;
      await withStore(ctx, db, true, async (store) => {
        const report = await dyadReport(store, { ...stripUndefined(rest), match: exact ? 'exact' : 'prefix' });
        const names = { a: actorInfo(flags.a)?.name ?? flags.a, b: actorInfo(flags.b)?.name ?? flags.b };
        // The ledger knows which feeds have holes in this window; a hole reads like a shift.
        const coverage = await storeCoverage(store, report.series.from, report.series.to);
        ctx.io.out(json ? `${JSON.stringify({ names, ...report, coverage }, null, 2)}\n` : renderDyadReport(report, names, coverage));
      });
    });
}
