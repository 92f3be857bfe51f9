/**
 * Reads a TABARI / PETRARCH actor dictionary (Phoenix.*.actors.txt, PETR.Validate.actors.txt).
 *
 * An actor block is one or more names followed by codes:
 *   NAME_ [CODE]            name and code on one line
 *   +SYNONYM                more names for the same actor
 *   \t[CODE 20010120-...]   more (usually dated) codes on following lines
 * Consecutive names without codes share the codes that follow them (IVO_JOSIPOVIC_,
 * PRESIDENT_JOSIPOVIC_, JOSIPOVIC_ then two dated codes), so a block closes only when a new
 * name arrives after it has codes.
 */
import type { ActorEntry, DatedCode, PhraseWord } from '../domain/index.js';
import { DictionaryError } from '../errors.js';
import { splitBrackets, type Bracketed } from './codes.js';
import { parseActorCode, type ActorCode } from './dates.js';
import type { WarningSink } from './lines.js';
import { bad, forEachLine } from './lines.js';
import { checkPhraseText, parsePhrase, phraseText, WordPool } from './phrase.js';

interface Block {
  names: { line: number; words: PhraseWord[] }[];
  code?: string;
  dated: DatedCode[];
  /** Any `[...]` seen, readable or not: a block with codes is closed by the next name. */
  hasCode: boolean;
}

export function readActors(text: string, sink: WarningSink): ActorEntry[] {
  const reader = new ActorReader(sink);
  forEachLine(text, sink, (no, line) => reader.line(no, line));
  reader.flush();
  return reader.actors;
}

/** A class with plain methods and try/catch in place: this is the hot loop of a load. */
class ActorReader {
  readonly actors: ActorEntry[] = [];
  private block: Block | undefined;
  private readonly pool = new WordPool();
  private readonly strings = new Map<string, string>();

  constructor(private readonly sink: WarningSink) {}

  line(no: number, line: string): void {
    let lead = 0;
    while (line.charCodeAt(lead) === 32 || line.charCodeAt(lead) === 9) lead++;
    const first = line.charCodeAt(lead);
    const isName = first !== 91 && first !== 43; // not `[`, not `+`
    let parts: Bracketed;
    try {
      parts = splitBrackets(line);
    } catch (error) {
      this.fail(no, error);
      // Codes after an unreadable name are that name's, not the previous block's.
      if (isName) this.flush();
      return;
    }
    if (parts.trailing !== '') this.sink.warn(no, `text after the codes ("${parts.trailing}") ignored`);
    const head = parts.head.trim();
    if (head === '') {
      if (this.block) this.addCodes(parts.groups, no);
      else this.sink.warn(no, `codes "${line.trim()}" do not follow any actor name; skipped`);
      return;
    }
    let words: PhraseWord[];
    try {
      words = nameWords(isName ? head : head.slice(1), this.pool);
    } catch (error) {
      this.fail(no, error);
      if (isName) this.flush();
      return;
    }
    if (!isName) {
      if (!this.block) { this.sink.warn(no, `synonym "${head}" does not follow any actor name; skipped`); return; }
    } else if (!this.block || this.block.hasCode || parts.groups.length > 0) {
      // A name with its own codes never inherits a code-less block before it.
      this.flush();
      this.block = { names: [], dated: [], hasCode: false };
    }
    const block = this.block as Block;
    block.names.push({ line: no, words });
    if (parts.groups.length > 0) this.addCodes(parts.groups, no);
  }

  flush(): void {
    const block = this.block;
    this.block = undefined;
    const first = block?.names[0];
    if (!block || !first) return;
    if (block.code === undefined && block.dated.length === 0) {
      const others = block.names.length - 1;
      const what = block.hasCode ? 'no readable code' : 'no code';
      this.sink.warn(first.line, `actor ${phraseText(first.words)}${others ? ` (and ${others} more names)` : ''} has ${what}; skipped`);
      return;
    }
    const name = phraseText(first.words);
    const dated = block.dated.slice(); // exactly sized, see parsePhrase
    for (let i = 0; i < block.names.length; i++) {
      const n = block.names[i] as Block['names'][number];
      // One literal per shape: adding `code` afterwards would give each entry a property array.
      const id = this.sink.id(n.line);
      this.actors.push(block.code === undefined ? { id, words: n.words, name, dated } : { id, words: n.words, name, code: block.code, dated });
    }
  }

  private addCodes(groups: string[], line: number): void {
    const block = this.block as Block;
    for (let i = 0; i < groups.length; i++) {
      block.hasCode = true;
      let parsed: ActorCode;
      try {
        parsed = parseActorCode(groups[i] as string);
      } catch (error) {
        this.fail(line, error);
        continue;
      }
      if (parsed.dated) {
        const { code, from, to } = parsed.code;
        const c = this.intern(code);
        const dated: DatedCode = from === undefined
          ? { code: c, to: this.intern(to ?? '') }
          : to === undefined ? { code: c, from: this.intern(from) } : { code: c, from: this.intern(from), to: this.intern(to) };
        block.dated.push(dated);
      } else if (block.code === undefined) {
        block.code = this.intern(parsed.code);
      } else if (block.code !== parsed.code) {
        this.sink.warn(line, `second undated code [${parsed.code}] ignored; [${block.code}] is the default`);
      }
    }
  }

  /** The same code and date strings recur thousands of times; one copy each is kept. */
  private intern(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    this.strings.set(s, s);
    return s;
  }

  private fail(line: number, error: unknown): void {
    if (!(error instanceof DictionaryError)) throw error;
    this.sink.warn(line, error.message);
  }
}

function nameWords(text: string, pool: WordPool): PhraseWord[] {
  checkPhraseText(text, 'actor name');
  const words = parsePhrase(text, pool);
  if (words.length === 0) bad(`actor name "${text}" has no words`);
  return words;
}
