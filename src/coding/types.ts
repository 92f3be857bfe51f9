/**
 * Internal shapes shared by the coding steps. Nothing here leaves src/coding except through
 * index.ts; the domain types (Event, ActorMention, ...) are what the rest of entente sees.
 */

/** Coarse word classes the coder reasons with, mapped from universal (wink) or Penn tags. */
export type Tag =
  | 'N' // common noun
  | 'NP' // proper noun
  | 'V' // lexical verb
  | 'AUX' // auxiliary / modal / copula
  | 'ADJ'
  | 'ADV'
  | 'DET'
  | 'PRON'
  | 'POSS' // possessive marker 's / '
  | 'ADP' // preposition
  | 'TO' // infinitival to
  | 'NEG' // not, n't, never
  | 'CC'
  | 'SC' // subordinating conjunction / complementiser
  | 'NUM'
  | 'PUNCT'
  | 'X';

/** One word of a sentence as the coder sees it: hyphen-joined pieces are merged. */
export interface Word {
  i: number;
  text: string;
  /** Upper-case surface form: the dictionary key. */
  up: string;
  /** Upper-case lemma (surface form when unknown). */
  lemma: string;
  tag: Tag;
  /** Original tag (universal or Penn) for finer decisions (VBN, VBG ...). */
  pos: string;
  /** Offsets within the sentence text. */
  start: number;
  end: number;
}

/** A run of words [start, end) (word indices). */
export interface WordSpan {
  start: number;
  end: number;
}

/** How sure the actor step is about a phrase's code(s). */
export type ActorSource = 'dictionary' | 'agent' | 'office' | 'coreference' | 'speaker' | 'compound';

/** An actor phrase: a noun phrase carrying one code, or several for a compound. */
export interface ActorPhrase extends WordSpan {
  /** One code per member; a compound has several. '---' prefixed codes lack a country. */
  codes: string[];
  /** Word spans of each member, parallel to codes (for highlights). */
  members: WordSpan[];
  rule: string;
  source: ActorSource;
  /** 0..1: dictionary names 1, bare agents and coreference less. */
  certainty: number;
  /** Head word index (the word the phrase is about). */
  head: number;
  /** Possessive phrase ("Russia's"): modifies the following noun. */
  possessive: boolean;
  /** Phrase is the object of this preposition (upper-case), when it follows one. */
  prep?: string;
  /** For a pronoun or "the two countries": how it was written, which decides where it may serve;
   * `event` for "the attacks" standing for whoever carried out the last attack. */
  pronoun?: 'possessive' | 'personal' | 'group' | 'event';
}

/** A verb group: auxiliaries, negation and the main verb. */
export interface VerbGroup extends WordSpan {
  /** Index of the main (lexical) verb, or -1 for a group of auxiliaries only ("is"). */
  head: number;
  negated: boolean;
  passive: boolean;
  /** Modal / future auxiliary seen in the group (upper-case: WILL, WOULD, COULD ...). */
  modal?: string;
  /** Clause the group heads. */
  clause: number;
}

/** How a clause hangs from its parent: decides where its subject comes from and whether a verb
 * above may look into it for a target. */
export type ClauseKind =
  | 'main'
  | 'comp' // that / whether complement
  | 'adv' // after / when / because ... adverbial
  | 'rel' // who / which relative, subject = antecedent
  | 'inf' // to + verb, subject from the governing clause
  | 'coord' // "... and promised aid": shares the subject of the previous clause
  | 'part'; // ", signaling ...": participle, subject from the parent

export interface Clause extends WordSpan {
  id: number;
  parent: number;
  kind: ClauseKind;
  /** Word index of the antecedent's last word for a relative clause. */
  antecedent?: number;
}

/** Shallow analysis of one sentence. */
export interface Phrases {
  /** Base noun-phrase chunks in text order. */
  nps: WordSpan[];
  verbs: VerbGroup[];
  clauses: Clause[];
  /** Clause id of each word. */
  clauseOf: Int32Array;
}
