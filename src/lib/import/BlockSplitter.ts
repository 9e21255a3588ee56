/**
 * Splits decoded text into blocks that end at a line end outside quotes, so PapaParse
 * never sees half a row. Quote parity is kept across blocks ("" escapes keep parity).
 * Text is pushed as it is decoded; a block is returned once at least `blockChars` characters
 * are buffered, cut at the last safe line end; `rest()` returns what is left at the end.
 */
export class BlockSplitter {
  #buffer = '';
  #quotes = 0; // quotes counted in #buffer up to #scanned
  #scanned = 0;
  #lastSafe = -1; // index just after the last newline outside quotes in #buffer

  constructor(readonly blockChars = 4 * 1024 * 1024) {
    if (!(blockChars > 0)) throw new RangeError(`invalid block size: ${blockChars}`);
  }

  push(text: string): string | null {
    this.#buffer += text;
    const b = this.#buffer;
    let quotes = this.#quotes;
    // Jump from quote to quote (indexOf); in each stretch outside quotes the last line end is safe.
    for (let i = this.#scanned; ; ) {
      const q = b.indexOf('"', i);
      const end = q === -1 ? b.length : q;
      if ((quotes & 1) === 0 && end > i) {
        const nl = b.lastIndexOf('\n', end - 1);
        if (nl >= i) this.#lastSafe = nl + 1;
      }
      if (q === -1) break;
      quotes++;
      i = q + 1;
    }
    this.#quotes = quotes;
    this.#scanned = b.length;
    if (b.length < this.blockChars || this.#lastSafe <= 0) return null;
    return this.#take(this.#lastSafe);
  }

  #take(at: number): string {
    const block = this.#buffer.slice(0, at);
    this.#buffer = this.#buffer.slice(at);
    // Recount quotes in what remains (short: the tail after the last safe line end).
    let quotes = 0;
    for (let i = 0; i < this.#buffer.length; i++) if (this.#buffer.charCodeAt(i) === 34) quotes++;
    this.#quotes = quotes;
    this.#scanned = this.#buffer.length;
    this.#lastSafe = -1;
    return block;
  }

  rest(): string {
    const rest = this.#buffer;
    this.#buffer = '';
    return rest;
  }
}
