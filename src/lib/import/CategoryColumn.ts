import { absent, ByteKeys } from './ByteKeys.ts';
import { utf8Replacements, type ByteText } from './ByteText.ts';
import { detach } from './detach.ts';
import { PackedDictionary } from './PackedDictionary.ts';

/** Conversions counted per category column (each an i18n key `coercion.<kind>`). */
export const categoryCoercions = ['trimmed', 'wholeNumberId'] as const;
const TRIMMED = 1;
const WHOLE_NUMBER_ID = 2;
const wholeNumberId = /^\d+\.0+$/;

/** Whether a character may be white space to String.prototype.trim (false ones are certainly not). */
function maybeSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x1680 && c <= 0x3000) || c === 0xfeff;
}

/**
 * Whether the cell bytes[s, e) surely need no conversion (#isClean on bytes) and are the bytes of their own text:
 * no byte at either end that may belong to white space (ASCII ones, and in UTF-8 the lead bytes of U+00A0, U+1680,
 * U+2000–U+3000 and U+FEFF, in Windows-1252 0xA0), no `.0` id, and in UTF-8 no ill-formed bytes (two different
 * broken sequences read as the same U+FFFD) nor a written U+FFFD.
 */
function cleanBytes(b: Uint8Array, s: number, e: number, utf8: boolean, idLike: boolean): boolean {
  const first = b[s];
  let last = b[e - 1];
  if (first <= 32 || last <= 32) return false;
  if (idLike && last === 48) {
    // `17850.0`: zeros after a point (SO00000010 is clean)
    let i = e - 1;
    while (i > s && b[i] === 48) i--;
    if (b[i] === 46) return false;
  }
  if (!utf8) return first !== 0xa0 && last !== 0xa0;
  if (first === 0xc2 || (first >= 0xe1 && first <= 0xe3) || first === 0xef || (first >= 0x80 && first < 0xc0)) return false;
  if (last >= 0x80) {
    // the lead byte of the last character
    let i = e - 1;
    while (i > s && (b[i] & 0xc0) === 0x80 && e - i < 4) i--;
    last = b[i];
    if (last === 0xc2 || (last >= 0xe1 && last <= 0xe3) || last === 0xef || (last & 0xc0) === 0x80) return false;
  }
  return (first < 0x80 && last < 0x80 && asciiOnly(b, s, e)) || utf8Replacements(b, s, e) === 0;
}

function asciiOnly(b: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (b[i] >= 0x80) return false;
  return true;
}

/**
 * One categorical column being built: int32 codes into a dictionary of labels, with its conversions (trimmed text,
 * `17850.0` ids) counted. Built with `keepLabels` false, the dictionary is packed (PackedDictionary) and keeps no
 * labels: `labels` stays empty and `count` says how many there are (for order ids when only their number is read).
 */
export class CategoryColumn {
  codes = new Int32Array(0);
  labels: string[] = [];
  readonly #packed: PackedDictionary | null;
  counts = new Int32Array(categoryCoercions.length);
  readonly #codeOf = new Map<string, number>();
  /** Raw text that needed a conversion → code × 4 + conversion bits (clean labels are found in #codeOf). */
  readonly #alias = new Map<string, number>();
  /** The last non-empty text interned and its code × 4 + conversion bits. */
  #lastText: string | null = null;
  #last = 0;
  /**
   * Once the column is read on bytes (internBytes), its dictionary: the bytes of every label and of every raw cell
   * met → code × 4 + conversion bits (−1: a blank cell), in the file's encoding; the maps above are then unused.
   */
  #bytes: { keys: ByteKeys; decoding: ByteText } | null = null;
  constructor(
    readonly name: string,
    readonly source: number,
    readonly header: string,
    readonly idLike: boolean,
    keepLabels = true
  ) {
    this.#packed = keepLabels ? null : new PackedDictionary();
  }

