/**
 * Splits a byte stream into lines without decoding it first, so that each JSONL line can be
 * decoded strictly on its own (a bad byte fails one record, not the file) and an overlong line
 * is skipped without ever being held in memory.
 */

export type Line =
  | { kind: 'line'; line: number; offset: number; bytes: Uint8Array }
  | { kind: 'too-long'; line: number; offset: number; length: number };

export class LineSplitter {
  private parts: Uint8Array[] = [];
  private partBytes = 0;
  private skipping = false;
  private lineNo = 1;
  private lineStart = 0;
  private consumed = 0;

  constructor(private readonly maxLineBytes: number) {}

  /** Lines completed by this chunk. */
  push(chunk: Uint8Array): Line[] {
    const out: Line[] = [];
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, from);
      const end = nl === -1 ? chunk.length : nl;
      this.take(chunk.subarray(from, end));
      if (nl === -1) break;
      out.push(this.finish());
      this.lineStart = this.consumed + nl + 1;
      from = nl + 1;
    }
    this.consumed += chunk.length;
    return out;
  }

  /** The last line when the input does not end with a newline. */
  end(): Line[] {
    if (this.partBytes === 0 && !this.skipping) return [];
    return [this.finish()];
  }

  private take(piece: Uint8Array): void {
    if (piece.length === 0) return;
    this.partBytes += piece.length;
    if (this.skipping) return;
    if (this.partBytes > this.maxLineBytes) {
      this.skipping = true;
      this.parts = [];
      return;
    }
    // Copy: the stream may reuse the chunk's buffer after this call.
    this.parts.push(piece.slice());
  }

  private finish(): Line {
    const line = this.lineNo++;
    const offset = this.lineStart;
    let result: Line;
    if (this.skipping) {
      result = { kind: 'too-long', line, offset, length: this.partBytes };
    } else {
      let bytes = this.parts.length === 1 && this.parts[0] ? this.parts[0] : Buffer.concat(this.parts);
      if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
      result = { kind: 'line', line, offset, bytes };
    }
    this.parts = [];
    this.partBytes = 0;
    this.skipping = false;
    return result;
  }
}
