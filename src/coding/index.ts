/**
 * coding — the event coder. `createCoder(lexicon)` compiles a lexicon once; `codeDocument` codes
 * an analysed document into evidence-linked events; `codeSentence` (an nlp sentence) and
 * `codeWords` (words + phrases, e.g. from `treePhrases` of a supplied parse) code one sentence,
 * the evaluator's unit. See docs/coding.md.
 */
export { createCoder, withOptions } from './coder.js';
export type { Coder, CoderOptions, ResolvedOptions } from './coder.js';
export { codeSentence, codeWords } from './code-sentence.js';
export type { SentenceResult, SentenceInput } from './code-sentence.js';
export type { Coding } from './4-events.js';
export { newDiscourse } from './discourse.js';
export type { Discourse } from './discourse.js';
export { treePhrases } from './tree-phrases.js';
export { wordsFromTokens } from './words.js';
export { eventId } from './5-dedup.js';
export { codeDocument } from './code-document.js';
export type { DocumentAnalysis } from './code-document.js';
export { ownLexicon, ownVerbLexicon, ownNominals, OWN_VERB_TEXT } from './own/index.js';
export type { NominalEntry } from './nominal.js';
export { gazetteerPlaces } from './place-hits.js';
export type { PlaceLookup } from './place-hits.js';
