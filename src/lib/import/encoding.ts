import { CodedError } from '../workers/protocol.ts';
import { commonHangul, commonIdeographs } from './commonText.ts';

/** Text encodings the importer reads (METHOD §1); ISO-8859-1 / Latin-1 files are read as Windows-1252, as browsers do. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5' | 'shift_jis' | 'euc-kr' | 'windows-1252';

export const encodings: readonly Encoding[] = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5', 'shift_jis', 'euc-kr', 'windows-1252'];

/** The encodings tried, in this order of preference on a tie, for text that has no BOM and is not UTF-8 or UTF-16. */
const legacyEncodings: readonly Encoding[] = ['gb18030', 'big5', 'shift_jis', 'euc-kr', 'windows-1252'];

/** Whether a value names a supported encoding. */
export function isEncoding(value: unknown): value is Encoding {
  return typeof value === 'string' && (encodings as readonly string[]).includes(value);
}

/** What detectEncoding found. */
export interface EncodingGuess {
  encoding: Encoding;
  bom: boolean;
  /** U+FFFD (characters that could not be read) in the samples decoded with `encoding`. */
  replacements: number;
  /** Whether the samples leave room for doubt: replacement characters, or another encoding reads them nearly as well. */
  unsure: boolean;
  /** The other encodings that could be meant, best first (empty when the choice is certain). */
  alternatives: Encoding[];
}

/** Kinds of non-text file, each with its own message `error.binary.<kind>`. */
export type BinaryKind = 'xlsx' | 'xls' | 'docx' | 'zip' | 'gzip' | 'pdf' | 'image' | 'other';

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

function containsAscii(bytes: Uint8Array, text: string): boolean {
  const first = text.charCodeAt(0);
  const end = Math.min(bytes.length, 1 << 20) - text.length;
  outer: for (let i = bytes.indexOf(first); i !== -1 && i <= end; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < text.length; j++) if (bytes[i + j] !== text.charCodeAt(j)) continue outer;
    return true;
  }
  return false;
}

/** The kind of non-text file the head of a file shows by its signature, or null. */
export function binaryKind(head: Uint8Array): BinaryKind | null {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) {
    if (containsAscii(head, 'xl/')) return 'xlsx';
    if (containsAscii(head, 'word/')) return 'docx';
    return 'zip';
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  if (startsWith(head, [0x1f, 0x8b])) return 'gzip';
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47]) || startsWith(head, [0xff, 0xd8, 0xff]) || startsWith(head, [0x47, 0x49, 0x46, 0x38])) return 'image';
  return null;
}

function bomOf(head: Uint8Array): Encoding | null {
  if (startsWith(head, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(head, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(head, [0xfe, 0xff])) return 'utf-16be';
  return null;
}

/** UTF-16 without BOM: many zero bytes at odd positions (LE) or at even ones (BE), almost none at the other. */
function utf16Of(head: Uint8Array): Encoding | null {
  const pairs = Math.min(head.length, 1 << 16) >> 1;
  if (pairs < 1) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) even++;
    if (head[2 * i + 1] === 0) odd++;
  }
  if (odd >= 0.2 * pairs && even <= 0.02 * pairs) return 'utf-16le';
  if (even >= 0.2 * pairs && odd <= 0.02 * pairs) return 'utf-16be';
  return null;
}

const countOf = (text: string, code: number) => {
  let n = 0;
  for (let i = text.indexOf(String.fromCharCode(code)); i !== -1; i = text.indexOf(String.fromCharCode(code), i + 1)) n++;
  return n;
};

/** U+FFFD in a text: the characters a decoding could not read. */
export function countReplacements(text: string): number {
  return countOf(text, 0xfffd);
}

const decodeAll = (samples: readonly Uint8Array[], encoding: Encoding) => samples.map((s) => createDecoder(encoding).decode(s));

/**
 * The encoding of a file from samples of it (see sampleRanges: the head first, then slices through the
 * middle and the tail, each cut to whole lines). In this order:
 * 1. a byte-order mark at the start of the head decides (UTF-8, UTF-16 LE/BE);
 * 2. a non-text file (zip incl. .xlsx/.docx, .xls, gzip, PDF, image) is refused with `error.binary.<kind>`;
 * 3. UTF-16 without BOM is told from its zero bytes (at odd positions: LE, at even ones: BE);
 * 4. other zero bytes (more than 1 in 1,000) mean a non-text file: `error.binary.other`;
 * 5. valid UTF-8 in every sample is UTF-8;
 * 6. otherwise each legacy candidate (GB18030, Big5, Shift_JIS, EUC-KR, Windows-1252; UTF-8 too) decodes
 *    the samples and earns, per byte of each non-ASCII character, a plausibility between −2 and 1:
 *    U+FFFD and C1 controls −2, private-use characters −1; an ideograph 1 when it is a common one
 *    (commonText.ts) and 0.3 otherwise; kana 1 from Shift_JIS, 0.2 from the others; Hangul 1 from
 *    EUC-KR when a common syllable, else 0.3; CJK punctuation 0.8; for Windows-1252 a Latin letter next
 *    to an ASCII letter (`Häberlin`) 1, a symbol next to ASCII (`£12.50`, `’s`) 0.8, one standing only
 *    among other high bytes 0.1 or 0.2 (that is how CJK bytes read as Latin-1 look). Wrong decodings of
 *    double-byte text give valid but rare characters, the right one mostly common ones; the highest
 *    average wins, ties in the order of the list.
 * The result is `unsure` when the chosen decoding has U+FFFD or the runner-up is within 0.15.
 */
