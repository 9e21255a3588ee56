/**
 * BlockSplitter on bytes: cuts a stream of bytes into blocks that end right after a line end outside quotes
 * (quote parity kept across pieces; "" escapes keep it), for a file read on its bytes (readsOnBytes). A block is
 * returned once at least `blockBytes` are buffered, cut at the last safe line end; `rest()` returns what is left.
 */
export class ByteBlockSplitter {
  #pieces: Uint8Array[] = [];
  #length = 0;
  #quotes = 0; // quotes counted in #pieces
  #lastSafe = -1; // index (in the joined pieces) just after the last line end outside quotes
  #seen = 0;

  /** Quote bytes in all pushed so far (its parity tells whether it ends inside quotes). */
  get quotes(): number {
    return this.#seen;
  }

  constructor(readonly blockBytes = 4 * 1024 * 1024) {
    if (!(blockBytes > 0)) throw new RangeError(`invalid block size: ${blockBytes}`);
  }

  push(piece: Uint8Array): Uint8Array | null {
    let quotes = this.#quotes;
    const base = this.#length;
    for (let i = 0; ; ) {
      const q = piece.indexOf(34, i);
      const end = q === -1 ? piece.length : q;
      if ((quotes & 1) === 0 && end > i) {
        const nl = piece.lastIndexOf(10, end - 1);
        if (nl >= i) this.#lastSafe = base + nl + 1;
      }
      if (q === -1) break;
      quotes++;
      i = q + 1;
    }
    this.#seen += quotes - this.#quotes;
    this.#quotes = quotes;
    if (piece.length) {
      this.#pieces.push(piece);
      this.#length += piece.length;
    }
    if (this.#length < this.blockBytes || this.#lastSafe <= 0) return null;
    return this.#take(this.#lastSafe);
  }

  #joined(): Uint8Array {
    const pieces = this.#pieces;
    if (pieces.length === 1) return pieces[0];
    const joined = new Uint8Array(this.#length);
    let at = 0;
    for (const piece of pieces) {
      joined.set(piece, at);
      at += piece.length;
    }
    return joined;
  }

  #take(at: number): Uint8Array {
    const buffer = this.#joined();
    const block = buffer.subarray(0, at);
    // The rest is copied: a view would keep the whole buffer alive while the next block is gathered.
    const rest = buffer.slice(at);
    this.#pieces = rest.length ? [rest] : [];
    this.#length = rest.length;
    let quotes = 0;
    for (let i = rest.indexOf(34); i !== -1; i = rest.indexOf(34, i + 1)) quotes++;
    this.#quotes = quotes;
    this.#lastSafe = -1;
    return block;
  }

  rest(): Uint8Array {
    const rest = this.#joined();
    this.#pieces = [];
    this.#length = 0;
    this.#quotes = 0;
    this.#lastSafe = -1;
    return rest;
  }
}
