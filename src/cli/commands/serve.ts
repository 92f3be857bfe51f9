import type { Command } from 'commander';
import { z } from 'zod';
import { EntenteError } from '../../errors.js';
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

/** A port already taken or not ours to bind, said with what to do instead. */
function listenError(error: unknown, flags: ServeFlags): unknown {
  const code = (error as { code?: unknown }).code;
  const where = `${flags.host}:${flags.port}`;
  if (code === 'EADDRINUSE') {
    return new EntenteError('CONFIG', `cannot serve on ${where}: the port is in use (another entente, or another server)`, {
      hint: 'stop the other server, or pass --port <n> (--port 0 picks any free port)', cause: error,
    });
  }
  if (code === 'EACCES' || code === 'EADDRNOTAVAIL') {
    return new EntenteError('CONFIG', `cannot serve on ${where}: ${code === 'EACCES' ? 'permission denied' : 'no such address on this machine'}`, {
      hint: 'pick a port above 1023 with --port, and an address of this machine with --host (127.0.0.1 or 0.0.0.0)', cause: error,
    });
  }
  return error;
}

/** Serves until `stop` resolves, then stops taking requests, lets running ones finish, closes the store. */
export async function runServe(ctx: CommandContext, flags: ServeFlags, stop: Promise<string>): Promise<void> {
  const store = await openStore({ kind: 'duckdb', path: resolveDbPath(flags.db, ctx.io.env) });
  try {
    const app = await buildServer({ store, staticDir: flags.web ?? webDistDir(), openIngest: flags.openIngest, logger: flags.log });
    const address = await app.listen({ port: flags.port, host: flags.host }).catch((error: unknown) => {
      throw listenError(error, flags);
    });
    const url = flags.host === '0.0.0.0' || flags.host === '::' ? address.replace(/\/\/[^:/]+|\/\/\[[^\]]+\]/, '//localhost') : address;
    ctx.io.out(`entente is serving ${store.location} at ${url}/ (API at ${url}/api, Ctrl-C to stop)\n`);
    const signal = await stop;
    ctx.io.err(`\n${signal}: shutting down\n`);
    await app.close();
  } finally {
    await store.close();
  }
}