export function detectEncoding(samples: Uint8Array | readonly Uint8Array[]): EncodingGuess {
  const list: readonly Uint8Array[] = samples instanceof Uint8Array ? [samples] : samples;
  const head = list[0] ?? new Uint8Array(0);
  const sure = (encoding: Encoding, bom: boolean, decoded: readonly Uint8Array[]): EncodingGuess => {
    const replacements = decodeAll(decoded, encoding).reduce((n, text) => n + countReplacements(text), 0);
    return { encoding, bom, replacements, unsure: replacements > 0, alternatives: replacements > 0 ? ranked(list, encoding) : [] };
  };
  const bom = bomOf(head);
  if (bom) return sure(bom, true, bom === 'utf-8' ? list : [head]);
  const kind = binaryKind(head);
  if (kind) throw new CodedError(`error.binary.${kind}`);
  const utf16 = utf16Of(head);
  if (utf16) return sure(utf16, false, [head]);
  let zeros = 0;
  let total = 0;
  for (const s of list) {
    total += s.length;
    for (let i = s.indexOf(0); i !== -1; i = s.indexOf(0, i + 1)) zeros++;
  }
  if (zeros > total / 1000) throw new CodedError('error.binary.other');
  if (list.every(isUtf8)) return { encoding: 'utf-8', bom: false, replacements: 0, unsure: false, alternatives: [] };
  const scores = scoreCandidates(list);
  const [best, second] = scores;
  const replacements = decodeAll(list, best.encoding).reduce((n, text) => n + countReplacements(text), 0);
  const unsure = replacements > 0 || (second !== undefined && best.score - second.score < 0.15);
  return { encoding: best.encoding, bom: false, replacements, unsure, alternatives: unsure ? scores.slice(1, 4).map((s) => s.encoding) : [] };
}

/** The candidates other than `chosen`, best reading first. */
function ranked(samples: readonly Uint8Array[], chosen: Encoding): Encoding[] {
  return scoreCandidates(samples)
    .map((s) => s.encoding)
    .filter((e) => e !== chosen)
    .slice(0, 3);
}

/** Every legacy candidate (and UTF-8) with its average plausibility per non-ASCII byte, best first. */
export function scoreCandidates(samples: readonly Uint8Array[]): { encoding: Encoding; score: number }[] {
  const candidates: Encoding[] = [...legacyEncodings, 'utf-8'];
  return candidates
    .map((encoding, order) => {
      let sum = 0;
      let bytes = 0;
      for (const text of decodeAll(samples, encoding)) {
        const s = plausibility(text, encoding);
        sum += s.sum;
        bytes += s.bytes;
      }
      return { encoding, order, score: bytes ? sum / bytes : 0 };
    })
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ encoding, score }) => ({ encoding, score }));
}

const isAsciiLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isLatinLetter = (c: number) => (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || c === 0x192;
const isIdeograph = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
const isCjkPunctuation = (c: number) => (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6);

/** The plausibility of a decoded text's non-ASCII characters, summed per byte they take (see detectEncoding). */
function plausibility(text: string, encoding: Encoding): { sum: number; bytes: number } {
  let sum = 0;
  let bytes = 0;
  const singleByte = encoding === 'windows-1252';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    let value: number;
    let size = singleByte ? 1 : 2;
    if (c === 0xfffd || c <= 0x9f) (value = -2), (size = 1);
    else if (encoding === 'utf-8') (value = 1), (size = c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 4 : 3);
    else if (c >= 0xe000 && c <= 0xf8ff) value = -1;
    else if (isIdeograph(c)) value = commonIdeographs.has(c) ? 1 : 0.3;
    else if (c >= 0x3040 && c <= 0x30ff) value = encoding === 'shift_jis' ? 1 : 0.2;
    else if (c >= 0xff61 && c <= 0xff9f) (value = encoding === 'shift_jis' ? 0.3 : 0.2), (size = encoding === 'shift_jis' ? 1 : 2);
    else if (c >= 0xac00 && c <= 0xd7a3) value = encoding === 'euc-kr' && commonHangul.has(c) ? 1 : 0.3;
    else if (isCjkPunctuation(c)) value = singleByte ? 0.1 : 0.8;
    else if (singleByte) {
      const before = i > 0 ? text.charCodeAt(i - 1) : 0x20;
      const after = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
      if (isLatinLetter(c)) value = isAsciiLetter(before) || isAsciiLetter(after) ? 1 : 0.2;
      else value = before < 0x80 || after < 0x80 ? 0.8 : 0.1;
    } else value = 0.3;
    sum += value * size;
    bytes += size;
  }
  return { sum, bytes };
}

