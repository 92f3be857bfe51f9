/**
 * The Coder: a lexicon compiled once plus the options it codes with. Create one per lexicon and
 * reuse it for every document; it holds no per-document state.
 */
import type { Lexicon } from '../domain/index.js';
import { compileLexicon } from './compile.js';
import type { CompiledLexicon } from './compile.js';
import type { Conventions } from './compose.js';
import type { NominalEntry, NominalTable } from './nominal.js';
import { isOwnLexicon } from './own/index.js';
import { ownNominals } from './own/nominals.js';
import { gazetteerPlaces } from './place-hits.js';
import type { PlaceLookup } from './place-hits.js';
import type { PassivePolicy } from './verb-events.js';

export interface CoderOptions {
  /** `cameo` (default): CAMEO conventions for governed verbs, modals and nominal events.
   * `petrarch`: PETRARCH-2's own behaviour, for validating its dictionaries against its records. */
  conventions?: Conventions;
  /** Drop events whose source or target is unknown (default true). */
  requireDyad?: boolean;
  /** Honour TABARI stems (`ARGENTIN` matches ARGENTINA). Default true; PETRARCH matches whole words. */
  stems?: boolean;
  /** Shortest stem that may match a longer word (default 4). */
  minStem?: number;
  /** Drop events below this confidence (default 0). */
  minConfidence?: number;
  /** Passive without a "by" agent: the subject is the target and the source unknown
   * (`agent-or-none`, default), or the subject stays the source (`keep-subject`, PETRARCH). */
  passive?: PassivePolicy;
  /** Do not code headings and list lines (default true). */
  headings?: boolean;
  /** Keep events the text presents as hypothetical ("if they attack", "by providing jets");
   * CAMEO does not code them, so by default they are dropped. */
  hypothetical?: boolean;
  /** Nouns that report events ("condemnation of", "warnings to"), by upper-case noun. Default:
   * entente's own table under CAMEO conventions, none under PETRARCH's; `{}` turns them off. */
  nominals?: Record<string, NominalEntry>;
  /** Towns and cities the dictionaries do not name, as their country's actor after a place
   * preposition ("in Lagos"; place-hits.ts). Default: the offline gazetteer (src/places, loaded
   * on first use) for entente's own lexicon under CAMEO conventions — its model data names
   * capitals, not towns; none for dictionaries a user supplies, which name the places they mean
   * to code (Phoenix lists Lagos and Mombasa under their countries), nor under PETRARCH's
   * conventions. `false` turns it off; `gazetteerPlaces()` turns it on for any lexicon. */
  places?: PlaceLookup | false;
}

export interface ResolvedOptions {
  conventions: Conventions;
  requireDyad: boolean;
  stems: boolean;
  minStem: number;
  minConfidence: number;
  passive: PassivePolicy;
  headings: boolean;
  nominals: boolean;
  hypothetical: boolean;
}

export interface Coder {
  lex: CompiledLexicon;
  options: ResolvedOptions;
  nominals: NominalTable;
  places?: PlaceLookup;
}

export function createCoder(lexicon: Lexicon, options: CoderOptions = {}): Coder {
  const conventions = options.conventions ?? 'cameo';
  const resolved: ResolvedOptions = {
    conventions,
    requireDyad: options.requireDyad ?? true,
    stems: options.stems ?? true,
    minStem: options.minStem ?? 4,
    minConfidence: options.minConfidence ?? 0,
    passive: options.passive ?? (conventions === 'petrarch' ? 'keep-subject' : 'agent-or-none'),
    headings: options.headings ?? conventions === 'cameo',
    nominals: conventions === 'cameo',
    hypothetical: options.hypothetical ?? false,
  };
  const table = options.nominals ?? (conventions === 'cameo' ? ownNominals() : {});
  const nominals: NominalTable = new Map(Object.entries(table));
  const coder: Coder = { lex: compileLexicon(lexicon, { stems: resolved.stems, minStem: resolved.minStem }), options: resolved, nominals };
  const places = options.places === false ? undefined : (options.places ?? (conventions === 'cameo' && isOwnLexicon(lexicon) ? gazetteerPlaces() : undefined));
  if (places) coder.places = places;
  return coder;
}

/** The same compiled lexicon with some options changed (cheap: nothing is recompiled). */
export function withOptions(coder: Coder, options: Partial<ResolvedOptions>): Coder {
  return { ...coder, options: { ...coder.options, ...options } };
}
