import { createDecoder, type Decoder, type Encoding } from './encoding.ts';

/**
 * Whether a file can be read on its bytes (ByteRowReader, TableBuilder.addBytes): UTF-8 or Windows-1252, where every
 * byte below 0x80 is that ASCII character and is never part of a longer one, with a one-character ASCII delimiter.
 * Then the delimiter, quotes and line ends can be found on the bytes, and a field decoded alone reads as it does
 * in the decoded whole (a UTF-8 decoder ends a broken sequence at the next ASCII byte). Other encodings keep the text path.
 */
export function readsOnBytes(encoding: Encoding, delimiter: string): boolean {
  if (encoding !== 'utf-8' && encoding !== 'windows-1252') return false;
  const d = delimiter.charCodeAt(0);
  return delimiter.length === 1 && d < 0x80 && d !== 34 && d !== 10 && d !== 13;
}

/** The text of byte ranges in UTF-8 or Windows-1252 (readsOnBytes): short ASCII ones without a decoder call. */
export class ByteText {
  // keepBom: a field that starts with EF BB BF holds U+FEFF, as it does in the decoded whole; only the file's first bytes are a byte-order mark.
  readonly #decoder: Decoder;
  readonly utf8: boolean;

  constructor(encoding: Encoding) {
    this.#decoder = createDecoder(encoding, { keepBom: true });
    this.utf8 = encoding === 'utf-8';
  }

  text(bytes: Uint8Array, s: number, e: number): string {
    if (e - s <= 32) {
      let i = s;
      while (i < e && bytes[i] < 0x80) i++;
      if (i === e) return String.fromCharCode.apply(null, bytes.subarray(s, e) as unknown as number[]);
    }
    return this.#decoder.decode(bytes.subarray(s, e));
  }

  /** The bytes of a text in the encoding (every character a decoding of it gave has them; others are not asked for). */
  encode(text: string): Uint8Array {
    if (this.utf8) return encoder.encode(text);
    const out = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      out[i] = c < 0x80 || (c >= 0xa0 && c <= 0xff) ? c : (cp1252Bytes().get(c) ?? 0x3f);
    }
    return out;
  }

  /** The U+FFFD the decoding of bytes[s, e) holds (none in Windows-1252, where every byte is a character). */
  replacements(bytes: Uint8Array, s: number, e: number): number {
    return this.utf8 ? utf8Replacements(bytes, s, e) : 0;
  }
}

const encoder = new TextEncoder();
let highBytes: Map<number, number> | undefined;

/** The characters Windows-1252 bytes 0x80–0x9F stand for (as the decoder in use reads them) → their byte. */
function cp1252Bytes(): Map<number, number> {
  if (highBytes) return highBytes;
  const decoder = createDecoder('windows-1252', { keepBom: true });
  highBytes = new Map();
  for (let b = 0x80; b < 0xa0; b++) highBytes.set(decoder.decode(Uint8Array.of(b)).charCodeAt(0), b);
  return highBytes;
}

/**
 * The U+FFFD that decoding bytes[s, e) as UTF-8 gives, by the WHATWG decoder's rules: one per maximal ill-formed
 * subsequence (a byte that cannot start a character, a sequence broken off or cut by the end), plus each U+FFFD
 * written in the text (EF BF BD). Equal to counting them in TextDecoder's output, without making it.
 */
export function utf8Replacements(bytes: Uint8Array, s: number, e: number): number {
  let count = 0;
  let i = s;
  // A block's ASCII runs are skipped four bytes at a time, through an aligned int32 view of its buffer (a cell's few bytes are not worth one).
  const shift = (4 - (bytes.byteOffset & 3)) & 3;
  const words = e - s >= 64 ? new Int32Array(bytes.buffer, bytes.byteOffset + shift, (bytes.length - shift) >> 2) : null;
  const lastWord = (e - shift) >> 2;
  while (i < e) {
    const b = bytes[i];
    if (b < 0x80) {
      if (words !== null && ((i - shift) & 3) === 0) {
        let k = (i - shift) >> 2;
        while (k < lastWord && (words[k] & 0x80808080) === 0) k++;
        const next = (k << 2) + shift;
        i = next > i ? next : i + 1;
      } else i++;
      continue;
    }
    // The common case first: a well-formed three-byte character (CJK) that is not U+FFFD.
    if (b >= 0xe1 && b <= 0xec && i + 2 < e && ((bytes[i + 1] ^ 0x80) | (bytes[i + 2] ^ 0x80)) < 0x40) {
      i += 3;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      count++;
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need; j++) {
      const c = i + j < e ? bytes[i + j] : -1;
      if (c < lower || c > upper) break;
      lower = 0x80;
      upper = 0xbf;
    }
    if (j <= need) {
      count++; // the bytes so far are one error; the byte that broke the sequence is read again
      i += j;
      continue;
    }
    if (b === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) count++;
    i += need + 1;
  }
  return count;
}