/** Whether bytes are valid UTF-8, allowing an incomplete sequence at the end. */
export function isUtf8(bytes: Uint8Array): boolean {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) (need = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (min = 0x10000);
    else return false;
    let code = b & (0x3f >> need);
    let j = 1;
    for (; j <= need; j++) {
      if (i + j >= n) return true; // cut off by the end of the head
      const c = bytes[i + j];
      if ((c & 0xc0) !== 0x80) return false;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return false;
    i += need + 1;
  }
  return true;
}

/** Bytes read for detection: a small file whole; else the head, slices through the middle and the tail. */
export const sampling = { whole: 1 << 20, head: 256 * 1024, slice: 64 * 1024, slices: 8 } as const;

/** Byte ranges [start, end) of a file of `size` bytes that detectEncoding samples, the head first. */
export function sampleRanges(size: number): [number, number][] {
  if (size <= sampling.whole) return [[0, size]];
  const ranges: [number, number][] = [[0, sampling.head]];
  const gap = (size - sampling.head - sampling.slice) / (sampling.slices + 1);
  for (let k = 1; k <= sampling.slices; k++) {
    const start = Math.floor(sampling.head + k * gap - sampling.slice / 2);
    ranges.push([start, start + sampling.slice]);
  }
  ranges.push([size - sampling.slice, size]);
  return ranges;
}

/**
 * A sample cut to whole lines, so that no multi-byte character is cut: from after its first line break
 * unless it starts the file, to after its last unless it ends the file (a zero byte after the break,
 * UTF-16 LE, goes with it).
 */
export function alignSample(bytes: Uint8Array, atStart: boolean, atEnd: boolean): Uint8Array {
  let from = 0;
  let to = bytes.length;
  if (!atStart) {
    const at = bytes.indexOf(0x0a);
    if (at !== -1) from = at + 1 + (bytes[at + 1] === 0 ? 1 : 0);
  }
  if (!atEnd) {
    const at = bytes.lastIndexOf(0x0a);
    if (at >= from) to = at + 1 + (bytes[at + 1] === 0 ? 1 : 0);
  }
  return bytes.subarray(from, Math.max(from, to));
}

/** The samples of bytes held whole in memory (importBytes, fetched files). */
export function samplesOf(bytes: Uint8Array): Uint8Array[] {
  return sampleRanges(bytes.length).map(([start, end]) => alignSample(bytes.subarray(start, end), start === 0, end >= bytes.length));
}

/** The first line of the samples with a non-ASCII byte (the first line when none has), decoded, for showing a candidate encoding. */
export function sampleLine(samples: readonly Uint8Array[], encoding: Encoding, maxChars = 120): string {
  const utf16 = encoding === 'utf-16le' || encoding === 'utf-16be';
  let line: string | undefined;
  for (const sample of samples) {
    for (const candidate of createDecoder(encoding).decode(sample).split('\n')) {
      if (/[^\x00-\x7f]/.test(candidate)) {
        line = candidate;
        break;
      }
      line ??= candidate;
    }
    if (utf16 || (line !== undefined && /[^\x00-\x7f]/.test(line))) break;
  }
  const text = (line ?? '').replace(/\r$/, '');
  return text.length > maxChars ? `${text.slice(0, maxChars - 1)}…` : text;
}

/** A streaming text decoder: `decode(bytes, { stream: true })` per piece, then `decode()`. */
export interface Decoder {
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}

/** Windows-1252 bytes 0x80–0x9F by the WHATWG table (0x81, 0x8D, 0x8F, 0x90, 0x9D stay controls). */
const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
let platform1252: boolean | undefined;

/**
 * A streaming decoder for an encoding; a leading byte-order mark is dropped. Windows-1252 follows the
 * WHATWG table everywhere: Node's decoder reads 0x80–0x9F as C1 controls, so these are mapped after.
 */
export function createDecoder(encoding: Encoding, options: { keepBom?: boolean } = {}): Decoder {
  if (!isEncoding(encoding)) throw new RangeError(`invalid encoding: ${JSON.stringify(encoding)}`);
  // keepBom: text that does not start the file (a part read in parallel), where U+FEFF is a character like any other.
  const decoder = new TextDecoder(encoding, { ignoreBOM: options.keepBom === true });
  if (encoding !== 'windows-1252') return decoder;
  platform1252 ??= new TextDecoder('windows-1252').decode(Uint8Array.of(0x80)) === '€';
  if (platform1252) return decoder;
  return { decode: (input, options) => decoder.decode(input, options).replace(/[\u0080-\u009f]/g, (c) => cp1252High[c.charCodeAt(0) - 0x80]) };
}
