import type { Command } from 'commander';
import { z } from 'zod';
import { cameoCode } from '../../model/index.js';
import { demoCorpusDir } from '../../pipeline/index.js';
import type { CommandContext } from '../context.js';
import { DbFlag, dbOption, withStore } from '../context.js';
import { parseOptions } from '../options.js';
import { renderEvents } from '../render-events.js';
import { runIngest } from './ingest.js';
import { runServe, ServeFlags, shutdownSignal } from './serve.js';

const DemoFlags = z.object({ ...DbFlag, serve: z.boolean().default(false), port: ServeFlags.shape.port, host: ServeFlags.shape.host });

export function registerDemo(program: Command, ctx: CommandContext): void {
  program
    .command('demo')
    .description('Decode the built-in demo corpus into the store and summarise it')
    .addOption(dbOption())
    .option('--serve', 'then serve the web app and API on the store')
    .option('--port <n>', 'port for --serve', '8080')
    .option('--host <addr>', 'address for --serve', '127.0.0.1')
    .action(async (raw: unknown) => {
      const { db, serve, port, host } = parseOptions(DemoFlags, raw);
      ctx.io.out(`entente demo: decoding ${demoCorpusDir()}\n`);
      await runIngest(ctx, [demoCorpusDir()], db, {});
      await withStore(ctx, db, true, async (store) => {
        const stats = await store.stats();
        const actors = await store.actorsSeen({ limit: 8 });
        // A negated report ("did not deliver") is not cooperation or conflict: leave it out of the extremes.
        const asserted = async (sort: 'goldstein-asc' | 'goldstein-desc') =>
          (await store.events({ sort, limit: 50 })).items.filter((e) => !e.negated).slice(0, 5);
        const strongest = await asserted('goldstein-asc');
        const warmest = await asserted('goldstein-desc');
        ctx.io.out(`\nThe store holds ${stats.documents} documents, ${stats.events} events and ${stats.quotes} quotes from ${stats.firstDate ?? '—'} to ${stats.lastDate ?? '—'}.\n`);
        ctx.io.out(`Most active actors: ${actors.map((a) => `${a.code} (${a.events})`).join(', ')}\n`);
        const describe = (code: string): string => cameoCode(code)?.name ?? '';
        ctx.io.out('\nMost conflictual events\n');
        ctx.io.out(renderEvents(strongest, 'table', describe));
        ctx.io.out('\nMost cooperative events\n');
        ctx.io.out(renderEvents(warmest, 'table', describe));
        ctx.io.out('\nTry: entente events --source RUS --target ISR    entente dyad IRN RUS --by month    entente brief IRN RUS\n\n');
      });
      if (serve) await runServe(ctx, ServeFlags.parse({ port, host, ...(db ? { db } : {}) }), shutdownSignal());
    });
}
