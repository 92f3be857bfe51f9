import type { Command } from 'commander';
import { z } from 'zod';
import { formatPloverReport, formatReport, runEvaluation, runPloverEvaluation } from '../../eval/index.js';
import { ValidationError } from '../../errors.js';
import type { CommandContext } from '../context.js';
import { EXIT } from '../io.js';
import { parseOptions, stripUndefined } from '../options.js';

const EvalFlags = z.object({
  file: z.string().min(1).optional(),
  plover: z.string().min(1).optional(),
  half: z.enum(['dev', 'heldout', 'all']).default('all'),
  dictDir: z.string().min(1).optional(),
  useParse: z.boolean().default(false),
  diff: z.boolean().default(false),
  json: z.boolean().default(false),
  minAccuracy: z.coerce.number().min(0).max(1).optional(),
});

export function registerEval(program: Command, ctx: CommandContext): void {
  program
    .command('eval')
    .description('Score the coder on a PETRARCH validation file (its <Environment> names the dictionaries), or with --plover on a PLOVER gold-standard file')
    .argument('[validation.xml]', 'PETRARCH/TABARI validation records')
    .option('--plover <file>', 'score entente\'s own coder on a PLOVER gold-standard JSON file (dev and held-out halves)')
    .option('--half <half>', 'with --plover: the half the per-type table and --diff show (dev, heldout, all)')
    .option('--dict-dir <dir>', 'where the dictionaries named in <Environment> are (default: ../dictionaries beside the file)')
    .option('--use-parse', 'code from each record\'s <Parse> instead of its raw text')
    .option('--diff', 'list the records that differ, expected vs got')
    .option('--json', 'machine-readable results')
    .option('--min-accuracy <ratio>', 'exit 1 when fewer records than this share are fully correct (with --plover: full F1 of all records)')
    .action(async (file: string | undefined, raw: Record<string, unknown>) => {
      const flags = parseOptions(EvalFlags, { ...raw, file });
      if (flags.plover !== undefined) {
        const report = await runPloverEvaluation({ file: flags.plover });
        ctx.io.out(`${formatPloverReport(report, { half: flags.half, diff: flags.diff, json: flags.json })}\n`);
        if (flags.minAccuracy !== undefined && report.all.full.f1 < flags.minAccuracy) {
          ctx.io.err(`full F1 ${report.all.full.f1.toFixed(3)} is below --min-accuracy ${flags.minAccuracy}\n`);
          ctx.exit(EXIT.partial);
        }
        return;
      }
      if (flags.file === undefined) {
        throw new ValidationError('VALIDATION', 'eval needs a validation file or --plover <file>', { location: { field: 'validation.xml' }, hint: 'entente eval records.xml, or entente eval --plover PLOVER_GSR_CAMEO.txt' });
      }
      const report = await runEvaluation(stripUndefined({ file: flags.file, dictDir: flags.dictDir, useParse: flags.useParse }));
      ctx.io.out(`${formatReport(report, { diff: flags.diff, json: flags.json })}\n`);
      if (flags.minAccuracy !== undefined && report.accuracy < flags.minAccuracy) {
        ctx.io.err(`accuracy ${report.accuracy.toFixed(3)} is below --min-accuracy ${flags.minAccuracy}\n`);
        ctx.exit(EXIT.partial);
      }
    });
}
