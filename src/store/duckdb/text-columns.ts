/**
 * Documents and what NLP found in them. Quotes and mentions keep an ordinal so a document reads
 * back with its lists in the order they were saved.
 */
import type { ActorMention, Document, DocumentFormat, Quote } from '../../domain/index.js';
import type { StoredSentence } from '../store.js';
import type { Column, Row } from './columns.js';
import { column, defined, opt, optDate, readNumber, readOptText, readText, readTextList, textList } from './columns.js';

/** An item of a document, with its document id and its position in the saved list. */
export interface Owned<T> {
  docId: string;
  ordinal: number;
  item: T;
}

export const DOCUMENT_COLUMNS: readonly Column<Document>[] = [
  column('id', 'VARCHAR PRIMARY KEY', (d) => d.id),
  column('content_hash', 'VARCHAR NOT NULL UNIQUE', (d) => d.contentHash),
  column('format', 'VARCHAR NOT NULL', (d) => d.format),
  column('text', 'VARCHAR NOT NULL', (d) => d.text),
  column('title', 'VARCHAR', (d) => opt(d.title)),
  column('date', 'DATE', (d) => optDate(d.date)),
  column('source', 'VARCHAR', (d) => opt(d.source)),
  column('url', 'VARCHAR', (d) => opt(d.url)),
  column('origin', 'VARCHAR', (d) => opt(d.origin)),
];

export const SENTENCE_COLUMNS: readonly Column<Owned<StoredSentence>>[] = [
  column('doc_id', 'VARCHAR NOT NULL', (o) => o.docId),
  column('sentence_index', 'INTEGER NOT NULL', (o) => o.item.index),
  column('start_offset', 'INTEGER NOT NULL', (o) => o.item.start),
  column('end_offset', 'INTEGER NOT NULL', (o) => o.item.end),
  column('text', 'VARCHAR NOT NULL', (o) => o.item.text),
];

export const QUOTE_COLUMNS: readonly Column<Owned<Quote>>[] = [
  column('doc_id', 'VARCHAR NOT NULL', (o) => o.docId),
  column('ordinal', 'INTEGER NOT NULL', (o) => o.ordinal),
  column('sentence_index', 'INTEGER NOT NULL', (o) => o.item.sentenceIndex),
  column('text', 'VARCHAR NOT NULL', (o) => o.item.text),
  column('start_offset', 'INTEGER NOT NULL', (o) => o.item.start),
  column('end_offset', 'INTEGER NOT NULL', (o) => o.item.end),
  column('speaker', 'VARCHAR', (o) => opt(o.item.speaker)),
  column('speaker_code', 'VARCHAR', (o) => opt(o.item.speakerCode)),
  column('speaker_office', 'VARCHAR', (o) => opt(o.item.speakerOffice)),
];

export const MENTION_COLUMNS: readonly Column<Owned<ActorMention>>[] = [
  column('doc_id', 'VARCHAR NOT NULL', (o) => o.docId),
  column('ordinal', 'INTEGER NOT NULL', (o) => o.ordinal),
  column('sentence_index', 'INTEGER NOT NULL', (o) => o.item.sentenceIndex),
  column('start_offset', 'INTEGER NOT NULL', (o) => o.item.start),
  column('end_offset', 'INTEGER NOT NULL', (o) => o.item.end),
  column('text', 'VARCHAR NOT NULL', (o) => o.item.text),
  column('codes', 'VARCHAR[] NOT NULL', (o) => textList(o.item.codes)),
  column('rule', 'VARCHAR NOT NULL', (o) => o.item.rule),
];

export function documentFromRow(row: Row): Document {
  const doc: Document = {
    id: readText(row, 'id'),
    contentHash: readText(row, 'content_hash'),
    format: readText(row, 'format') as DocumentFormat,
    text: readText(row, 'text'),
  };
  return defined(doc, {
    title: readOptText(row, 'title'),
    date: readOptText(row, 'date'),
    source: readOptText(row, 'source'),
    url: readOptText(row, 'url'),
    origin: readOptText(row, 'origin'),
  });
}

export function sentenceFromRow(row: Row): StoredSentence {
  return {
    index: readNumber(row, 'sentence_index'),
    start: readNumber(row, 'start_offset'),
    end: readNumber(row, 'end_offset'),
    text: readText(row, 'text'),
  };
}

export function quoteFromRow(row: Row): Quote {
  const quote: Quote = {
    sentenceIndex: readNumber(row, 'sentence_index'),
    text: readText(row, 'text'),
    start: readNumber(row, 'start_offset'),
    end: readNumber(row, 'end_offset'),
  };
  return defined(quote, {
    speaker: readOptText(row, 'speaker'),
    speakerCode: readOptText(row, 'speaker_code'),
    speakerOffice: readOptText(row, 'speaker_office'),
  });
}

export function mentionFromRow(row: Row): ActorMention {
  return {
    sentenceIndex: readNumber(row, 'sentence_index'),
    start: readNumber(row, 'start_offset'),
    end: readNumber(row, 'end_offset'),
    text: readText(row, 'text'),
    codes: readTextList(row, 'codes'),
    rule: readText(row, 'rule'),
  };
}
