/**
 * Word ids shared by every trie and pattern of one compiled lexicon. A sentence's words are looked
 * up once (one string hash each); from then on tries, memos and pattern rejects compare small
 * integers and index arrays, instead of hashing and comparing the same strings again in each of
 * a dozen maps — with 35k Phoenix actor names those string lookups were a fifth of coding time.
 *
 * Dictionary words get ids when the lexicon compiles. Words first seen in text get ids too, so
 * per-word answers can be remembered; past `limit` distinct words new ones get -1 and are simply
 * looked up the slow way (a long-running coder over an open vocabulary cannot grow without end).
 */
export class Vocabulary {
  /** Words of the dictionaries, given ids when the lexicon compiles. */
  private readonly dictionary = new Map<string, number>();
  /** Words seen in text. Kept apart from the dictionary's 100k words: a sentence's lookups hit
   * this small, cache-friendly table and go to the big one only for a word's first sighting. */
  private readonly text = new Map<string, number>();
  /** Id of each word's leading letters as a dictionary stem (-1 none), -2 when not yet known. */
  private stemOf = new Int32Array(1024).fill(-2);
  /** Which ids the current sentence has, as words and as leading letters of words (stems). */
  readonly words = new Marks();
  readonly stems = new Marks();
  size = 0;

  constructor(private readonly limit = 2_000_000) {}

  /** A dictionary word's id (made when new). */
  id(word: string): number {
    const known = this.dictionary.get(word) ?? this.text.get(word);
    if (known !== undefined) {
      this.dictionary.set(word, known);
      return known;
    }
    const id = this.size++;
    this.dictionary.set(word, id);
    return id;
  }

  /** The id of a word of the text: its dictionary id, or one of its own while under the limit
   * (so answers about it can be remembered); -1 past the limit. */
  ofText(word: string): number {
    const seen = this.text.get(word);
    if (seen !== undefined) return seen;
    let id = this.dictionary.get(word);
    if (id === undefined) {
      if (this.size >= this.limit) return -1;
      id = this.size++;
    }
    this.text.set(word, id);
    return id;
  }

  /** The id of a dictionary word, -1 when no dictionary has it. */
  known(word: string): number {
    return this.dictionary.get(word) ?? -1;
  }

  idsOf(keys: readonly string[]): Int32Array {
    const out = new Int32Array(keys.length);
    for (let i = 0; i < keys.length; i++) out[i] = this.ofText(keys[i]!);
    return out;
  }

  /** The dictionary id of the first `minStem` letters of word `id` (spelled `key`), -1 none. */
  stem(id: number, key: string, minStem: number): number {
    if (key.length < minStem) return -1;
    if (id < 0) return this.known(key.slice(0, minStem));
    if (id >= this.stemOf.length) {
      const grown = new Int32Array(Math.max(id + 1, this.stemOf.length * 2)).fill(-2);
      grown.set(this.stemOf);
      this.stemOf = grown;
    }
    let s = this.stemOf[id]!;
    if (s === -2) {
      s = this.known(key.slice(0, minStem));
      this.stemOf[id] = s;
    }
    return s;
  }
}

/**
 * A set of ids cleared in O(1): `mark(ids)` stamps them and returns the stamp; `has(id, stamp)`
 * holds for them until the next `mark`. One sentence is marked at a time; a caller holding an old
 * stamp sees `current() !== stamp` and marks again.
 */
export class Marks {
  private table = new Int32Array(1024);
  private stamp = 0;

  mark(ids: ArrayLike<number>): number {
    if (this.stamp >= 0x7fffffff) {
      this.table.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      if (id < 0) continue;
      if (id >= this.table.length) this.grow(id);
      this.table[id] = stamp;
    }
    return stamp;
  }

  current(): number {
    return this.stamp;
  }

  has(id: number, stamp: number): boolean {
    return id >= 0 && id < this.table.length && this.table[id] === stamp;
  }

  private grow(id: number): void {
    const grown = new Int32Array(Math.max(id + 1, this.table.length * 2));
    grown.set(this.table);
    this.table = grown;
  }
}
