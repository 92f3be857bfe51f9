import type { Command } from 'commander';
import { z } from 'zod';
import type { CodedDocument } from '../../domain/index.js';
import { readInputs } from '../../ingest/index.js';
import { cameoCode } from '../../model/index.js';
import { createDecoder } from '../../pipeline/index.js';
import type { CommandContext } from '../context.js';
import { EXIT } from '../io.js';
import { isoDate, outputFormat, parseOptions, stripUndefined } from '../options.js';
import { renderDecoded } from '../render-decoded.js';

const DecodeFlags = z.object({
  file: z.string().min(1),
  date: isoDate.optional(),
  title: z.string().min(1).optional(),
  format: outputFormat.default('table'),
  only: z.array(z.enum(['events', 'quotes', 'actors'])).default(['events', 'quotes', 'actors']),
});

export function registerDecode(program: Command, ctx: CommandContext): void {
  program
    .command('decode')
    .description('Decode a news file and print its events, quotes and actors (nothing is stored)')
    .argument('<file>', 'text, HTML, JSONL or RSS/Atom file')
    .option('--date <date>', 'publication date when the document carries none (relative dates resolve against it)')
    .option('--title <title>', 'title when the document carries none')
    .option('--format <fmt>', 'table | json | jsonl | csv', 'table')
    .option('--only <parts...>', 'events, quotes and/or actors (csv prints the first)')
    .action(async (file: string, raw: Record<string, unknown>) => {
      const { format, only, ...options } = parseOptions(DecodeFlags, { ...raw, file });
      const decoder = createDecoder();
      const decoded: CodedDocument[] = [];
      let failed = 0;
      for await (const item of readInputs([options.file], stripUndefined({ date: options.date, title: options.title }))) {
        if (item.kind === 'error') {
          failed += 1;
          ctx.io.err(`error: ${item.error.describe()}\n`);
          continue;
        }
        decoded.push(decoder.decode(item.document));
      }
      ctx.io.out(renderDecoded(decoded, format, only, (code) => cameoCode(code)?.name ?? ''));
      if (failed > 0) ctx.exit(decoded.length > 0 ? EXIT.partial : EXIT.failure);
    });
}
