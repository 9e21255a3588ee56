/// <reference lib="webworker" />
import { alignSample, countReplacements, createDecoder, detectEncoding, isEncoding, sampleLine, sampleRanges, samplesOf, type Encoding, type EncodingGuess } from '../import/encoding.ts';
import { headerOf, previewCsv } from '../import/parseCsv.ts';
import { TableBuilder, type BuiltColumn } from '../import/TableBuilder.ts';
import { RowReader } from '../import/RowReader.ts';
import { judgeParts, PartsMerger, partStarts, type PartOutcome } from '../import/mergeParts.ts';
import { isDecimals, narrowed, valuesOf } from '../import/narrow.ts';
import { readPart } from '../import/readPart.ts';
import { warmUpCsv } from '../import/warmUpCsv.ts';
import { closePool, PartReading, warmUpWorkers } from './partReading.ts';
import { concat } from '../import/toTable.ts';
import { parseFile, parseStream, piecesOf } from '../import/streamParse.ts';
import type { ImportReport } from '../import/ImportReport.ts';
import { validateMapping, type Mapping } from '../import/mapping.ts';
import { todayDay, withDateRange } from '../import/dateRange.ts';
import { analysisColumns, assemble, beginDataset, chunkBytes, deleteDataset, finishDataset, touchDataset, withImportLock, writeChunks, writeIssues } from '../data/datasets.ts';
import { checkSpace, expectedStoredBytes, keptColumns } from '../data/storageSpace.ts';
import { SpaceProbe } from '../data/SpaceProbe.ts';
import type { ChunkData, ColumnInfo, DatasetReport } from '../data/db.ts';
import { joinLabels } from '../data/joinedLabels.ts';
import type { EncodingNotice, Handover, ImportRequest, ImportResponse, ImportSource, PartRequest, PreviewResult } from './protocol.ts';
import type { Category, Codes, Table, Values } from '../analysis/table.ts';
import { CodedError, toWorkerError } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const headBytes = 256 * 1024;
const cancelled = new Set<number>();
/** Where there are no Web Locks, how often a running import says it is alive. */
const heartbeatMs = 5_000;

function post(message: ImportResponse) {
  scope.postMessage(message);
}

interface SourceBytes {
  size: number;
  head: Uint8Array;
  /** What encoding detection reads: the head, slices through the middle and the tail, cut to whole lines. */
  samples: Uint8Array[];
  stream: () => AsyncIterable<Uint8Array>;
}

/**
 * The bytes of a source: a File is streamed (and sliced for samples, unless `sampled` is false: the encoding is
 * known), a URL fetched, pasted text needs no decoding.
 */