  /** How many distinct labels the column has (kept or not). */
  get count(): number {
    return this.#packed ? this.#packed.size : this.labels.length;
  }

  /** The label a cell stands for ('' = missing) and the conversion bits it needs. */
  normalize(text: string): [string, number] {
    let kinds = 0;
    let label = text.trim();
    if (label !== text && label !== '') kinds |= TRIMMED;
    if (this.idLike && wholeNumberId.test(label)) {
      label = label.slice(0, label.indexOf('.'));
      kinds |= WHOLE_NUMBER_ID;
    }
    return [label, kinds];
  }

  /** Whether `normalize` would surely keep a text as it is (a conservative test: no space at either end, no `.0` id). */
  #isClean(text: string): boolean {
    const first = text.charCodeAt(0);
    const last = text.charCodeAt(text.length - 1);
    return !maybeSpace(first) && !maybeSpace(last) && !(this.idLike && last === 48);
  }

  /** Whether a cell's label is in the dictionary already (a column that keeps its labels). */
  has(text: string): boolean {
    if (this.#packed) throw new Error('CategoryColumn.has needs the labels kept');
    if (this.#bytes) {
      const { keys, decoding } = this.#bytes;
      const raw = decoding.encode(text);
      const key = keys.get(raw, 0, raw.length);
      if (key !== absent) return key >= 0;
      const [label] = this.normalize(text);
      const bytes = decoding.encode(label);
      return label !== '' && keys.get(bytes, 0, bytes.length) !== absent;
    }
    if (this.#codeOf.has(text) || this.#alias.has(text)) return true;
    const [label] = this.normalize(text);
    return label !== '' && this.#codeOf.has(label);
  }

  #count(kinds: number) {
    if (kinds & TRIMMED) this.counts[0]++;
    if (kinds & WHOLE_NUMBER_ID) this.counts[1]++;
  }

  /** The code of a cell, adding its label to the dictionary if new; counts conversions. */
  intern(text: string): number {
    if (text.length === 0) return -1;
    if (this.#bytes) {
      const bytes = this.#bytes.decoding.encode(text);
      return this.internBytes(bytes, 0, bytes.length, this.#bytes.decoding);
    }
    // Exports sorted by order repeat a value on consecutive rows: compare with the last one first.
    if (text === this.#lastText) {
      const kinds = this.#last & 3;
      if (kinds) this.#count(kinds);
      return (this.#last - kinds) / 4;
    }
    if (this.#packed) return this.#internPacked(text);
    const labels = this.labels;
    if (labels.length <= 8) {
      // A handful of labels (regions, channels): comparing is cheaper than hashing a fresh string.
      for (let c = 0; c < labels.length; c++) {
        if (labels[c] === text) {
          this.#lastText = text;
          this.#last = c * 4;
          return c;
        }
      }
    } else {
      const code = this.#codeOf.get(text);
      if (code !== undefined) {
        this.#lastText = text;
        this.#last = code * 4;
        return code;
      }
    }
    if (this.#isClean(text)) {
      // A new label that needs no conversion (unique order ids land here): no alias or second lookup.
      const c = labels.length;
      const kept = detach(text);
      labels.push(kept);
      this.#codeOf.set(kept, c);
      this.#lastText = text;
      this.#last = c * 4;
      return c;
    }
    return this.#internConverted(text);
  }

  /**
   * intern() of the cell bytes[s, e) in `decoding`'s encoding: the same code and conversion counts as
   * intern(decoding.text(bytes, s, e)), decoded only when the bytes were not met before. From the first call the
   * column's dictionary is a ByteKeys of labels and raw cells (the labels so far are moved into it), and intern()
   * of a text goes through its bytes.
   */
  internBytes(bytes: Uint8Array, s: number, e: number, decoding: ByteText): number {
    if (s === e) return -1;
    if (this.#packed) return this.intern(decoding.text(bytes, s, e));
    const keys = (this.#bytes ??= this.#dictionaryOnBytes(decoding)).keys;
    const key = keys.get(bytes, s, e);
    if (key !== absent) {
      if (key < 0) return -1;
      const kinds = key & 3;
      if (kinds) this.#count(kinds);
      return key >> 2;
    }
    if (cleanBytes(bytes, s, e, decoding.utf8, this.idLike)) {
      // A new label that needs no conversion (unique order ids land here): no decoding of a label to look up.
      const c = this.labels.length;
      this.labels.push(decoding.text(bytes, s, e));
      keys.set(bytes, s, e, c * 4);
      return c;
    }
    const text = decoding.text(bytes, s, e);
    const [label, kinds] = this.normalize(text);
    if (label === '') {
      keys.set(bytes, s, e, -1);
      return -1;
    }
    // The label's own bytes: other cells (spaced, or broken bytes read as the same U+FFFD) find it by them. A text
    // kept as it is from well-formed bytes has them already, and they were not met.
    const same = label === text && (!decoding.utf8 || utf8Replacements(bytes, s, e) === 0);
    const labelBytes = same ? null : decoding.encode(label);
    const found = labelBytes ? keys.get(labelBytes, 0, labelBytes.length) : absent;
    let c: number;
    if (found === absent) {
      c = this.labels.length;
      this.labels.push(label);
      if (labelBytes) keys.set(labelBytes, 0, labelBytes.length, c * 4);
    } else c = found >> 2;
    if (keys.get(bytes, s, e) === absent) keys.set(bytes, s, e, c * 4 + kinds);
    if (kinds) this.#count(kinds);
    return c;
  }

  /** The labels and converted cells met so far, as the byte dictionary that internBytes goes on with. */
  #dictionaryOnBytes(decoding: ByteText): { keys: ByteKeys; decoding: ByteText } {
    const keys = new ByteKeys();
    this.labels.forEach((label, c) => {
      const bytes = decoding.encode(label);
      keys.set(bytes, 0, bytes.length, c * 4);
    });
    for (const [text, key] of this.#alias) {
      const bytes = decoding.encode(text);
      if (keys.get(bytes, 0, bytes.length) === absent) keys.set(bytes, 0, bytes.length, key);
    }
    this.#codeOf.clear();
    this.#alias.clear();
    this.#lastText = null;
    return { keys, decoding };
  }

  /** The code of a label that needs no conversion, added to the dictionary if new. */
  #codeOfLabel(label: string): number {
    if (this.#packed) return this.#packed.intern(label);
    let c = this.#codeOf.get(label);
    if (c === undefined) {
      c = this.labels.length;
      const kept = detach(label); // labels outlive the block they were read from
      this.labels.push(kept);
      this.#codeOf.set(kept, c);
    }
    return c;
  }

  /** intern() of a cell that may need a conversion (trimmed text, a `.0` id), through the alias map. */
  #internConverted(text: string): number {
    const alias = this.#alias.get(text);
    if (alias !== undefined) {
      const kinds = alias & 3;
      this.#count(kinds);
      this.#lastText = text;
      this.#last = alias;
      return (alias - kinds) / 4;
    }
    const [label, kinds] = this.normalize(text);
    if (label === '') return -1;
    const c = this.#codeOfLabel(label);
    this.#lastText = text;
    this.#last = c * 4 + kinds;
    if (kinds) {
      // Bounded: past the limit such texts take the slow path, still correctly.
      if (this.#alias.size < 1_000_000) this.#alias.set(detach(text), c * 4 + kinds);
      this.#count(kinds);
    }
    return c;
  }

  /** intern() into the packed dictionary (the last text compared already). */
  #internPacked(text: string): number {
    if (!this.#isClean(text)) return this.#internConverted(text);
    const c = this.#packed!.intern(text);
    this.#lastText = text;
    this.#last = c * 4;
    return c;
  }
}
