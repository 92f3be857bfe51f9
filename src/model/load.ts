import type { z } from 'zod';
import { EntenteError } from '../errors.js';

/**
 * Checks a model data file against its schema when the module loads, so a bad hand edit fails at
 * once with the file and field named instead of surfacing later as a wrong code.
 */
export function loadData<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue ? issue.path.map(String).join('.') : '';
  throw new EntenteError('INTERNAL', `model data ${file}: ${issue?.message ?? 'invalid'}`, {
    location: { file: `src/model/data/${file}`, ...(field ? { field } : {}) },
    hint: 'fix the data file (see docs/model.md for its format)',
  });
}
