/**
 * Splits decoded text into blocks that end at a line end outside quotes, so PapaParse
 * never sees half a row. Quote parity is kept across blocks ("" escapes keep parity).
 * Text is pushed as it is decoded; a block is returned once at least `blockChars` characters
 * are buffered, cut at the last safe line end; `rest()` returns what is left at the end.
 */
export class BlockSplitter {
  // Pushed text is kept as a list and joined once per block: appending to one string and searching
  // it after every push would copy (flatten) the whole buffer each time.
  #parts: string[] = [];
  #length = 0;
  #quotes = 0; // quotes counted in #parts
  #lastSafe = -1; // index (in the joined parts) just after the last newline outside quotes
  #seen = 0;

  /** Quote characters in all text pushed so far (its parity tells whether it ends inside quotes). */
  get quotes(): number {
    return this.#seen;
  }

  constructor(readonly blockChars = 4 * 1024 * 1024) {
    if (!(blockChars > 0)) throw new RangeError(`invalid block size: ${blockChars}`);
  }

  push(text: string): string | null {
    let quotes = this.#quotes;
    const base = this.#length;
    // Jump from quote to quote (indexOf); in each stretch outside quotes the last line end is safe.
    for (let i = 0; ; ) {
      const q = text.indexOf('"', i);
      const end = q === -1 ? text.length : q;
      if ((quotes & 1) === 0 && end > i) {
        const nl = text.lastIndexOf('\n', end - 1);
        if (nl >= i) this.#lastSafe = base + nl + 1;
      }
      if (q === -1) break;
      quotes++;
      i = q + 1;
    }
    this.#seen += quotes - this.#quotes;
    this.#quotes = quotes;
    if (text.length) {
      this.#parts.push(text);
      this.#length += text.length;
    }
    if (this.#length < this.blockChars || this.#lastSafe <= 0) return null;
    return this.#take(this.#lastSafe);
  }

  #joined(): string {
    const parts = this.#parts;
    return parts.length === 1 ? parts[0] : parts.join('');
  }

  #take(at: number): string {
    const buffer = this.#joined();
    const block = buffer.slice(0, at);
    const rest = buffer.slice(at);
    this.#parts = rest ? [rest] : [];
    this.#length = rest.length;
    // Recount quotes in what remains (short: the tail after the last safe line end).
    let quotes = 0;
    for (let i = 0; i < rest.length; i++) if (rest.charCodeAt(i) === 34) quotes++;
    this.#quotes = quotes;
    this.#lastSafe = -1;
    return block;
  }

  rest(): string {
    const rest = this.#joined();
    this.#parts = [];
    this.#length = 0;
    this.#quotes = 0;
    this.#lastSafe = -1;
    return rest;
  }
}
