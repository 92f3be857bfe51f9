import { Command, CommanderError } from 'commander';
import { describeError, EntenteError } from '../errors.js';
import type { CommandContext, RegisterCommand } from './context.js';
import { EXIT, type CliIO, type ExitCode } from './io.js';
import { COMMANDS } from './commands/index.js';

/** Runs the CLI on `argv` (without node and script) and returns the exit code; never throws. */
export async function runCli(argv: readonly string[], io: CliIO, commands: readonly RegisterCommand[] = COMMANDS): Promise<ExitCode> {
  let code: ExitCode = EXIT.ok;
  const ctx: CommandContext = { io, exit: (next) => { if (next > code) code = next; } };
  const program = new Command('entente')
    .description('Decode shifting alliances between states from the news.')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError('(run with --help for usage)');
  for (const register of commands) register(program, ctx);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are "errors" to commander; they are successes to the user.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    io.err(`entente: ${describeError(error)}\n`);
    const usage = error instanceof EntenteError && error.code === 'VALIDATION';
    return usage ? EXIT.usage : EXIT.failure;
  }
  return code;
}