async function sourceBytes(source: ImportSource, sampled = true): Promise<SourceBytes> {
  if (source.kind === 'file') {
    const file = source.file;
    let head: Uint8Array;
    let samples: Uint8Array[];
    try {
      head = new Uint8Array(await file.slice(0, headBytes).arrayBuffer());
      samples = !sampled ? [] : await Promise.all(
        sampleRanges(file.size).map(async ([start, end]) => alignSample(new Uint8Array(await file.slice(start, end).arrayBuffer()), start === 0, end >= file.size))
      );
    } catch (error) {
      throw new CodedError('error.readFile', { name: file.name }, String(error));
    }
    return { size: file.size, head, samples, stream: () => piecesOf(file.stream()) };
  }
  if (source.kind === 'url') {
    let buffer: ArrayBuffer;
    try {
      const response = await fetch(source.url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      buffer = await response.arrayBuffer();
    } catch (error) {
      throw new CodedError('error.fetchSample', { name: source.name }, String(error));
    }
    const bytes = new Uint8Array(buffer);
    return {
      size: bytes.length,
      head: bytes.subarray(0, headBytes),
      samples: samplesOf(bytes),
      stream: async function* () {
        for (let at = 0; at < bytes.length; at += 1 << 20) yield bytes.subarray(at, at + (1 << 20));
      }
    };
  }
  const bytes = new TextEncoder().encode(source.text);
  return { size: bytes.length, head: bytes.subarray(0, headBytes), samples: [], stream: async function* () { yield bytes; } };
}

/** The encoding detected from the samples (pasted text is UTF-8 by construction), or the user's choice. */
function resolveEncoding(bytes: SourceBytes, override?: string): { encoding: Encoding; hadBom: boolean; detected: EncodingGuess } {
  const detected: EncodingGuess = bytes.samples.length ? detectEncoding(bytes.samples) : { encoding: 'utf-8', bom: false, replacements: 0, unsure: false, alternatives: [] };
  return { encoding: override === undefined ? detected.encoding : checkedEncoding(override), hadBom: detected.bom, detected };
}

function checkedEncoding(value: string): Encoding {
  if (!isEncoding(value)) throw new RangeError(`invalid encoding: ${JSON.stringify(value)}`);
  return value;
}

/** Doubt worth showing: the samples read in `encoding` have U+FFFD, or detection was unsure and the user chose nothing. */
function encodingNotice(bytes: SourceBytes, encoding: Encoding, detected: EncodingGuess, overridden: boolean): EncodingNotice | undefined {
  const replacements = overridden ? bytes.samples.reduce((n, s) => n + countReplacements(createDecoder(encoding).decode(s)), 0) : detected.replacements;
  if (replacements === 0 && (overridden || !detected.unsure)) return undefined;
  const others = [detected.encoding, ...detected.alternatives].filter((e) => e !== encoding);
  return {
    replacements,
    sample: sampleLine(bytes.samples, encoding),
    alternatives: others.map((e) => ({ encoding: e, sample: sampleLine(bytes.samples, e) }))
  };
}

/** Text of the head, cut at the last line end so no half row or half character is previewed. */
function headText(head: Uint8Array, encoding: Encoding, whole: boolean): string {
  const text = createDecoder(encoding).decode(head, { stream: !whole });
  if (whole) return text;
  const cut = text.lastIndexOf('\n');
  return cut > 0 ? text.slice(0, cut + 1) : text;
}

async function preview(id: number, source: ImportSource, override?: string) {
  const bytes = await sourceBytes(source);
  if (bytes.size === 0) throw new CodedError('error.emptyFile');
  const { encoding, hadBom, detected } = resolveEncoding(bytes, override);
  const text = headText(bytes.head, encoding, bytes.head.length >= bytes.size);
  const p = previewCsv(text);
  if (!p.headers.length) throw new CodedError('error.noHeader');
  const result: PreviewResult = {
    encoding,
    hadBom,
    delimiter: p.delimiter,
    headers: p.headers,
    rows: p.rows,
    firstRow: p.firstRow,
    mapping: { ...p.mapping, encoding, delimiter: p.delimiter },
    dayOrder: p.dayOrder,
    size: bytes.size,
    encodingNotice: encodingNotice(bytes, encoding, detected, override !== undefined)
  };
  post({ type: 'preview', id, preview: result });
  if (source.kind === 'file') warmUp(source.file, bytes.size, encoding, p.delimiter, result.mapping, p.headers, bytes.head.lastIndexOf(10) + 1);
}

/**
 * Thrown when the whole file decided what rows already read did not follow (two-digit years among
 * four-digit ones, day order "auto" decided late: TableBuilder.readAgain): import again with this change.
 */
class ReadAgain {
  constructor(readonly change: Partial<Mapping>) {}
}

/** Thrown when a file read in parts cannot give what one reading gives (mergeParts.judgeParts): read it whole. */
class ReadWhole {
  constructor(readonly reason: string) {}
}

async function runImport(request: Extract<ImportRequest, { type: 'import' }>) {
  // "Today" once, at import start: every reading (and the stored mapping) uses the same date range.
  const today = todayDay();
  let mapping = request.mapping as Mapping;
  let whole = false;
  for (let pass = 0; ; ) {
    try {
      await importOnce({ ...request, mapping }, today, pass < 2, whole);
      return;
    } catch (error) {
      if (error instanceof ReadWhole && !whole) whole = true;
      else if (error instanceof ReadAgain) {
        mapping = { ...mapping, ...error.change };
        pass++;
      } else throw error;
    }
  }
}

/** Files of at least two of these are read in parts in parallel; below, starting the part workers costs more than it saves. */
const partBytes = 8 * 1024 * 1024;
/** The smallest part: a file is cut into up to four parts per core, none smaller than this. */
const smallestPart = 4 * 1024 * 1024;

/**
 * How many parts to read a file in (partsFor): more than there are cores, so that each reader (the import worker and
 * a part worker per other core) takes the next part when done with one and all finish together, however fast each
 * is (PartReading). One (read here, whole) for pasted text and fetched samples, UTF-16 (line ends are two bytes),
 * customer tables (a repeated id is refused after its first row: that needs the file's order), delimiters of more
 * than one character and lone-CR line ends (read by PapaParse, whose rows may end where a cut cannot know).
 */
function partCount(source: ImportSource, size: number, encoding: Encoding, mapping: Mapping, delimiter: string, head: string): number {
  if (source.kind !== 'file' || encoding.startsWith('utf-16') || mapping.shape !== 'transactions') return 1;
  if (delimiter.length !== 1 || !RowReader.supports(head)) return 1;
  return partsFor(size);
}

/** Parts for a file of `size` bytes that can be cut: 1 below two `partBytes`, else up to four per core, none smaller than `smallestPart`. */
function partsFor(size: number): number {
  return size < 2 * partBytes ? 1 : Math.max(2, Math.min(4 * cores(), Math.floor(size / smallestPart)));
}

/** Part workers for a file of `parts` parts: one per core besides the import worker. */
function workersFor(parts: number): number {
  return Math.max(0, Math.min(cores() - 1, parts - 1));
}

/** Cores an import reads with (parts read at once): at least 2, at most 8. */
function cores(): number {
  return Math.max(2, Math.min(8, navigator.hardwareConcurrency || 2));
}

async function importOnce(request: Extract<ImportRequest, { type: 'import' }>, today: number, mayReadAgain: boolean, whole: boolean) {
  const { id, source, name } = request;
  const started = performance.now();
  // The preview has detected the encoding already: with it given, the samples are not read nor scored again.
  const bytes = await sourceBytes(source, request.encoding === undefined);
  if (bytes.size === 0) throw new CodedError('error.emptyFile');
  const encoding = request.encoding !== undefined ? checkedEncoding(request.encoding) : resolveEncoding(bytes).encoding;
  const requested = request.mapping as Partial<Mapping> | null;
  const head = headText(bytes.head, encoding, bytes.head.length >= bytes.size);
  // Only the headers (as the preview read them): the mapping is chosen, the head's day order not needed again.
  const headRow = headerOf(head, { firstRowIsData: requested?.firstRowIsData ?? false, columnNames: requested?.columnNames });
  const delimiter = request.delimiter ?? headRow.delimiter;
  const headers = headRow.headers;
  const checked = validateMapping(request.mapping as Mapping, headers);
  if (!checked.ok) {
    // The first problem in words (its code is an i18n key with its params); all codes as detail.
    const [first] = checked.errors;
    throw new CodedError(first.code, first.params, checked.errors.map((e) => e.code).join(', '));
  }
  let mapping = checked.mapping;
  if (mapping.shape === 'transactions') {
    try {
      mapping = withDateRange(mapping, today);
    } catch {
      throw new CodedError('mapping.error.dateRange', { from: mapping.dateFrom ?? '', to: mapping.dateTo ?? '' });
    }
  }

  // Refused before anything is written when the browser says the stored columns would not fit.
  const space = checkSpace(await navigator.storage?.estimate?.().catch(() => undefined), expectedStoredBytes(bytes.size, keptColumns(mapping), headers.length));
  if (!space.ok) throw new CodedError('error.spaceShort', { needed: megabytes(space.needed), available: megabytes(space.available) });

  const parts = whole ? 1 : partCount(source, bytes.size, encoding, mapping, delimiter, head);
  const starts = parts > 1 && source.kind === 'file' ? await partStarts(bytes.size, parts, async (a, b) => new Uint8Array(await source.file.slice(a, b).arrayBuffer())) : [0];

  const settled = { bytes, encoding, delimiter, headers, mapping, today, mayReadAgain, started, starts };
  const reading = starts.length > 1 && source.kind === 'file' ? startParts(source.file, settled) : null;
  try {
    const datasetId = crypto.randomUUID();
    // The lock is held from before the record exists until it is finished or deleted: a record whose lock is free is a dead import.
    const probe = await SpaceProbe.open(datasetId);
    try {
      await withImportLock(datasetId, () => storeImport(datasetId, request, { ...settled, reading }, probe));
    } finally {
      await probe?.close();
    }
  } finally {
    if (reading && !reading.finished) closePool();
  }
}

function megabytes(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}

/** What an import has settled before reading its rows. */
interface Opened {
  bytes: SourceBytes;
  encoding: Encoding;
  delimiter: string;
  headers: string[];
  mapping: Mapping;
  today: number;
  mayReadAgain: boolean;
  started: number;
  /** Where the parts read in parallel start (bytes); [0]: the file is read whole, here. */
  starts: number[];
  /** The parts being read, when there are more than one. */
  reading: PartReading | null;
}

/** What reading the rows gave (their chunks were written as they came). */
interface ReadRows {
  dictionaries: Record<string, string[]>;
  columns: BuiltColumn[];
  report: ImportReport;
  replacements: number;
  /** How many parts it was read in (1: whole). */
  parts: number;
}

type Write = (chunk: Record<string, Int32Array | Float64Array>) => Promise<void>;
type Progress = (rows: number, bytes: number) => void;

/** Reads the whole source here, block by block (a text, a fetched sample, a small file, or one that cannot be cut). */
async function readWhole(source: ImportSource, opened: Opened, write: Write, progress: Progress): Promise<ReadRows> {
  const { bytes, encoding, delimiter, headers, mapping, today, mayReadAgain } = opened;
  const builder = new TableBuilder({ ...mapping, delimiter }, headers, { today, lines: true });
  const read = async () => {
    if (source.kind === 'file') return parseFile(builder, source.file, 0, source.file.size, { encoding }, options);
    if (source.kind === 'text') return parseStream(builder, (async function* () { yield source.text; })(), null, options);
    return parseStream(builder, bytes.stream(), { encoding }, options);
  };
  const options = {
    delimiter,
    firstLine: 1,
    skipHeader: mapping.firstRowIsData !== true,
    onBlock: async (bytesRead: number) => {
      await write(builder.takeChunk());
      progress(builder.rowsRead, bytesRead);
    }
  };
  const result = await read();
  if (!result.headerSkipped) throw new CodedError('error.noHeader');
  const again = mayReadAgain ? builder.readAgain() : null;
  if (again) throw new ReadAgain(again);
  return { ...builder.finish(), replacements: result.replacements, parts: 1 };
}

/**
 * Starts reading the file in parts (PartReading): the part workers begin at once, while the dataset is opened; the
 * first part, and any other left when the import worker is free, are read by readParts.
 */
function startParts(file: File, opened: Omit<Opened, 'reading'>): PartReading {
  const { encoding, delimiter, headers, mapping, today, starts } = opened;
  const job = (k: number): PartRequest => ({ file, start: starts[k], end: starts[k + 1] ?? file.size, first: k === 0, encoding, delimiter, mapping, headers, today });
  return new PartReading(job, starts.length, workersFor(starts.length));
}

/** Starts the part workers a file of `size` bytes would use and has them read its head, so that their code is compiled when the rows come. */
function warmUp(file: File, size: number, encoding: Encoding, delimiter: string, mapping: unknown, headers: string[], headEnd: number) {
  const checked = validateMapping(mapping as Mapping, headers);
  if (!checked.ok || checked.mapping.shape !== 'transactions') return;
  warmUpWorkers(workersFor(partsFor(size)), { file, start: 0, end: headEnd, first: true, encoding, delimiter, mapping: checked.mapping, headers, today: todayDay() });
}

/** Rows of the made-up file each reader reads once before a file is chosen (1.4 MB, about 0.1 s; see warmUpCsv). */
const warmUpRows = 20_000;
let warmedUp = false;

/**
 * Warms up every reader a large file would use, before a file is chosen (the page asks when it is idle): the part
 * workers are started and each, and this worker too, reads a made-up file of order lines once (warmUpCsv), so
 * that the engine has optimised the reading code when the rows that count come. Once per worker; never fails.
 */
async function warmUpIdle() {
  if (warmedUp) return;
  warmedUp = true;
  const file = new Blob([warmUpCsv(warmUpRows) as Uint8Array<ArrayBuffer>]);
  const head = previewCsv(new TextDecoder().decode(warmUpCsv(64)));
  const checked = validateMapping(head.mapping as Mapping, head.headers);
  if (!checked.ok || checked.mapping.shape !== 'transactions') return;
  const today = todayDay();
  const job: PartRequest = { file, start: 0, end: file.size, first: true, encoding: 'utf-8', delimiter: head.delimiter, mapping: withDateRange(checked.mapping, today), headers: head.headers, today, warmUp: true };
  warmUpWorkers(workersFor(partsFor(Number.MAX_SAFE_INTEGER)), job);
  await readPart(job, () => undefined).catch(() => undefined);
}

/**
 * Reads the file in parts: the first here, the others in part workers or here, whichever is free (PartReading).
 * Chunks are merged in file order as they come (part k's once part k − 1 is done, so codes and lines are those of
 * one reading) and written. The merged result is the one reading's (mergeParts.ts); when the parts cannot give it
 * (a cut inside quotes, …) the file is read again whole (ReadWhole).
 */
async function readParts(reading: PartReading, opened: Opened, write: Write, progress: Progress): Promise<ReadRows> {
  const { mapping, mayReadAgain } = opened;
  const { rows, bytes } = reading;
  const report = () => progress(sum(rows), sum(bytes));
  const merger = new PartsMerger({ countCustomerDays: mapping.shape === 'transactions' && mapping.columns.order === undefined });
  const first = await readPart(reading.job(0), async (chunk, labels, rowsSoFar, bytesSoFar) => {
    rows[0] = rowsSoFar;
    bytes[0] = bytesSoFar;
    await write(merger.chunk(0, chunk, labels, 1));
    report();
  });
  if (!first.headerSkipped) throw new CodedError('error.noHeader');
  const outcomes: PartOutcome[] = [first.outcome];
  let firstLine = 1 + first.outcome.lines;
  for (let k = 1; k < reading.parts; k++) {
    // Merged as they come (write joins them into batches).
    for (;;) {
      const m = await reading.next(k, report);
      if (m.type === 'error') throw new CodedError(m.error.code, m.error.params, m.error.detail);
      if (m.type === 'done') {
        outcomes.push(m.outcome);
        break;
      }
      if (m.type !== 'chunk') continue;
      await write(merger.chunk(k, m.chunk, m.labels, firstLine));
      report();
    }
    firstLine += outcomes[k].lines;
  }
  reading.finished = true;
  const verdict = judgeParts(outcomes, mapping, mayReadAgain);
  if (verdict.kind === 'whole') throw new ReadWhole(verdict.reason);
  if (verdict.kind === 'readAgain') throw new ReadAgain(verdict.change);
  const { dictionaries, report: merged } = merger.finish(outcomes);
  return { dictionaries, columns: first.columns, report: merged, replacements: sum(outcomes.map((o) => o.replacements)), parts: reading.parts };
}

/**
 * Bytes of column data the chunks of consecutive blocks are joined into, for one write: each write is proven by a
 * space probe first, which writes its margin (2 MB) again, more than the chunk of one block (about 1 MB). Small
 * enough that writing overlaps reading: with 32 MB, Online Retail was written whole after the last row was read.
 */
const batchLimit = 8 * 1024 * 1024;

/** Chunks of consecutive rows as one chunk per column. */
function joinChunks(chunks: Record<string, Int32Array | Float64Array>[]): Record<string, Int32Array | Float64Array> {
  if (chunks.length === 1) return chunks[0];
  const out: Record<string, Int32Array | Float64Array> = {};
  for (const name of Object.keys(chunks[0])) {
    const parts = chunks.map((c) => c[name]);
    out[name] = parts[0] instanceof Int32Array ? concat(parts as Int32Array[], (n) => new Int32Array(n)) : concat(parts as Float64Array[], (n) => new Float64Array(n));
  }
  return out;
}
function sum(values: number[]): number {
  return values.reduce((n, v) => n + v, 0);
}

async function storeImport(
  datasetId: string,
  request: Extract<ImportRequest, { type: 'import' }>,
  opened: Opened,
  probe: SpaceProbe | null
) {
  const { id, source, name, label } = request;
  const { bytes, encoding, delimiter, headers, mapping, today, mayReadAgain, started } = opened;
  /** Stops the import before a write the disk has no room for (see SpaceProbe: such a write could cost every dataset). */
  const room = (size: number) => {
    if (probe && !probe.fits(size)) throw new CodedError('error.quota', undefined, `no room on the disk for the next ${(size / 1024 / 1024).toFixed(1)} MB`);
  };
  room(0);
  await beginDataset({
    id: datasetId,
    name: name.trim() || 'data',
    // A name left empty is generated ("Untitled data", in the reader's language); one typed or taken from the file is shown as it is.
    label: label !== undefined ? label : name.trim() ? null : { key: 'data.untitledName' as const },
    shape: mapping.shape,
    created: Date.now(),
    source: { name: source.kind === 'file' ? source.file.name : source.name, size: bytes.size, encoding, delimiter },
    headers,
    mapping,
    report: emptyReport(),
    columns: [],
    rows: 0,
    bytes: 0
  });

  const inFlight: Promise<void>[] = [];
  let writeError: unknown = null;
  try {
    const chunkCounts = new Map<string, number>();
    // With a handover port, the chunks are kept too, to hand the whole table to the analysis worker at the end.
    const kept = request.handover ? new Map<string, ChunkData[]>() : null;
    let storedBytes = 0;
    let lastBeat = Date.now();
    let lastProgress = 0;

    /**
     * Takes the chunk of each block read, in file order, and writes them joined in batches of about batchLimit bytes
     * (the same batches whatever the timing, so the same stored chunks).
     */
    let batch: Record<string, Int32Array | Float64Array>[] = [];
    let batchBytes = 0;
    const write = async (chunk: Record<string, Int32Array | Float64Array>) => {
      batch.push(chunk);
      for (const values of Object.values(chunk)) batchBytes += values.byteLength;
      if (batchBytes >= batchLimit) await flush();
    };
    const flush = async () => {
      if (!batch.length) return;
      const joined = joinChunks(batch);
      batch = [];
      batchBytes = 0;
      await writeNow(joined);
    };
    /** Writes one chunk of rows; at most one write is in flight while the next block is read. */
    const writeNow = async (chunk: Record<string, Int32Array | Float64Array>) => {
      const writes: { column: string; index: number; data: ChunkData }[] = [];
      for (const [column, values] of Object.entries(chunk)) {
        if (!values || values.length === 0) continue;
        const data = narrowed(column, values); // a region in one byte a row, days in two, cents in four: fewer bytes probed, written and read back
        const index = chunkCounts.get(column) ?? 0;
        chunkCounts.set(column, index + 1);
        writes.push({ column, index, data });
        storedBytes += chunkBytes(data);
        // Kept for the handover as values, not decimals: the same table as read back, without decoding it again.
        if (kept && !analysisColumns.without.includes(column)) (kept.get(column) ?? kept.set(column, []).get(column)!).push(isDecimals(data) ? valuesOf(data, values as Float64Array) : data);
      }
      if (!writes.length) return;
      // The last write first, then the room for this one: the probe measures the disk as the write will find it.
      while (inFlight.length) await inFlight.shift();
      if (writeError) throw writeError;
      room(writes.reduce((n, w) => n + chunkBytes(w.data), 0));
      if (!navigator.locks && Date.now() - lastBeat > heartbeatMs) {
        lastBeat = Date.now();
        await touchDataset(datasetId);
      }
      inFlight.push(writeChunks(datasetId, writes).catch((error) => void (writeError ??= error)));
    };
    const progress = (rowsSoFar: number, bytesRead: number) => {
      if (cancelled.has(id)) throw new CodedError('import.cancelled');
      const now = performance.now();
      if (now - lastProgress < 100) return;
      lastProgress = now;
      post({ type: 'progress', id, rows: rowsSoFar, bytes: bytesRead, totalBytes: bytes.size, rowsPerSecond: rowsSoFar / ((now - started) / 1000) });
    };

    const read = opened.reading ? await readParts(opened.reading, opened, write, progress) : await readWhole(source, opened, write, progress);
    await flush();
    while (inFlight.length) await inFlight.shift();
    if (writeError) throw writeError;
    const { replacements } = read;
    const finished = read;
    if (finished.report.rowsRead === 0) throw new CodedError('error.noRows');
    // Dictionaries of the categorical columns, in chunks of 50,000 labels.
    const dictWrites: { column: string; index: number; data: ChunkData }[] = [];
    const dictChunks = new Map<string, number>();
    for (const [column, labels] of Object.entries(finished.dictionaries)) {
      let index = 0;
      for (let at = 0; at < labels.length || index === 0; at += 50_000) {
        const part = labels.slice(at, at + 50_000);
        const data = joinLabels(part); // stored joined (JoinedLabels), handed over as labels
        dictWrites.push({ column: `${column}#dict`, index: index++, data });
        if (kept && !analysisColumns.counted.includes(column)) (kept.get(`${column}#dict`) ?? kept.set(`${column}#dict`, []).get(`${column}#dict`)!).push(part);
        storedBytes += chunkBytes(data);
      }
      dictChunks.set(column, index);
    }
    if (dictWrites.length) {
      room(dictWrites.reduce((n, w) => n + chunkBytes(w.data), 0));
      await writeChunks(datasetId, dictWrites);
    }
    const rejected = finished.report.rejected;
    room(rejected.reduce((n, r) => n + 2 * Math.min(r.raw.length, 500) + 64, 0));
    await writeIssues(datasetId, rejected.map((r) => ({ line: r.line, column: r.column, reason: r.reason, raw: r.raw.slice(0, 500) })));

    const columns: ColumnInfo[] = finished.columns.map((c) => ({
      name: c.name,
      kind: c.kind,
      chunks: chunkCounts.get(c.name) ?? 0,
      dictChunks: c.kind === 'category' ? (dictChunks.get(c.name) ?? 0) : undefined,
      labels: c.kind === 'category' ? finished.dictionaries[c.name].length : undefined
    }));
    const r = finished.report;
    const report: DatasetReport = {
      rowsRead: r.rowsRead,
      rowsAccepted: r.rowsAccepted,
      rowsRejected: r.rowsRejected,
      rowsWithoutCustomer: r.rowsWithoutCustomer,
      customers: r.customers,
      orders: r.orders,
      totalAmount: r.totalAmount,
      firstDay: r.firstDay,
      lastDay: r.lastDay,
      coercions: r.coercions,
      duplicateCustomers: r.duplicateCustomers,
      rejectedByReason: r.rejectedByReason,
      dateRange: r.dateRange,
      rejectedStored: rejected.length,
      replacements,
      parts: read.parts
    };
    // A cancel that came while the last rows were merged or written is still honoured: nothing is ready yet.
    if (cancelled.has(id)) throw new CodedError('import.cancelled');
    room(0);
    await finishDataset(datasetId, { columns, rows: r.rowsAccepted, bytes: storedBytes, report });
    // The analysis worker's table: what it would read back (loadTable with analysisColumns).
    if (kept && request.handover) {
      const record = { shape: mapping.shape, rows: r.rowsAccepted, columns: columns.filter((c) => !analysisColumns.without.includes(c.name)) };
      handOver(request.handover, datasetId, assemble(record, kept, new Set(analysisColumns.counted)));
    }
    post({ type: 'done', id, datasetId, report });
  } catch (error) {
    // Chunk writes still running would land after the delete: let them finish first.
    await Promise.allSettled(inFlight);
    await deleteDataset(datasetId).catch(() => undefined);
    throw error;
  }
}

/** Sends the stored table to the analysis worker (its buffers moved, not copied): the first analysis need not read it back. */
function handOver(port: MessagePort, datasetId: string, table: Table) {
  const buffers = new Set<ArrayBuffer>();
  const add = (a: Codes | Values | undefined) => {
    if (a && a.buffer instanceof ArrayBuffer) buffers.add(a.buffer);
  };
  for (const value of Object.values(table)) {
    if (value instanceof Int32Array || value instanceof Float64Array || value instanceof Float32Array) add(value);
    else if (value && typeof value === 'object' && 'codes' in value) add((value as Category).codes);
  }
  for (const v of Object.values(table.numbers)) add(v);
  for (const c of Object.values(table.categories)) add(c.codes);
  const message: Handover = { datasetId, table };
  port.postMessage(message, [...buffers]);
  port.close();
}

function emptyReport(): DatasetReport {
  return { rowsRead: 0, rowsAccepted: 0, rowsRejected: 0, rowsWithoutCustomer: 0, customers: 0, orders: 0, totalAmount: 0, firstDay: NaN, lastDay: NaN, coercions: {}, rejectedStored: 0 };
}

scope.onmessage = (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    cancelled.add(request.id);
    return;
  }
  if (request.type === 'warmUp') {
    warmUpIdle().catch(() => undefined);
    return;
  }
  const work = request.type === 'preview' ? preview(request.id, request.source, request.encoding) : runImport(request);
  work
    .catch((error) => {
      if (error instanceof CodedError && error.code === 'import.cancelled') post({ type: 'cancelled', id: request.id });
      else post({ type: 'error', id: request.id, error: toWorkerError(error, 'error.unexpected') });
    })
    .finally(() => cancelled.delete(request.id));
};
