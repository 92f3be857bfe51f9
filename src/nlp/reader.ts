/**
 * The one wink-nlp pass over a document. Every later step reads these arrays instead of calling
 * wink again, so a document costs exactly one `readDoc` however many sentences it has.
 */
import winkNLP from 'wink-nlp';
import type { ItsFunction, WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** wink's raw token stream with document offsets, whitespace tokens included. */
export interface Reading {
  text: string;
  values: string[];
  starts: Int32Array;
  ends: Int32Array;
  /** Universal tag per token; `SPACE` for whitespace runs. */
  pos: string[];
  /** wink's lemma for verbs, auxiliaries and nouns; '' for other tokens. */
  lemmas: string[];
}

let nlp: WinkMethods | undefined;

/** A lemma depends only on the word and its tag, and asking wink for it costs a tenth of a
 * readDoc; most words of a corpus recur, so lemmas are remembered, per tag (bounded). */
const lemmaMemo = new Map<string, Map<string, string>>([['VERB', new Map()], ['AUX', new Map()], ['NOUN', new Map()]]);
const LEMMA_MEMO_LIMIT = 100_000;

function engine(): WinkMethods {
  // Only the tagger runs: entities, negation and sentiment are unused and cost about a third of
  // readDoc, and step 1 splits sentences itself (see there). Loaded on first use (~100 ms).
  nlp ??= winkNLP(model, ['pos']);
  return nlp;
}

/** The longest run of non-space characters wink is shown as one token. */
export const MAX_TOKEN = 64;
const LONG_RUN = new RegExp(`\\S{${MAX_TOKEN + 1},}`, 'g');
const CUT = new RegExp(`(\\S{${MAX_TOKEN}})\\S`, 'g');

/**
 * The text as wink reads it. wink's abbreviation test (`/[a-z].*\.$/i` on every token) is
 * quadratic in a token's length: one 5 MB run without a space took minutes. No word is that long,
 * so in runs past MAX_TOKEN every (MAX_TOKEN+1)-th character is shown to wink as a space. The
 * length is kept, so offsets found in this text are offsets in the real one.
 */
function forWink(text: string): string {
  LONG_RUN.lastIndex = 0;
  if (!LONG_RUN.test(text)) return text;
  return text.replace(LONG_RUN, (run) => run.replace(CUT, '$1 '));
}

export function readText(text: string): Reading {
  const wink = engine();
  const its = wink.its;
  const shown = forWink(text);
  const doc = wink.readDoc(shown);
  const tokens = doc.tokens();
  // wink's declarations give `its.lemma` a parameter list its own `out` does not accept.
  const lemmaOf = its.lemma as unknown as ItsFunction<string>;
  const values = tokens.out(its.value) as string[];
  const pos = tokens.out(its.pos) as string[];
  const n = values.length;
  const lemmas = new Array<string>(n).fill('');
  for (let i = 0; i < n; i++) {
    const memo = lemmaMemo.get(pos[i] as string);
    if (memo === undefined) continue;
    const value = values[i] as string;
    let lemma = memo.get(value);
    if (lemma === undefined) {
      lemma = String(tokens.itemAt(i).out(lemmaOf));
      if (memo.size >= LEMMA_MEMO_LIMIT) memo.clear();
      memo.set(value, lemma);
    }
    lemmas[i] = lemma;
  }
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  let cursor = 0;
  for (let i = 0; i < n; i++) {
    const value = values[i] as string;
    const at = locate(shown, value, cursor);
    if (at < 0) {
      // wink keeps token values verbatim (a property test checks it); should a future model
      // normalise one, take the raw characters up to the next space so offsets stay true.
      const from = skipSpace(shown, cursor);
      const stop = nextSpace(shown, from);
      values[i] = text.slice(from, stop);
      starts[i] = from;
      ends[i] = stop;
    } else {
      starts[i] = at;
      ends[i] = at + value.length;
    }
    cursor = ends[i] as number;
  }
  return { text, values, starts, ends, pos, lemmas };
}

/** Where `value` starts at `cursor` or after whitespace following it; -1 when it does not. */
function locate(text: string, value: string, cursor: number): number {
  if (value === '') return -1;
  let at = cursor;
  while (!text.startsWith(value, at)) {
    if (at >= text.length || !isSpaceCode(text.charCodeAt(at))) return -1;
    at++;
  }
  return at;
}

/** Unicode white space (what `\s` matches), by char code. */
export function isSpaceCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f ||
    code === 0x205f || code === 0x3000 || code === 0xfeff;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

function nextSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && !isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}
