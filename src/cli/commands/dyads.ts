import type { Command } from 'commander';
import { z } from 'zod';
import { topDyads } from '../../dyads/index.js';
import { actorInfo } from '../../model/index.js';
import type { CommandContext } from '../context.js';
import { DbFlag, dbOption, withStore } from '../context.js';
import { DateWindow, parseOptions, positiveInt, stripUndefined } from '../options.js';
import { renderTopDyads } from '../render-dyad.js';

const DyadsFlags = z.object({
  top: positiveInt.max(10_000).default(20),
  ...DateWindow,
  exact: z.boolean().default(false),
  allActors: z.boolean().default(false),
  json: z.boolean().default(false),
  ...DbFlag,
});

export function registerDyads(program: Command, ctx: CommandContext): void {
  program
    .command('dyads')
    .description('The dyads whose net cooperation changed most against the window before')
    .option('--top <n>', 'how many dyads', '20')
    .option('--from <date>', 'first date, YYYY-MM-DD (default: 30 days before --to)')
    .option('--to <date>', 'last date, YYYY-MM-DD (default: the last event in the store)')
    .option('--exact', 'group by exact actor codes (default: by country, IGOs by organisation)')
    .option('--all-actors', 'also rank sides that name no identifiable actor (bare roles such as GOV, ethnic codes)')
    .option('--json', 'print the ranking as JSON')
    .addOption(dbOption())
    .action(async (raw: Record<string, unknown>) => {
      const { db, exact, allActors, json, top, ...window } = parseOptions(DyadsFlags, raw);
      await withStore(ctx, db, true, async (store) => {
        const ranking = await topDyads(store, {
          ...stripUndefined(window), limit: top, match: exact ? 'exact' : 'prefix', actors: allActors ? 'all' : 'known',
        });
        ctx.io.out(json ? `${JSON.stringify(ranking, null, 2)}\n` : renderTopDyads(ranking, (code) => actorInfo(code)?.name ?? code));
      });
    });
}
