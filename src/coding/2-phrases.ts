/**
 * Step 2 — phrases. A shallow analysis of the sentence: base noun phrases, verb groups (with
 * negation, modals, passive voice) and clauses. From the supplied parse tree when there is one
 * (see tree-phrases.ts), otherwise from the tags with the chunker and the clause segmenter here.
 */
import { chunkNps, chunkVerbs, retagModifiers } from './chunker.js';
import { segmentClauses } from './clauses.js';
import type { Phrases, VerbGroup, Word } from './types.js';

export function analysePhrases(words: Word[]): Phrases {
  retagModifiers(words);
  const nps = chunkNps(words);
  const groups = chunkVerbs(words);
  const { clauses, clauseOf } = segmentClauses(words, groups);
  const verbs = groups as VerbGroup[];
  for (const g of verbs) g.clause = clauseOf[g.head >= 0 ? g.head : g.start] ?? 0;
  return { nps, verbs, clauses, clauseOf };
}
