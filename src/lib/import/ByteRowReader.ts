/**
 * RowReader's reading on bytes, for a block of CSV in UTF-8 or Windows-1252 (readsOnBytes): the delimiter, quotes
 * and line ends are single bytes there, never part of a longer character. One loop over a line's bytes finds its
 * fields: `starts`/`ends` hold the byte range of each field marked in `needed` (the others are only counted).
 * Nothing is allocated per row.
 *
 * A row with a quote (`quoted`) is read by RowReader's rules: a field that starts with `"` runs to its closing quote,
 * through delimiters and line breaks, `""` in it is one quote, spaces may follow the closing quote; a quote
 * elsewhere is an ordinary character; an unterminated quoted field runs, unchanged, to the end of the block. Its
 * quoted fields' values are written to `scratch` (`inScratch[k]` = 1), the others are ranges of the block.
 * Line ends are `\n` or `\r\n`.
 */
export class ByteRowReader {
  count = 0;
  lines = 1;
  start = 0;
  end = 0;
  quoted = false;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** The values of the current row's quoted fields, unescaped; `inScratch[k]` says field k's range is in it. */
  scratch = new Uint8Array(256);
  readonly inScratch: Uint8Array;
  #used = 0;
  readonly #bytes: Uint8Array;
  readonly #d: number;
  readonly #needed: Uint8Array;

  constructor(bytes: Uint8Array, delimiter: number, needed: Uint8Array) {
    this.#bytes = bytes;
    this.#d = delimiter;
    this.#needed = needed;
    this.starts = new Int32Array(needed.length);
    this.ends = new Int32Array(needed.length);
    this.inScratch = new Uint8Array(needed.length);
  }

  /** Reads the row that starts at `p`; returns where the next row starts (≥ bytes.length at the end). */
  read(p: number): number {
    const b = this.#bytes;
    const n = b.length;
    const d = this.#d;
    const needed = this.#needed;
    const width = needed.length;
    const starts = this.starts;
    const ends = this.ends;
    this.start = p;
    // One pass over the line: delimiters, its end, a quote (then RowReader's rules decide).
    let k = 0;
    let s = p;
    let i = p;
    for (; i < n; i++) {
      const c = b[i];
      if (c === d) {
        if (k < width && needed[k] === 1) {
          starts[k] = s;
          ends[k] = i;
        }
        k++;
        s = i + 1;
      } else if (c === 10) break;
      else if (c === 34) {
        this.quoted = true;
        return this.#quotedRow(p);
      }
    }
    this.quoted = false;
    this.lines = 1;
    let lineEnd = i;
    if (lineEnd > p && b[lineEnd - 1] === 13) lineEnd--;
    this.end = lineEnd;
    if (k < width && needed[k] === 1) {
      starts[k] = s;
      ends[k] = lineEnd;
    }
    this.count = k + 1;
    return i + 1;
  }

  /** Appends bytes[s, e) to the scratch values. */
  #append(s: number, e: number) {
    const n = e - s;
    if (this.#used + n > this.scratch.length) {
      const grown = new Uint8Array(Math.max(2 * this.scratch.length, this.#used + n));
      grown.set(this.scratch.subarray(0, this.#used));
      this.scratch = grown;
    }
    this.scratch.set(this.#bytes.subarray(s, e), this.#used);
    this.#used += n;
  }

  /** Field k of the row at [s, e) of the block (inScratch false) or of the scratch. */
  #field(k: number, s: number, e: number, scratch: number) {
    const needed = this.#needed;
    if (k >= needed.length || needed[k] !== 1) return;
    this.starts[k] = s;
    this.ends[k] = e;
    this.inScratch[k] = scratch;
  }

  /** A row with a quote (RowReader.#slow on bytes): its fields, `lines` and `end`; returns where the next row starts. */
  #quotedRow(p: number): number {
    const b = this.#bytes;
    const n = b.length;
    const d = this.#d;
    this.#used = 0;
    let k = 0;
    let s = p;
    let lines = 1;
    for (;;) {
      if (s < n && b[s] === 34) {
        const from = this.#used;
        let q = s + 1;
        let after = n; // where the field ends (at a delimiter, line end or the end of the block)
        for (;;) {
          const close = b.indexOf(34, q);
          if (close === -1) {
            this.#used = from; // unterminated: the rest of the block as it is (as PapaParse)
            this.#append(s + 1, n);
            break;
          }
          if (b[close + 1] === 34) {
            this.#append(q, close + 1);
            q = close + 2;
            continue;
          }
          let a = close + 1;
          while (a < n && (b[a] === 32 || b[a] === 9)) a++;
          const c = a < n ? b[a] : -1;
          if (c === -1 || c === d || c === 10 || (c === 13 && b[a + 1] === 10)) {
            this.#append(q, close);
            after = a;
            break;
          }
          this.#append(q, close + 1); // a stray quote inside a quoted field
          q = close + 1;
        }
        for (let i = b.indexOf(10, s); i !== -1 && i < after; i = b.indexOf(10, i + 1)) lines++;
        this.#field(k, from, this.#used, 1);
        k++;
        if (after >= n) return this.#done(k, lines, n, n);
        const c = b[after];
        if (c === d) {
          s = after + 1;
          continue;
        }
        return this.#done(k, lines, after, c === 13 ? after + 2 : after + 1);
      }
      let e = s;
      let c = -1;
      for (; e < n; e++) {
        c = b[e];
        if (c === d || c === 10) break;
      }
      let fieldEnd = e;
      if (e < n && c === 10 && fieldEnd > s && b[fieldEnd - 1] === 13) fieldEnd--;
      this.#field(k, s, fieldEnd, 0);
      k++;
      if (e >= n) return this.#done(k, lines, n, n);
      if (c === d) {
        s = e + 1;
        continue;
      }
      return this.#done(k, lines, fieldEnd, e + 1);
    }
  }

  #done(count: number, lines: number, end: number, next: number): number {
    this.count = count;
    this.lines = lines;
    this.end = end;
    return next;
  }
}
