/** Half-open character range `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** Universal POS tags (as produced by wink-nlp) plus the Penn tags a supplied parse may carry. */
export type PosTag = string;

export interface Token {
  text: string;
  /** Lower-cased text, the key used by dictionaries. */
  lower: string;
  /** Offsets within the sentence text. */
  start: number;
  end: number;
  pos: PosTag;
  /** Dictionary form when known ("condemned" -> "condemn"). */
  lemma?: string;
}

export type DatePrecision = 'day' | 'month' | 'year';

/** A date expression in a sentence, resolved to a calendar date. */
export interface DateMention {
  text: string;
  /** Offsets within the sentence text. */
  start: number;
  end: number;
  /** ISO `YYYY-MM-DD`; for month/year precision the first day of the period. */
  date: string;
  precision: DatePrecision;
  /** True when resolved against the document date ("last week", "on Friday"). */
  relative: boolean;
}

export interface Sentence {
  index: number;
  /** Offsets within the document text. */
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  dates: DateMention[];
}

/** A quotation and who said it. */
export interface Quote {
  sentenceIndex: number;
  /** The quoted words, without the quote marks. */
  text: string;
  /** Offsets of the quoted words within the document text. */
  start: number;
  end: number;
  /** Speaker as written ("Zakharova", "Russian Foreign Ministry spokeswoman Maria Zakharova"). */
  speaker?: string;
  /** Actor code of the speaker when resolved ("RUSGOV"). */
  speakerCode?: string;
  /** Office of the speaker when known ("Foreign Ministry spokesperson"). */
  speakerOffice?: string;
}
