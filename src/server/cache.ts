/**
 * Answers of read-only GET routes, kept until the next write through this server. Safe because
 * the server owns the store file while it runs: DuckDB lets one process write a file, and that
 * process is this one, so every change to the data passes through `bump()`.
 */
export interface CachedAnswer {
  type: string;
  body: string;
}

export class AnswerCache {
  private entries = new Map<string, CachedAnswer>();
  private bytes = 0;
  generation = 0;

  constructor(private readonly maxEntries: number, private readonly maxBytes: number) {}

  get(key: string): CachedAnswer | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // Re-inserting keeps the map in least-recently-used order.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  put(key: string, answer: CachedAnswer): void {
    if (this.maxEntries === 0 || answer.body.length > this.maxBytes / 4) return;
    const old = this.entries.get(key);
    if (old) {
      this.bytes -= old.body.length;
      this.entries.delete(key);
    }
    this.entries.set(key, answer);
    this.bytes += answer.body.length;
    for (const [k, v] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= v.body.length;
    }
  }

  /** The data changed: every kept answer is stale. */
  bump(): void {
    this.generation += 1;
    this.entries.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * Requests for an answer that is being computed wait for it instead of computing it again: when a
 * dashboard opens, many clients ask for the same series at once, and each computing it would
 * multiply the work by the number of clients.
 */
export class InFlight {
  private readonly pending = new Map<string, Promise<CachedAnswer | undefined>>();
  private readonly owners = new WeakMap<object, { key: string; resolve: (answer: CachedAnswer | undefined) => void }>();

  /** The answer being computed for `key`, if any (undefined when that computation failed). */
  wait(key: string): Promise<CachedAnswer | undefined> | undefined {
    return this.pending.get(key);
  }

  /** `owner` computes the answer for `key`; others asking meanwhile wait for it. */
  begin(owner: object, key: string): void {
    if (this.pending.has(key)) return;
    let resolve: (answer: CachedAnswer | undefined) => void = () => undefined;
    this.pending.set(key, new Promise((r) => { resolve = r; }));
    this.owners.set(owner, { key, resolve });
  }

  /** The owner's answer (or undefined when it failed or is not to be shared); waiters get it. */
  end(owner: object, answer: CachedAnswer | undefined): void {
    const entry = this.owners.get(owner);
    if (!entry) return;
    this.owners.delete(owner);
    this.pending.delete(entry.key);
    entry.resolve(answer);
  }
}
