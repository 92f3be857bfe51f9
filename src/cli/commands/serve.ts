import type { Command } from 'commander';
import { z } from 'zod';
import { buildServer, webDistDir } from '../../server/index.js';
import { openStore, resolveDbPath } from '../../store/index.js';
import type { CommandContext } from '../context.js';
import { DbFlag, dbOption } from '../context.js';
import { parseOptions } from '../options.js';

export const ServeFlags = z.object({
  port: z.coerce.number().int().min(0).max(65_535).default(8080),
  host: z.string().min(1).max(255).default('127.0.0.1'),
  ...DbFlag,
  web: z.string().min(1).optional(),
  openIngest: z.boolean().default(false),
  log: z.boolean().default(false),
});
export type ServeFlags = z.output<typeof ServeFlags>;

export function registerServe(program: Command, ctx: CommandContext): void {
  program
    .command('serve')
    .description('Serve the HTTP API and the web app on the store')
    .option('--port <n>', 'port to listen on (0: any free port)', '8080')
    .option('--host <addr>', 'address to listen on (0.0.0.0 for every interface)', '127.0.0.1')
    .addOption(dbOption())
    .option('--web <dir>', 'built web app to serve (default web/dist)')
    .option('--open-ingest', 'let anyone upload documents (default: signed-in users only)')
    .option('--log', 'log every request')
    .action(async (raw: unknown) => {
      await runServe(ctx, parseOptions(ServeFlags, raw), shutdownSignal());
    });
}

/** Resolves on the first SIGINT or SIGTERM. */
export function shutdownSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** Serves until `stop` resolves, then stops taking requests, lets running ones finish, closes the store. */
export async function runServe(ctx: CommandContext, flags: ServeFlags, stop: Promise<string>): Promise<void> {
  const store = await openStore({ kind: 'duckdb', path: resolveDbPath(flags.db, ctx.io.env) });
  try {
    const app = await buildServer({ store, staticDir: flags.web ?? webDistDir(), openIngest: flags.openIngest, logger: flags.log });
    const address = await app.listen({ port: flags.port, host: flags.host });
    const url = flags.host === '0.0.0.0' || flags.host === '::' ? address.replace(/\/\/[^:/]+|\/\/\[[^\]]+\]/, '//localhost') : address;
    ctx.io.out(`entente is serving ${store.location} at ${url}/ (API at ${url}/api, Ctrl-C to stop)\n`);
    const signal = await stop;
    ctx.io.err(`\n${signal}: shutting down\n`);
    await app.close();
  } finally {
    await store.close();
  }
}
