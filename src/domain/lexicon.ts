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
  /** Code used when no dated code covers the date; absent when only dated codes apply.
   * A compound actor (TABARI `[FRO/BIL/SAM]`) joins its codes with `/`. */
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

/** An element of a verb pattern, in text order. `joined` (TABARI `_` between two elements): no
 * word may come between this element and the item just before it in text order — the previous
 * element, or the verb for the first element of `after`. A group written `X_(...)` is itself joined. */
export type PatternElement = (
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
  | { kind: 'pp'; elements: PatternElement[] }
) & { joined?: boolean };

export interface VerbPattern {
  id: EntryId;
  /** CAMEO code to assign, or `---` for "matches, but code nothing". */
  code: string;
  /** `[A:B]`: also code B with source and target swapped (e.g. visit / receive visit). */
  pairedCode?: string;
  /** Elements before the verb (`* ` marks the verb's place), in text order. */
  before: PatternElement[];
  after: PatternElement[];
  /** `X_*`: the verb immediately follows the last element of `before`. */
  verbJoined?: boolean;
  /** The pattern line as written, for evidence. */
  raw: string;
}

export interface VerbEntry {
  id: EntryId;
  /** The verb's words, base form ("ASK", or "ASK FOR" for a multi-word verb). */
  words: string[];
  /** Inflected forms given explicitly (`{...}` in TABARI); the coder generates the regular ones.
   * `{}` ("no other forms") is stored as the base form alone, so a non-empty list always means
   * "exactly these" (see `verbForms` in src/dictionaries). */
  forms: string[][];
  /** The verb's own code when it has one; otherwise the family code applies. */
  code?: string;
  /** Paired code of the verb's own `[A:B]` code (see VerbPattern.pairedCode). */
  pairedCode?: string;
  /** Index in `words` of the word that inflects (`WIRE_+TAP` -> 1); 0 when absent. */
  verbIndex?: number;
}

/** A block of synonymous verbs sharing patterns (`--- ASK [---] ---` in CAMEO.2.0). */
export interface VerbFamily {
  id: EntryId;
  head: string;
  /** Default code of the family (`---` when none). */
  code: string;
  /** Paired code of the family's `[A:B]` code (see VerbPattern.pairedCode). */
  pairedCode?: string;
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
  /** Category of the `<ISSUE CATEGORY=...>` block the entry sits in. */
  category?: string;
  /** An exclusion, which applies to every entry of its `category` (its `code` is the category):
   * `~phrase` — text inside a match of this phrase does not count (`phrase`); `~~phrase` — a
   * story mentioning this phrase is not coded for the category at all (`story`). */
  exclude?: 'phrase' | 'story';
}

/** A PETRARCH-2 transformation (`~ a (a b ATTACK) SAY = a b 015`): when a verb `outerVerb` has
 * source `a` and a clause `(source target innerVerb)` as its object, code `result` instead.
 * Roles are the letters used in the rule; `_` is "any actor", `.` "no actor"; a code of `Q`
 * in both places means "the inner event's own code". */
export interface VerbTransformation {
  id: EntryId;
  outerSource: string;
  outerVerb: string;
  innerSource: string;
  innerTarget: string;
  innerVerb: string;
  resultSource: string;
  resultTarget: string;
  resultCode: string;
  raw: string;
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
  /** PETRARCH-2 transformations; absent when the dictionaries define none. */
  transformations?: VerbTransformation[];
  warnings: LexiconWarning[];
}

export function emptyLexicon(name: string): Lexicon {
  return { name, actors: [], agents: [], verbs: [], synsets: {}, discards: [], issues: [], warnings: [] };
}
