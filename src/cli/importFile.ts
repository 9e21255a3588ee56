import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { alignSample, countReplacements, createDecoder, detectEncoding, sampleRanges, type Encoding } from '../lib/import/encoding.ts';
import { BlockSplitter } from '../lib/import/BlockSplitter.ts';
import { importBlocks, type ImportOptions, type ImportResult } from '../lib/import/importText.ts';

/** How a file is read: bytes read at a time, and characters per block (BlockSplitter); tests make them small. */
export interface Reading {
  pieceBytes: number;
  blockChars: number;
}

export const defaultReading: Reading = { pieceBytes: 8 * 1024 * 1024, blockChars: 4 * 1024 * 1024 };

/** Characters of the head the preview reads (as importText's head). */
const headChars = 256 * 1024;

function readRange(fd: number, start: number, end: number, into?: Uint8Array): Uint8Array {
  const out = into ?? new Uint8Array(Math.max(0, end - start));
  const length = Math.min(out.length, Math.max(0, end - start));
  let at = 0;
  while (at < length) {
    const n = readSync(fd, out, at, length - at, start + at);
    if (n === 0) break;
    at += n;
  }
  return out.subarray(0, at);
}

/** Line feeds in bytes (for UTF-16, the 0x0a bytes: about as many). */
function lineFeeds(bytes: Uint8Array): number {
  let n = 0;
  for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) n++;
  return n;
}

/**
 * importBytes for a file on disk, without holding its bytes or its text whole (a file of any size):
 * the encoding from the same samples (the head, slices through the middle, the tail), the preview from
 * the head, then the rows block by block as the import worker reads them (BlockSplitter), the file read
 * again for each further reading the import needs. One buffer of `pieceBytes` is read into throughout;
 * the columns are made as long as the file's size over the first piece's bytes per line says.
 */
export function importFile(
  path: string,
  options: ImportOptions & { encoding?: Encoding } = {},
  reading: Reading = defaultReading
): ImportResult & { encoding: Encoding; replacements: number } {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const samples = sampleRanges(size).map(([start, end]) => alignSample(readRange(fd, start, end), start === 0, end >= size));
    const detected = detectEncoding(samples); // also refuses a non-text file (error.binary.<kind>)
    const encoding = options.encoding ?? detected.encoding;
    const buffer = new Uint8Array(Math.min(reading.pieceBytes, Math.max(size, 1)));
    let replacements = 0;
    let counting = true;
    /** The decoded text in pieces, BOM removed. */
    function* pieces(): Generator<string> {
      const decoder = createDecoder(encoding);
      let first = true;
      for (let at = 0; at < size; at += buffer.length) {
        let text = decoder.decode(readRange(fd, at, Math.min(size, at + buffer.length), buffer), { stream: true });
        if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
        if (counting) replacements += countReplacements(text);
        yield text;
      }
      const last = decoder.decode();
      if (counting) replacements += countReplacements(last);
      yield last;
    }
    let head = '';
    for (const text of pieces()) {
      head += text;
      if (head.length > headChars) break;
    }
    replacements = 0;
    const firstPiece = readRange(fd, 0, buffer.length, buffer);
    const expectRows = Math.ceil(((lineFeeds(firstPiece) + 1) * size) / Math.max(1, firstPiece.length) * 1.05) + 1024;
    function* blocks(): Generator<string> {
      const splitter = new BlockSplitter(reading.blockChars);
      for (const text of pieces()) {
        const block = splitter.push(text);
        if (block) yield block;
      }
      yield splitter.rest();
      counting = false; // a further reading does not count the same characters again
    }
    return { ...importBlocks(head, blocks, { expectRows, ...options }), encoding, replacements };
  } finally {
    closeSync(fd);
  }
}
