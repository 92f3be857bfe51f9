/**
 * The coder's dictionaries, in one shape whatever their origin: the project's own model data
 * (src/model) and TABARI/PETRARCH-format files a user supplies (src/dictionaries) both compile
 * to a Lexicon, and the coder reads only this.
 *
 * Words are stored upper-case, as the TABARI formats write them; the coder compares upper-case.
 */

/** Where an entry came from, for evidence and error messages: `file:line` or a model id. */
export type EntryId = string;

/** A code that holds only between two dates (inclusive ISO `YYYY-MM-DD`; open when absent). */
export interface DatedCode {
  code: string;
  from?: string;
  to?: string;
}

/** One word of a phrase. `prefix`: the word also matches longer words that start with it
 * (TABARI stem matching, e.g. ARGENTIN -> ARGENTINA, ARGENTINE); otherwise the word must match whole. */
export interface PhraseWord {
  text: string;
  prefix: boolean;
}

export interface ActorEntry {
  id: EntryId;
  /** The words of this name ("UNITED STATES"). */
  words: PhraseWord[];
  /** Canonical name of the actor block this name belongs to (its first name). */
  name: string;
  /** Code used when no dated code covers the date; absent when only dated codes apply. */
  code?: string;
  dated: DatedCode[];
}

/** A role noun that attaches to a country ("foreign minister" -> ~GOV). `code` keeps the tilde:
 * `~GOV` appends to the country code, `NGO~` prefixes it. */
export interface AgentEntry {
  id: EntryId;
  words: PhraseWord[];
  code: string;
}

/** An element of a verb pattern, in text order. */
export type PatternElement =
  | { kind: 'word'; word: PhraseWord }
  /** `&NAME` — any member of a synonym set. */
  | { kind: 'synset'; name: string }
  /** `$` source actor, `+` target actor, `%` compound (both), `^` skip (any words up to the next element). */
  | { kind: 'source' }
  | { kind: 'target' }
  | { kind: 'compound' }
  | { kind: 'skip' }
  /** `{...}` a noun phrase made of these elements. */
  | { kind: 'np'; elements: PatternElement[] }
  /** `(...)` a prepositional phrase made of these elements (the first usually a preposition). */
  | { kind: 'pp'; elements: PatternElement[] };

export interface VerbPattern {
  id: EntryId;
  /** CAMEO code to assign, or `---` for "matches, but code nothing". */
  code: string;
  /** `[A:B]`: also code B with source and target swapped (e.g. visit / receive visit). */
  pairedCode?: string;
  /** Elements before the verb (`* ` marks the verb's place), in text order. */
  before: PatternElement[];
  after: PatternElement[];
  /** The pattern line as written, for evidence. */
  raw: string;
}

export interface VerbEntry {
  id: EntryId;
  /** The verb's words, base form ("ASK", or "ASK FOR" for a multi-word verb). */
  words: string[];
  /** Inflected forms given explicitly (`{...}` in TABARI); the coder generates the regular ones. */
  forms: string[][];
  /** The verb's own code when it has one; otherwise the family code applies. */
  code?: string;
}

/** A block of synonymous verbs sharing patterns (`--- ASK [---] ---` in CAMEO.2.0). */
export interface VerbFamily {
  id: EntryId;
  head: string;
  /** Default code of the family (`---` when none). */
  code: string;
  verbs: VerbEntry[];
  patterns: VerbPattern[];
}

export interface DiscardEntry {
  id: EntryId;
  words: PhraseWord[];
  /** `story`: the whole document is skipped; `sentence`: only the sentence. */
  scope: 'story' | 'sentence';
}

export interface IssueEntry {
  id: EntryId;
  words: PhraseWord[];
  /** Issue code, e.g. "NUCLEAR". */
  code: string;
}

/** A problem found while reading a dictionary; the line is skipped, the rest loads. */
export interface LexiconWarning {
  file: string;
  line: number;
  message: string;
}

export interface Lexicon {
  name: string;
  actors: ActorEntry[];
  agents: AgentEntry[];
  verbs: VerbFamily[];
  /** Synonym sets by name without the `&`: each member is a phrase. */
  synsets: Record<string, PhraseWord[][]>;
  discards: DiscardEntry[];
  issues: IssueEntry[];
  warnings: LexiconWarning[];
}

export function emptyLexicon(name: string): Lexicon {
  return { name, actors: [], agents: [], verbs: [], synsets: {}, discards: [], issues: [], warnings: [] };
}
