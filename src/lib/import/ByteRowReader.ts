/**
 * RowReader's reading on bytes, for a block of CSV in UTF-8 or Windows-1252 (readsOnBytes): the delimiter, quotes
 * and line ends are single bytes there, never part of a longer character. One loop over a line's bytes finds its
 * fields: `starts`/`ends` hold the byte range of each field marked in `needed` (the others are only counted),
 * `high` says whether the line holds a byte ≥ 0x80. Nothing is allocated per row.
 *
 * A row with a quote is not split here (`quoted`): its end is found by RowReader's rules (a field that starts
 * with `"` runs to its closing quote, through delimiters and line breaks; a quote elsewhere is an ordinary
 * character; an unterminated quoted field runs to the end of the block), and the caller decodes the row and
 * reads it with RowReader. Line ends are `\n` or `\r\n`.
 */
export class ByteRowReader {
  count = 0;
  lines = 1;
  start = 0;
  end = 0;
  quoted = false;
  high = false;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly #bytes: Uint8Array;
  readonly #d: number;
  readonly #needed: Uint8Array;

  constructor(bytes: Uint8Array, delimiter: number, needed: Uint8Array) {
    this.#bytes = bytes;
    this.#d = delimiter;
    this.#needed = needed;
    this.starts = new Int32Array(needed.length);
    this.ends = new Int32Array(needed.length);
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
    // One pass over the line: delimiters, its end, a quote (then RowReader's rules decide), bytes ≥ 0x80.
    let high = 0;
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
      } else high |= c;
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
    this.high = high >= 0x80;
    return i + 1;
  }

  /** The end of a row with a quote (RowReader's rules on bytes): sets `lines` and `end`, returns where the next row starts. */
  #quotedRow(p: number): number {
    const b = this.#bytes;
    const n = b.length;
    const d = this.#d;
    let s = p;
    let lines = 1;
    for (;;) {
      if (s < n && b[s] === 34) {
        let q = s + 1;
        let after = n;
        for (;;) {
          const close = b.indexOf(34, q);
          if (close === -1) break; // unterminated: the rest of the block
          if (b[close + 1] === 34) {
            q = close + 2;
            continue;
          }
          let a = close + 1;
          while (a < n && (b[a] === 32 || b[a] === 9)) a++;
          const c = a < n ? b[a] : -1;
          if (c === -1 || c === d || c === 10 || (c === 13 && b[a + 1] === 10)) {
            after = a;
            break;
          }
          q = close + 1; // a stray quote inside a quoted field
        }
        for (let i = b.indexOf(10, s); i !== -1 && i < after; i = b.indexOf(10, i + 1)) lines++;
        if (after >= n) return this.#done(lines, n, n);
        const c = b[after];
        if (c === d) {
          s = after + 1;
          continue;
        }
        return this.#done(lines, after, c === 13 ? after + 2 : after + 1);
      }
      let e = s;
      let c = -1;
      for (; e < n; e++) {
        c = b[e];
        if (c === d || c === 10) break;
      }
      let fieldEnd = e;
      if (e < n && c === 10 && fieldEnd > s && b[fieldEnd - 1] === 13) fieldEnd--;
      if (e >= n) return this.#done(lines, n, n);
      if (c === d) {
        s = e + 1;
        continue;
      }
      return this.#done(lines, fieldEnd, e + 1);
    }
  }

  #done(lines: number, end: number, next: number): number {
    this.lines = lines;
    this.end = end;
    return next;
  }
}
