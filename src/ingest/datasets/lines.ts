/**
 * Line bookkeeping over streamed bytes, in one pass and flat memory: how many non-empty lines a
 * file has, its first bytes for format detection, and (when asked) which line holds the k-th row
 * DuckDB accepted — so rows rejected after parsing are still reported with their line number.
 */

const LF = 0x0a;
const CR = 0x0d;

/** Counts non-empty lines (a lone `\r` counts as empty) across chunks. */
export class LineCounter {
  lines = 0;
  /** Length of the line still open at the end of the last chunk. */
  private open = 0;
  private openIsCr = false;

  push(chunk: Uint8Array): void {
    let start = 0;
    for (let i = chunk.indexOf(LF); i !== -1; i = chunk.indexOf(LF, i + 1)) {
      const length = this.open + (i - start);
      const onlyCr = (length === 1 && (i > start ? chunk[start] === CR : this.openIsCr));
      if (length > 0 && !onlyCr) this.lines++;
      this.open = 0;
      this.openIsCr = false;
      start = i + 1;
    }
    if (start < chunk.length) {
      this.openIsCr = this.open === 0 && chunk.length - start === 1 && chunk[start] === CR;
      this.open += chunk.length - start;
    }
  }

  /** Counts a last line without a line feed. */
  end(): number {
    if (this.open > 0 && !this.openIsCr) this.lines++;
    this.open = 0;
    return this.lines;
  }
}

/** Keeps the first `limit` bytes seen. */
export class HeadKeeper {
  private readonly parts: Uint8Array[] = [];
  private kept = 0;

  constructor(private readonly limit: number) {}

  push(chunk: Uint8Array): void {
    if (this.kept >= this.limit) return;
    const part = chunk.subarray(0, this.limit - this.kept);
    this.parts.push(Uint8Array.from(part));
    this.kept += part.length;
  }

  text(): string {
    return Buffer.concat(this.parts).toString('utf8');
  }
}

/**
 * Finds the file line numbers (1-based) of accepted rows by their 0-based position among the
 * rows DuckDB accepted: non-empty lines, minus the header and the lines the reader rejected.
 * Stops as soon as every wanted position is found.
 */
export async function linesOfAccepted(
  chunks: AsyncIterable<Uint8Array>,
  positions: readonly number[],
  skipLines: ReadonlySet<number>,
  header: boolean,
): Promise<Map<number, number>> {
  const wanted = [...new Set(positions)].sort((a, b) => a - b);
  const found = new Map<number, number>();
  if (wanted.length === 0) return found;
  let line = 0;
  let accepted = -1;
  let seenHeader = !header;
  let open = 0;
  let next = 0;
  const close = (nonEmpty: boolean): boolean => {
    line++;
    if (!nonEmpty) return false;
    if (!seenHeader) {
      seenHeader = true;
      return false;
    }
    if (skipLines.has(line)) return false;
    accepted++;
    if (accepted === wanted[next]) {
      found.set(accepted, line);
      next++;
    }
    return next >= wanted.length;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let i = chunk.indexOf(LF); i !== -1; i = chunk.indexOf(LF, i + 1)) {
      const length = open + (i - start);
      const onlyCr = length === 1 && i > start && chunk[start] === CR;
      if (close(length > 0 && !onlyCr)) return found;
      open = 0;
      start = i + 1;
    }
    open += chunk.length - start;
  }
  if (open > 0) close(true);
  return found;
}
