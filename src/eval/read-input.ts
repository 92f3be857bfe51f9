/** Evaluation inputs are named by the user, so an unreadable one is their error to fix, with a hint. */
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';

export async function readInputFile(path: string, hint: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (cause) {
    throw new InputError('INPUT_UNREADABLE', `cannot read ${path}`, { cause, location: { file: path }, hint });
  }
}
