import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { ValidationError } from '../../errors.js';
import { storeCoverage } from '../../ledger/index.js';
import { BRIEF_FORMATS, writeBrief } from '../../report/index.js';
import type { CommandContext } from '../context.js';
import { DbFlag, dbOption, withStore } from '../context.js';
import { DateWindow, actorCode, isoDate, parseOptions, stripUndefined } from '../options.js';

const BriefFlags = z.object({
  a: actorCode,
  b: actorCode,
  ...DateWindow,
  asOf: isoDate.optional(),
  format: z.enum(['html', 'md', 'json'], { message: `expected one of ${BRIEF_FORMATS.join(' | ')}` }).default('html'),
  output: z.string().min(1).optional(),
  ...DbFlag,
});

export function registerBrief(program: Command, ctx: CommandContext): void {
  program
    .command('brief')
    .description('Write an evidence-linked brief on two actors (every statement cites its events and sentences)')
    .argument('<a>', 'first actor code, e.g. IRN')
    .argument('<b>', 'second actor code, e.g. RUS')
    .option('--from <date>', 'first day of the window, YYYY-MM-DD (default: the pair\'s first event, at most 24 months before --to)')
    .option('--to <date>', 'last day of the window, YYYY-MM-DD (default: --as-of, else the pair\'s last event)')
    .option('--as-of <date>', 'the day the brief is written from (default: the store\'s last event date)')
    .option('--format <fmt>', 'html | md | json', 'html')
    .option('-o, --output <file>', 'write to this file instead of stdout')
    .addOption(dbOption())
    .action(async (a: unknown, b: unknown, raw: Record<string, unknown>) => {
      const flags = parseOptions(BriefFlags, { ...raw, a, b });
      const { db, format, output, ...request } = flags;
      const text = await withStore(ctx, db, true, (store) => writeBrief(store, stripUndefined(request), format, {
        coverage: (from, to) => storeCoverage(store, from, to),
      }));
      if (output === undefined) {
        ctx.io.out(text);
        return;
      }
      const path = resolve(ctx.io.cwd, output);
      try {
        await writeFile(path, text, 'utf8');
      } catch (error) {
        throw new ValidationError('VALIDATION', `cannot write the brief to ${path}: ${(error as Error).message}`, {
          hint: 'give a file in a folder that exists and is writable', location: { file: path, field: '--output' }, cause: error,
        });
      }
      ctx.io.err(`wrote ${format} brief on ${flags.a}–${flags.b} to ${path}\n`);
    });
}
