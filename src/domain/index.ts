export type { Document, DocumentFormat } from './document.js';
export type { Span, PosTag, Token, DatePrecision, DateMention, Sentence, Quote } from './text.js';
export { ROLE_CODES } from './actor.js';
export type { Actor, ActorKind, ActorMention, RoleCode } from './actor.js';
export type { QuadClass, Modality, Evidence, Location, LocationPrecision, Event } from './event.js';
export { dyadKey } from './dyad.js';
export type { Dyad } from './dyad.js';
export type { CodedDocument } from './coded.js';
export { emptyLexicon } from './lexicon.js';
export type {
  EntryId, DatedCode, PhraseWord, ActorEntry, AgentEntry, PatternElement, VerbPattern, VerbEntry,
  VerbFamily, DiscardEntry, IssueEntry, VerbTransformation, LexiconWarning, Lexicon,
} from './lexicon.js';
