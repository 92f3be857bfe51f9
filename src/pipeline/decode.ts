import type { CodedDocument, Document, Lexicon } from '../domain/index.js';
import { codeDocument, createCoder, ownLexicon, ownNominals } from '../coding/index.js';
import type { Coder, CoderOptions } from '../coding/index.js';
import { analyse } from '../nlp/index.js';
import { resolvePlaces } from '../places/index.js';

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
    decode: (doc) => locateEvents(codeDocument(doc, analyse(doc), coder)),
  };
}

/** Gives each coded event the place its sentence names ("in Damascus"), when it has none yet.
 * Only sentences that carry events are looked up, so the gazetteer stays off the hot path. */
export function locateEvents(coded: CodedDocument): CodedDocument {
  const places = new Map<number, ReturnType<typeof resolvePlaces>>();
  for (const event of coded.events) {
    const index = event.evidence?.sentenceIndex;
    if (event.location || index === undefined) continue;
    if (!places.has(index)) {
      const sentence = coded.sentences[index];
      places.set(index, sentence ? resolvePlaces(sentence.text, sentence.tokens) : undefined);
    }
    const place = places.get(index);
    if (place) event.location = place;
  }
  return coded;
}
