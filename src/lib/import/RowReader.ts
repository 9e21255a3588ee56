/**
 * Reads CSV rows from a block of text one at a time, as PapaParse would split them (RFC 4180:
 * a field that starts with `"` is quoted, `""` inside it is one quote, it may hold delimiters and
 * line breaks; a closing quote may be followed by spaces before the delimiter; a quote anywhere
 * else is an ordinary character; an unterminated quoted field runs, unchanged, to the end of the text).
 * Line ends are `\n` or `\r\n`; the delimiter is one character.
 *
 * Built for speed on large files: a line without quotes is split with indexOf, only the fields
 * marked in `needed` are sliced out (others are skipped, not allocated), and the row goes into a
 * reused array. `count` is the number of fields, `lines` the physical lines the row spans,
 * `start`/`end` its raw text (line end excluded).
 */
export class RowReader {
  count = 0;
  lines = 1;
  start = 0;
  end = 0;
  readonly #text: string;
  readonly #delimiter: string;
  readonly #d: number;
  readonly #needed: Uint8Array | null;
  /** Position of the next quote at or after the last looked-up position; text.length + 1 when none. */
  #quote = -1;

  constructor(text: string, delimiter: string, needed: Uint8Array | null = null) {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\n' || delimiter === '\r') throw new RangeError(`invalid delimiter: ${JSON.stringify(delimiter)}`);
    this.#text = text;
    this.#delimiter = delimiter;
    this.#d = delimiter.charCodeAt(0);
    this.#needed = needed;
  }

  /** Whether a text can be read by RowReader: its line ends are \n or \r\n (a lone \r is not supported). */
  static supports(text: string): boolean {
    for (let cr = text.indexOf('\r'); cr !== -1; cr = text.indexOf('\r', cr + 1)) if (text.charCodeAt(cr + 1) !== 10) return false;
    return true;
  }

  #keep(k: number): boolean {
    const needed = this.#needed;
    return needed === null || (k < needed.length && needed[k] === 1);
  }

  /** Reads the row that starts at `p` into `out`; returns where the next row starts (≥ text.length at the end). */
  read(p: number, out: string[]): number {
    const t = this.#text;
    const n = t.length;
    let nl = t.indexOf('\n', p);
    if (nl === -1) nl = n;
    if (this.#quote < p) {
      const q = t.indexOf('"', p);
      this.#quote = q === -1 ? n + 1 : q;
    }
    this.start = p;
    if (this.#quote >= nl) {
      // Fast path: no quote on this line.
      let lineEnd = nl;
      if (lineEnd > p && t.charCodeAt(lineEnd - 1) === 13) lineEnd--;
      this.end = lineEnd;
      this.lines = 1;
      const delimiter = this.#delimiter;
      let k = 0;
      let s = p;
      for (;;) {
        let e = t.indexOf(delimiter, s);
        if (e === -1 || e > lineEnd) e = lineEnd;
        if (this.#keep(k)) out[k] = t.slice(s, e);
        k++;
        if (e >= lineEnd) break;
        s = e + 1;
      }
      this.count = k;
      return nl + 1;
    }
    return this.#slow(p, out);
  }

  #slow(p: number, out: string[]): number {
    const t = this.#text;
    const n = t.length;
    const d = this.#d;
    let k = 0;
    let s = p;
    let lines = 1;
    for (;;) {
      if (s < n && t.charCodeAt(s) === 34) {
        let value = '';
        let q = s + 1;
        let after = n; // where the field ends (at a delimiter, line end or the end of the text)
        for (;;) {
          const close = t.indexOf('"', q);
          if (close === -1) {
            value = t.slice(s + 1); // unterminated: the rest of the text as it is (as PapaParse)
            break;
          }
          if (t.charCodeAt(close + 1) === 34) {
            value += t.slice(q, close + 1);
            q = close + 2;
            continue;
          }
          let a = close + 1;
          while (a < n && (t.charCodeAt(a) === 32 || t.charCodeAt(a) === 9)) a++;
          const c = a < n ? t.charCodeAt(a) : -1;
          if (c === -1 || c === d || c === 10 || (c === 13 && t.charCodeAt(a + 1) === 10)) {
            value += t.slice(q, close);
            after = a;
            break;
          }
          value += t.slice(q, close + 1); // a stray quote inside a quoted field
          q = close + 1;
        }
        for (let i = t.indexOf('\n', s); i !== -1 && i < after; i = t.indexOf('\n', i + 1)) lines++;
        if (this.#keep(k)) out[k] = value;
        k++;
        if (after >= n) return this.#done(k, lines, n, n);
        const c = t.charCodeAt(after);
        if (c === d) {
          s = after + 1;
          continue;
        }
        return this.#done(k, lines, after, c === 13 ? after + 2 : after + 1);
      }
      let e = s;
      let c = -1;
      for (; e < n; e++) {
        c = t.charCodeAt(e);
        if (c === d || c === 10) break;
      }
      let fieldEnd = e;
      if (e < n && c === 10 && fieldEnd > s && t.charCodeAt(fieldEnd - 1) === 13) fieldEnd--;
      if (this.#keep(k)) out[k] = t.slice(s, fieldEnd);
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

/** All rows of a text as string arrays (every field kept): RowReader's reading, for tests and small texts. */
export function readRows(text: string, delimiter: string): string[][] {
  const reader = new RowReader(text, delimiter);
  const rows: string[][] = [];
  for (let p = 0; p < text.length; ) {
    const row: string[] = [];
    p = reader.read(p, row);
    rows.push(row.slice(0, reader.count));
  }
  return rows;
}
