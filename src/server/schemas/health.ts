/** Health: is the store reachable, and how much is in it. */
import { z } from 'zod';

export const HealthResponse = z.object({
  status: z.enum(['ok', 'unavailable']),
  store: z.object({ kind: z.string(), readOnly: z.boolean(), reachable: z.boolean() }),
  counts: z.object({
    documents: z.number().int(),
    sentences: z.number().int(),
    events: z.number().int(),
    quotes: z.number().int(),
    mentions: z.number().int(),
    firstDate: z.string().optional(),
    lastDate: z.string().optional(),
  }).optional(),
  /** Bumped by every write through this server; cached answers are keyed by it. */
  generation: z.number().int(),
  /** Whether accounts (and so annotations) are available on this store. */
  accounts: z.boolean(),
}).meta({ id: 'Health' });
