/** Codes one hand-tagged sentence with a test coder and returns "SRC>TGT:CODE" strings. */
import type { Coder } from '../coder.js';
import { codeSentence } from '../code-sentence.js';
import type { SentenceResult } from '../code-sentence.js';
import { newDiscourse } from '../discourse.js';
import type { Discourse } from '../discourse.js';
import { tagged } from './tagged.js';

export function codeSpec(coder: Coder, spec: string, date = '2025-06-20', discourse: Discourse = newDiscourse()): SentenceResult {
  return codeSentence(coder, tagged(spec), discourse, date);
}

export function triples(coder: Coder, spec: string, date?: string): string[] {
  return codeSpec(coder, spec, date).codings.map((c) => `${c.source}>${c.target}:${c.code}`).sort();
}
