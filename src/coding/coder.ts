/**
 * The Coder: a lexicon compiled once plus the options it codes with. Create one per lexicon and
 * reuse it for every document; it holds no per-document state.
 */
import type { Lexicon } from '../domain/index.js';
import { compileLexicon } from './compile.js';
import type { CompiledLexicon } from './compile.js';
import type { Conventions } from './compose.js';
import type { NominalEntry, NominalTable } from './nominal.js';
import { ownNominals } from './own/nominals.js';
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
  return { lex: compileLexicon(lexicon, { stems: resolved.stems, minStem: resolved.minStem }), options: resolved, nominals };
}

/** The same compiled lexicon with some options changed (cheap: nothing is recompiled). */
export function withOptions(coder: Coder, options: Partial<ResolvedOptions>): Coder {
  return { ...coder, options: { ...coder.options, ...options } };
}
