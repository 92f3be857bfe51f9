/**
 * entente's own lexicon: the model's actors and agents (src/model — all actor data lives there)
 * and the verb patterns, synonym sets and event nouns written by this project (this folder).
 * Built once and cached.
 */
import type { Lexicon, LexiconWarning } from '../../domain/index.js';
import { mergeLexicons, readDictionary } from '../../dictionaries/index.js';
import { ownActorLexicon } from '../../model/index.js';
import type { NominalEntry } from '../nominal.js';
import { ownNominals } from './nominals.js';
import { OWN_SYNSETS } from './synsets.js';
import { VERBS_01_03 } from './verbs-01-03.js';
import { VERBS_04_05 } from './verbs-04-05.js';
import { VERBS_06_10 } from './verbs-06-10.js';
import { VERBS_11_15 } from './verbs-11-15.js';
import { VERBS_16_20 } from './verbs-16-20.js';
import { NEWS_01_05 } from './news-01-05.js';
import { NEWS_06_10 } from './news-06-10.js';
import { NEWS_11_15 } from './news-11-15.js';
import { NEWS_16_20 } from './news-16-20.js';

export { ownNominals };
export type { NominalEntry };

/** The verb dictionary text, one section per root group (synsets first: patterns refer to them). */
export const OWN_VERB_TEXT: Record<string, string> = {
  'entente:verbs-01-03': VERBS_01_03,
  'entente:verbs-04-05': VERBS_04_05,
  'entente:verbs-06-10': VERBS_06_10,
  'entente:verbs-11-15': VERBS_11_15,
  'entente:verbs-16-20': VERBS_16_20,
  'entente:news-01-05': NEWS_01_05,
  'entente:news-06-10': NEWS_06_10,
  'entente:news-11-15': NEWS_11_15,
  'entente:news-16-20': NEWS_16_20,
};

/** The project's verbs and synsets as a Lexicon (no actors). */
export function ownVerbLexicon(): Lexicon {
  // Each section is read as its own file so rule ids name it ("entente:verbs-11-15:14"); the
  // synonym sets follow the verbs so the verbs' line numbers are the section's own.
  const parts = Object.entries(OWN_VERB_TEXT).map(([name, text]): Lexicon => {
    const part = readDictionary('verbs', `${text}\n${OWN_SYNSETS}`, name);
    return {
      name, actors: [], agents: [], verbs: part.verbs ?? [], synsets: part.synsets ?? {}, discards: [], issues: [], warnings: part.warnings,
    };
  });
  return { ...mergeLexicons(...parts), name: 'entente-verbs' };
}

let cached: Lexicon | undefined;
const own = new WeakSet<Lexicon>();

/** True for the lexicon ownLexicon() built (the coder gives it the gazetteer's towns by default). */
export function isOwnLexicon(lexicon: Lexicon): boolean {
  return own.has(lexicon);
}

/** Model actors/agents + the project's verbs. Warnings of either part are kept on the result. */
export function ownLexicon(): Lexicon {
  if (cached) return cached;
  const actors = ownActorLexicon();
  const base: Lexicon = {
    name: 'entente-actors', actors: actors.actors, agents: actors.agents,
    verbs: [], synsets: {}, discards: [], issues: [], warnings: [],
  };
  const merged = mergeLexicons(base, ownVerbLexicon());
  cached = { ...merged, name: 'entente' };
  own.add(cached);
  return cached;
}

export function ownWarnings(): LexiconWarning[] {
  return ownLexicon().warnings;
}
