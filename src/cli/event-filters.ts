/** The event filters `events` and `export` share: one flag set, one schema, one mapping to a query. */
import type { Command } from 'commander';
import { z } from 'zod';
import type { QuadClass } from '../domain/index.js';
import type { EventQuery } from '../store/index.js';
import { DateWindow, actorCode, cameoCodePrefix, stripUndefined } from './options.js';

export const EventFilterFlags = z.object({
  source: actorCode.optional(),
  target: actorCode.optional(),
  actor: actorCode.optional(),
  ...DateWindow,
  code: cameoCodePrefix.optional(),
  quad: z.coerce.number().int().min(1).max(4).optional(),
  plover: z.string().regex(/^[A-Za-z]+$/, 'expected a PLOVER type such as REQUEST').transform((s) => s.toUpperCase()).optional(),
  text: z.string().min(1).optional(),
  dataset: z.string().min(1).optional(),
});
export type EventFilterFlags = z.output<typeof EventFilterFlags>;

export function eventFilterOptions(command: Command): Command {
  return command
    .option('--source <code>', 'source actor code or prefix (RUS matches RUSGOV)')
    .option('--target <code>', 'target actor code or prefix')
    .option('--actor <code>', 'either side')
    .option('--from <date>', 'first date, YYYY-MM-DD')
    .option('--to <date>', 'last date, YYYY-MM-DD')
    .option('--code <cameo>', 'CAMEO code or prefix (04 matches 040-046)')
    .option('--quad <n>', 'quad class 1-4')
    .option('--plover <type>', 'PLOVER event type')
    .option('--text <words>', 'words that must occur in the evidence sentence')
    .option('--dataset <name>', 'only events from this dataset');
}

export function eventQuery(flags: EventFilterFlags): EventQuery {
  const { quad, ...rest } = flags;
  return { ...stripUndefined(rest), ...(quad ? { quad: quad as QuadClass } : {}) };
}
