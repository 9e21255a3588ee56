import Papa from 'papaparse';
import { BlockSplitter } from './BlockSplitter.ts';
import { ByteBlockSplitter } from './ByteBlockSplitter.ts';
import { ByteText, readsOnBytes } from './ByteText.ts';
import { fileBlocks, type FileBlock } from './fileBlocks.ts';
import { countReplacements, createDecoder, type Encoding } from './encoding.ts';
import { RowReader } from './RowReader.ts';
import { lineSpan, type TableBuilder } from './TableBuilder.ts';

/** Text handed to the row reader at a time: large enough to amortise, small enough to keep memory flat. */
export const blockChars = 4 * 1024 * 1024;

export interface StreamParseOptions {
  delimiter: string;
  /** Physical line of the first row (the header is line 1). */
  firstLine: number;
  /** Whether the first row is the header, to be skipped (and not counted as a row). */
  skipHeader: boolean;
  /** Called after each block's rows are in the builder, with the bytes read so far: write its chunk, report progress, check for cancel. */
  onBlock: (bytesRead: number) => Promise<void> | void;
  /** Read the bytes themselves where the encoding allows it (readsOnBytes; default true); false decodes them first. */
  bytes?: boolean;
  /** Characters (bytes, when read on the bytes) a block holds at least before it is cut (default blockChars; tests cut small). */
  blockSize?: number;
}

/** How a stream of bytes is decoded: its encoding, and whether a leading byte-order mark is text (a part after the first). */
export interface Decoding {
  encoding: Encoding;
  keepBom?: boolean;
}

