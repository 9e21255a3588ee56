import type { ByteRowReader } from './ByteRowReader.ts';
import type { ByteText } from './ByteText.ts';
import type { CategoryColumn } from './CategoryColumn.ts';
import type { DateReader } from './parseDate.ts';
import { isBlank, plainBytes, type NumberReader } from './parseNumber.ts';

/**
 * The cells of the row TableBuilder is adding, read by field index: from strings (rows split by RowReader or
 * PapaParse) or from the bytes of the block (ByteRowReader). Every reading gives what the string's would.
 */
export interface Cells {
  /** The text of field k. */
  text(k: number): string;
  /** Whether field k is empty or white space only (isBlank). */
  blank(k: number): boolean;
  /** Field k read by `reader` (NaN, with its problem, when it is not a number). */
  number(k: number, reader: NumberReader): number;
  /** Field k read by `dates` (NaN, with its problem, when it is not a date). */
  day(k: number, dates: DateReader): number;
  /** The code of field `col.source` in a category column (added if new). */
  code(col: CategoryColumn): number;
  /** Whether a row of one field is a blank line. */
  blankLine(): boolean;
  /** The row's source text (for the rejected rows). */
  raw(): string;
}

/** Cells of a row split into strings; `raw` its exact source text where known (RowReader), else it is written back from the fields. */
export class StringCells implements Cells {
  row: string[] = [];
  source: string | null = null;
  start = 0;
  end = 0;
  constructor(readonly delimiter: string) {}

  text(k: number): string {
    return this.row[k];
  }
  blank(k: number): boolean {
    const text = this.row[k];
    return text.length === 0 || isBlank(text);
  }
  number(k: number, reader: NumberReader): number {
    return reader.read(this.row[k]);
  }
  day(k: number, dates: DateReader): number {
    return dates.read(this.row[k]);
  }
  code(col: CategoryColumn): number {
    return col.intern(this.row[col.source]);
  }
  blankLine(): boolean {
    return isBlank(this.source === null ? this.row[0] : this.source.slice(this.start, this.end));
  }
  raw(): string {
    if (this.source !== null) return this.source.slice(this.start, this.end);
    const d = this.delimiter;
    return this.row.map((f) => (f.includes(d) || f.includes('"') || f.includes('\n') || f.includes('\r') ? `"${f.replace(/"/g, '""')}"` : f)).join(d);
  }
}

/**
 * Cells of a row in a block of bytes, at the field ranges ByteRowReader found (a quoted field's in its scratch). Plain decimals are read from the
 * bytes, a date the same bytes as the last one read gives its day again, categories find their code by the
 * cell's bytes (CategoryColumn.internBytes); anything else is decoded and read as text.
 */
export class ByteCells implements Cells {
  bytes: Uint8Array = new Uint8Array(0);
  reader: ByteRowReader | null = null;
  #date = new Uint8Array(64);
  #dateLength = -1;
  #day = 0;
  #dayKinds = 0;
  constructor(readonly decoding: ByteText) {}

  /** The bytes field k is a range of: the block, or the reader's scratch for a quoted field. */
  #of(k: number): Uint8Array {
    const r = this.reader!;
    return r.quoted && r.inScratch[k] === 1 ? r.scratch : this.bytes;
  }
  text(k: number): string {
    const r = this.reader!;
    return this.decoding.text(this.#of(k), r.starts[k], r.ends[k]);
  }
  blank(k: number): boolean {
    const r = this.reader!;
    return blankBytes(this.#of(k), r.starts[k], r.ends[k]) ?? isBlank(this.text(k));
  }
  number(k: number, reader: NumberReader): number {
    const r = this.reader!;
    if (!reader.decimalComma) {
      const v = plainBytes(this.#of(k), r.starts[k], r.ends[k]);
      if (v === v) {
        reader.kinds = 0;
        return v;
      }
    }
    return reader.read(this.text(k));
  }
  day(k: number, dates: DateReader): number {
    const r = this.reader!;
    const b = this.#of(k);
    const s = r.starts[k];
    const n = r.ends[k] - s;
    if (n === this.#dateLength) {
      const last = this.#date;
      let i = 0;
      while (i < n && last[i] === b[s + i]) i++;
      if (i === n) {
        dates.kinds = this.#dayKinds;
        return this.#day;
      }
    }
    const day = dates.read(this.text(k));
    // Only a date read is kept (as DateReader keeps its last): a refused one may read once the day order is decided.
    if (day === day) {
      if (n > this.#date.length) this.#date = new Uint8Array(2 * n);
      this.#date.set(b.subarray(s, s + n));
      this.#dateLength = n;
      this.#day = day;
      this.#dayKinds = dates.kinds;
    }
    return day;
  }
  code(col: CategoryColumn): number {
    const r = this.reader!;
    return col.internBytes(this.#of(col.source), r.starts[col.source], r.ends[col.source], this.decoding);
  }
  blankLine(): boolean {
    const r = this.reader!;
    return blankBytes(this.bytes, r.start, r.end) ?? isBlank(this.decoding.text(this.bytes, r.start, r.end));
  }
  raw(): string {
    const r = this.reader!;
    return this.decoding.text(this.bytes, r.start, r.end);
  }
}

/** Whether bytes[s, e) are blank (isBlank): true or false when they are ASCII, null when a byte ≥ 0x80 leaves it to the text. */
function blankBytes(b: Uint8Array, s: number, e: number): boolean | null {
  for (let i = s; i < e; i++) {
    const c = b[i];
    if (c >= 0x80) return null;
    if (c !== 32 && c !== 9 && c !== 13 && c !== 10) return false;
  }
  return true;
}
