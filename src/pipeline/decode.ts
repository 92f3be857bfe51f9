import type { CodedDocument, Document, Lexicon } from '../domain/index.js';
import { codeDocument, createCoder, ownLexicon, ownNominals } from '../coding/index.js';
import type { Coder, CoderOptions } from '../coding/index.js';
import { analyse } from '../nlp/index.js';

/** Text understanding and coding for one document at a time, with the lexicon compiled once. */
export interface Decoder {
  readonly coder: Coder;
  decode(doc: Document): CodedDocument;
}

export interface DecoderOptions {
  /** Defaults to entente's own lexicon (model actors and agents, own verb patterns and nominals). */
  lexicon?: Lexicon;
  coder?: CoderOptions;
}

let ownCoder: Coder | undefined;

/** entente's own coder: the own lexicon with its news nominalisations ("condemnation of"). */
export function ownCoderFor(options: CoderOptions = {}): Coder {
  return createCoder(ownLexicon(), { nominals: ownNominals(), ...options });
}

export function createDecoder(options: DecoderOptions = {}): Decoder {
  const coder = options.lexicon
    ? createCoder(options.lexicon, options.coder)
    : options.coder
      ? ownCoderFor(options.coder)
      // The common case: compile the own lexicon once per process.
      : (ownCoder ??= ownCoderFor());
  return {
    coder,
    decode: (doc) => codeDocument(doc, analyse(doc), coder),
  };
}
