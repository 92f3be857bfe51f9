/**
 * Readers for TABARI / PETRARCH-2 dictionaries a user supplies (verbs, actors, agents,
 * discards, issues), compiled to the Lexicon the coder reads. See docs/dictionaries.md for the
 * supported format features.
 */
export { readDictionary, loadLexicon, mergeLexicons } from './lexicon.js';
export type { DictionaryKind, DictionaryPaths, LexiconPart, ReadText } from './lexicon.js';
export { parseVerbPattern, parsePhrase } from './pattern.js';
export { verbForms, regularVerbForms, pluralNoun } from './inflect.js';
export { parseActorCode, parseDictDate } from './dates.js';
export { resolvePatternSynsets } from './synsets.js';