export interface StreamParseResult {
  /** Physical lines read (line ends, plus a last line without one). */
  lines: number;
  /** Quote characters seen: odd means the text ended inside a quoted field. */
  quotes: number;
  /** U+FFFD in the decoded text (bytes the encoding could not read). */
  replacements: number;
  /** Whether the header row was met (false: the text held no row at all). */
  headerSkipped: boolean;
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Adds one block of text (ending at a row end) to `builder`, starting at physical line `line`, its
 * first row skipped as the header when `header`; returns the physical lines it held. RowReader reads
 * it unless it has lone-CR line ends, the delimiter is longer than one character, or `rowReader` is
 * false (importText's `parser: 'papaparse'`): then PapaParse.
 */
export function addTextBlock(builder: TableBuilder, block: string, delimiter: string, line: number, header: boolean, rowReader = true): number {
  const breaks = countLines(block);
  const blockLines = breaks + (block.endsWith('\n') ? 0 : 1);
  if (rowReader && delimiter.length === 1 && RowReader.supports(block)) {
    builder.addText(block, line, header);
    return blockLines;
  }
  let rows = Papa.parse<string[]>(block, { delimiter, skipEmptyLines: false }).data;
  // Every physical line a row of its own: no field spans lines, line numbers need no search.
  const oneLinePerRow = rows.length === breaks + 1;
  let at = line;
  if (header && rows.length) {
    at = line + lineSpan(rows[0]); // a quoted header may span lines
    rows = rows.slice(1);
  }
  builder.addRows(rows, at, oneLinePerRow);
  return blockLines;
}

/**
 * Reads a stream of bytes (in `decoding`) or of text into `builder`, block by block, each block ending at a line
 * end outside quotes (BlockSplitter, ByteBlockSplitter). Bytes in UTF-8 or Windows-1252 are read on the bytes
 * (TableBuilder.addBytes), other encodings decoded first. A block of text is read by RowReader (PapaParse's
 * rules, only mapped fields sliced) unless it has lone-CR line ends or the delimiter is longer than one
 * character; then PapaParse itself reads it (a block of bytes with a lone CR is decoded and read so too). The
 * same code reads a whole file and each part of one read in parallel (import worker, parse-part worker).
 */
export async function parseStream(builder: TableBuilder, pieces: AsyncIterable<Uint8Array | string>, decoding: Decoding | null, options: StreamParseOptions): Promise<StreamParseResult> {
  if (decoding && options.bytes !== false && readsOnBytes(decoding.encoding, options.delimiter)) return parseBytes(builder, pieces, decoding, options);
  const decoder = decoding ? createDecoder(decoding.encoding, { keepBom: decoding.keepBom }) : null;
  const { delimiter, onBlock } = options;
  let line = options.firstLine;
  let headerSkipped = !options.skipHeader;
  let bytesRead = 0;
  let replacements = 0;

  const parseBlock = async (block: string) => {
    if (!block) return;
    line += addTextBlock(builder, block, delimiter, line, !headerSkipped);
    headerSkipped = true;
    await onBlock(bytesRead);
  };

  const splitter = new BlockSplitter(options.blockSize ?? blockChars);
  const push = async (text: string) => {
    replacements += countReplacements(text);
    const block = splitter.push(text);
    if (block) await parseBlock(block);
  };
  for await (const piece of pieces) {
    if (typeof piece === 'string') {
      bytesRead += piece.length;
      await push(piece);
    } else {
      bytesRead += piece.length;
      await push(decoder ? decoder.decode(piece, { stream: true }) : '');
    }
  }
  if (decoder) await push(decoder.decode());
  await parseBlock(splitter.rest());
  return { lines: line - options.firstLine, quotes: splitter.quotes, replacements, headerSkipped };
}

/**
 * parseStream of the bytes [start, end) of a file: in UTF-8 or Windows-1252 read by slices already cut into blocks
 * (fileBlocks: no stream pieces to join), otherwise streamed.
 */
export async function parseFile(builder: TableBuilder, file: Blob, start: number, end: number, decoding: Decoding, options: StreamParseOptions): Promise<StreamParseResult> {
  if (options.bytes !== false && readsOnBytes(decoding.encoding, options.delimiter)) return parseBytes(builder, fileBlocks(file, start, end, options.blockSize ?? blockChars), decoding, options);
  return parseStream(builder, piecesOf(file.slice(start, end).stream()), decoding, options);
}

/** parseStream of bytes in UTF-8 or Windows-1252, read on the bytes: pieces to cut into blocks, or blocks already cut (fileBlocks). */
async function parseBytes(builder: TableBuilder, pieces: AsyncIterable<Uint8Array | string | FileBlock>, decoding: Decoding, options: StreamParseOptions): Promise<StreamParseResult> {
  const { delimiter, onBlock } = options;
  const text = new ByteText(decoding.encoding);
  let line = options.firstLine;
  let headerSkipped = !options.skipHeader;
  let bytesRead = 0;
  let replacements = 0;
  let atStart = decoding.encoding === 'utf-8' && decoding.keepBom !== true;

  const parseBlock = async (block: Uint8Array, loneCr = hasLoneCr(block)) => {
    if (atStart) {
      // The file's byte-order mark, as the decoder drops it (a later part keeps it: there it is text).
      if (block.length >= 3 && block[0] === 0xef && block[1] === 0xbb && block[2] === 0xbf) block = block.subarray(3);
      atStart = block.length === 0;
    }
    if (!block.length) return;
    if (loneCr) {
      const decoded = text.text(block, 0, block.length);
      replacements += countReplacements(decoded);
      line += addTextBlock(builder, decoded, delimiter, line, !headerSkipped);
    } else {
      const read = builder.addBytes(block, text, line, !headerSkipped);
      line += read.lines;
      replacements += read.replacements;
    }
    headerSkipped = true;
    await onBlock(bytesRead);
  };

  const splitter = new ByteBlockSplitter(options.blockSize ?? blockChars);
  let quotes = 0;
  for await (const piece of pieces) {
    if (typeof piece === 'string') throw new TypeError('parseStream: text pieces are read without a decoding');
    if (!(piece instanceof Uint8Array)) {
      bytesRead += piece.bytes.length;
      quotes += piece.quotes;
      await parseBlock(piece.bytes, piece.loneCr);
      continue;
    }
    bytesRead += piece.length;
    const block = splitter.push(piece);
    if (block) await parseBlock(block);
  }
  await parseBlock(splitter.rest());
  return { lines: line - options.firstLine, quotes: quotes + splitter.quotes, replacements, headerSkipped };
}

/** Whether bytes hold a CR that is not followed by LF (RowReader reads \n and \r\n line ends only). */
function hasLoneCr(bytes: Uint8Array): boolean {
  for (let cr = bytes.indexOf(13); cr !== -1; cr = bytes.indexOf(13, cr + 1)) if (bytes[cr + 1] !== 10) return true;
  return false;
}

/** The chunks of a ReadableStream (File.stream(), a fetch body) as an async iterable. */
export async function* piecesOf(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
