/**
 * The line layer every dictionary reader shares: comment stripping with line numbers kept, and
 * the warning sink that turns a bad line into a LexiconWarning instead of an exception.
 */
import type { LexiconWarning } from '../domain/index.js';
import { DictionaryError } from '../errors.js';

/** A content line: comments removed, right-trimmed, never blank. `no` is 1-based. */
export interface DictLine {
  no: number;
  text: string;
}

/** Collects warnings for one file. */
export class WarningSink {
  readonly warnings: LexiconWarning[] = [];
  private readonly prefix: string;
  constructor(readonly file: string) {
    this.prefix = `${file}:`;
  }

  warn(line: number, message: string): void {
    this.warnings.push({ file: this.file, line, message });
  }

  /** `file:line`, the EntryId of anything read from that line. */
  id(line: number): string {
    return this.prefix + line;
  }

  /** Runs `read`; a DictionaryError it throws becomes a warning and `undefined`. */
  attempt<T>(line: number, read: () => T): T | undefined {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof DictionaryError)) throw error;
      this.warn(line, error.message);
      return undefined;
    }
  }
}

// `<! --` occurs in PETR.Validate.actors.txt as a typo for `<!--`; both open a block.
const OPEN_BLOCK = /<!\s*--/;

/**
 * Calls `fn` for each content line of a dictionary: `#` line comments and `<!-- ... -->` blocks
 * (which may span lines) removed, right-trimmed, blank lines skipped; BOM and CRLF handled.
 * An unclosed block swallows the rest of the file, so it is reported rather than silently
 * eating entries. A callback rather than an array: the big actor files have 50 000 lines.
 */
export function forEachLine(text: string, sink: WarningSink, fn: (no: number, text: string) => void): void {
  let at = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let no = 0;
  let inBlock = 0; // line where the open block started, 0 when outside
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    no++;
    let line = text.slice(at, end > at && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    at = end + 1;
    // Fast path: most lines carry neither kind of comment.
    if (!inBlock && line.indexOf('<!') < 0 && line.indexOf('#') < 0) {
      if (hasContent(line)) fn(no, line.trimEnd());
      continue;
    }
    let kept = '';
    for (;;) {
      if (inBlock) {
        const close = line.indexOf('-->');
        if (close < 0) break;
        line = line.slice(close + 3);
        inBlock = 0;
      }
      const open = OPEN_BLOCK.exec(line);
      const h = line.indexOf('#');
      // Whichever comes first wins: `# <!--` is a comment, `<!-- # -->` a closed block.
      if (h >= 0 && (!open || h < open.index)) { kept += line.slice(0, h); break; }
      if (!open) { kept += line; break; }
      kept += line.slice(0, open.index);
      line = line.slice(open.index + open[0].length);
      inBlock = no;
    }
    if (hasContent(kept)) fn(no, kept.trimEnd());
  }
  if (inBlock) sink.warn(inBlock, 'comment block "<!--" is never closed; the rest of the file was ignored');
}

/** The content lines as an array (for the small files). */
export function dictionaryLines(text: string, sink: WarningSink): DictLine[] {
  const out: DictLine[] = [];
  forEachLine(text, sink, (no, line) => out.push({ no, text: line }));
  return out;
}

function hasContent(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 12 && c !== 11) return true;
  }
  return false;
}

/** Throws the error the readers turn into a warning. */
export function bad(message: string): never {
  throw new DictionaryError('DICTIONARY', message);
}
