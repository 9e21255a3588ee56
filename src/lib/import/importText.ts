import type { Codes, Role, Table, Values } from '../analysis/table.ts';
import { CodedError } from '../workers/protocol.ts';
import { todayDay, withDateRange } from './dateRange.ts';
import { countReplacements, createDecoder, detectEncoding, samplesOf, type Encoding } from './encoding.ts';
import { roles, validateMapping, type Mapping } from './mapping.ts';
import { previewCsv } from './parseCsv.ts';
import { splitBlocks } from './splitBlocks.ts';
import type { ImportReport } from './ImportReport.ts';
import { TableBuilder, type BuildOptions } from './TableBuilder.ts';
import { codesFor, fitsFloat32, isCategoryColumn, isNumberRole } from './narrow.ts';
import { addTextBlock } from './streamParse.ts';
import { toTable } from './toTable.ts';

export interface ImportOptions {
  /** Settings that replace the guessed ones (a given `columns` replaces all guessed columns). */
  mapping?: Partial<Mapping>;
  /** Roles by header name, applied on top of the guessed columns. */
  headersMap?: Partial<Record<Role, string>>;
  /** How rows are split: RowReader (default; PapaParse's rules, faster) or PapaParse itself. */
  parser?: Parser;
  /** Today's epoch day, for the default latest plausible date (default: the local calendar's today). */
  today?: number;
  /** Keep each row's source line in `table.line` (the normalised export writes it). */
  lines?: boolean;
  /**
   * Stored columns left out of the returned table, by name (`price`, `c:<header>`, `n:<header>` …) or by a
   * prefix ending in `:` (`c:`: every other category), for a caller that never reads them (the engine never
   * reads `price`; the normalised export writes neither it nor the other columns). Their cells are still
   * read and checked, so the same rows are rejected and the report and mapping are unchanged.
   */
  omit?: readonly string[];
  /**
   * About how many rows the text holds (a file's size over its head's bytes per row): the columns are made
   * that long at once instead of grown by copying (the part never written costs no memory).
   */
  expectRows?: number;
  /** Keep the order ids (default true); false keeps their codes and number only (BuildOptions.orderLabels). */
  orderLabels?: boolean;
  /**
   * Keep each category's codes in the narrowest array they fit (Int8Array up to 127 labels, Int16Array up to
   * 32,767, else Int32Array) instead of always Int32Array: a quarter of the memory for a region or a channel;
   * and a number role (amount, quantity …) in a Float32Array when every value is exactly a float32.
   */
  narrowCodes?: boolean;
}

export type Parser = 'rowReader' | 'papaparse';

export interface ImportResult {
  table: Table;
  report: ImportReport;
  headers: string[];
  mapping: Mapping;
}

const headChars = 256 * 1024;

function headOf(text: string): string {
  if (text.length <= headChars) return text;
  const cut = text.lastIndexOf('\n', headChars);
  return cut > 0 ? text.slice(0, cut + 1) : text.slice(0, headChars);
}

function applyHeadersMap(mapping: Mapping, headers: string[], headersMap: Partial<Record<Role, string>>): Mapping {
  const columns = { ...mapping.columns };
  let numbers = mapping.numbers;
  let categories = mapping.categories;
  for (const [role, header] of Object.entries(headersMap) as [Role, string][]) {
    if (!(roles as readonly string[]).includes(role)) throw new CodedError('mapping.error.unknownRole', { role });
    const index = headers.indexOf(header);
    if (index < 0) throw new CodedError('mapping.error.unknownHeader', { column: header }, `headers: ${headers.join(', ')}`);
    for (const other of roles) if (columns[other] === index) delete columns[other];
    numbers = numbers.filter((i) => i !== index);
    categories = categories.filter((i) => i !== index);
    columns[role] = index;
  }
  const amountFrom = columns.amount === undefined && columns.quantity !== undefined && columns.price !== undefined ? 'quantityTimesPrice' : mapping.amountFrom;
  const shape = columns.date !== undefined && mapping.shape === 'customers' && headersMap.date ? 'transactions' : mapping.shape;
  return { ...mapping, shape, columns, numbers, categories, amountFrom };
}

type Column = Codes | Values;

function isOmitted(name: string, omit: readonly string[]): boolean {
  return omit.some((o) => (o.endsWith(':') ? name.startsWith(o) : name === o));
}

/**
 * The stored columns of one reading, each in one array (made `expectRows` long, doubled when full) that the
 * chunks of the blocks are copied into as they come. A large import so holds its table about once: a list of
 * chunks joined at the end holds it twice, and the allocator keeps the memory of the freed chunks.
 * `omit` names columns not kept. With `narrow`, category codes are kept in the narrowest array their largest
 * code so far fits (one byte a row for a region or a channel, two for a few thousand products), and number
 * roles in a Float32Array while every value is exactly a float32 (whole quantities); either is made wider,
 * once, when a value outgrows it (narrow.ts).
 */
class Columns {
  readonly #arrays = new Map<string, Column>();
  readonly #largest = new Map<string, number>();
  #length = 0;
  constructor(
    readonly omit: readonly string[],
    readonly expectRows = 0,
    readonly narrow = false
  ) {}

  add(chunk: Record<string, Int32Array | Float64Array>): void {
    let rows = 0;
    for (const [name, values] of Object.entries(chunk)) {
      rows = values.length;
      if (isOmitted(name, this.omit)) continue;
      let array = this.#arrays.get(name);
      const need = this.#length + rows;
      const codes = this.narrow && isCategoryColumn(name);
      let largest = this.#largest.get(name) ?? -1;
      if (codes) for (let i = 0; i < values.length; i++) if (values[i] > largest) largest = values[i];
      const single = this.narrow && values instanceof Float64Array && isNumberRole(name) && (array === undefined || array instanceof Float32Array) && fitsFloat32(values);
      const wider =
        array !== undefined &&
        (codes ? codesFor(largest, 0).BYTES_PER_ELEMENT > array.BYTES_PER_ELEMENT : array instanceof Float32Array && !single);
      if (!array || array.length < need || wider) {
        const capacity = Math.max(need, array ? (array.length < need ? 2 * array.length : array.length) : this.expectRows, 1024);
        const grown = single ? new Float32Array(capacity) : values instanceof Float64Array ? new Float64Array(capacity) : codes ? codesFor(largest, capacity) : new Int32Array(capacity);
        if (array) grown.set(array.subarray(0, this.#length));
        this.#arrays.set(name, (array = grown));
      }
      if (codes) this.#largest.set(name, largest);
      array.set(values, this.#length);
    }
    this.#length += rows;
  }

  /**
   * The columns at their length, as toTable reads them (one part each). A view, not a copy: copying every
   * column at the end would hold the table twice, while the part of an array never written costs no memory.
   */
  take(): Map<string, Column[]> {
    const out = new Map<string, Column[]>();
    for (const [name, array] of this.#arrays) out.set(name, [array.length === this.#length ? array : array.subarray(0, this.#length)]);
    this.#arrays.clear();
    return out;
  }

  clear(): void {
    this.#arrays.clear();
    this.#largest.clear();
    this.#length = 0;
  }
}

function build(blocks: Iterable<string>, mapping: Mapping, headers: string[], parser: Parser, options: BuildOptions & { today: number }, columns: Columns): TableBuilder {
  const builder = new TableBuilder(mapping, headers, options);
  let line = 1;
  // With no header row, the first row is data on line 1.
  let first = !mapping.firstRowIsData;
  for (const block of blocks) {
    if (!block) continue;
    line += addTextBlock(builder, block, mapping.delimiter ?? ',', line, first, parser === 'rowReader');
    first = false;
    columns.add(builder.takeChunk());
  }
  return builder;
}

/**
 * Imports CSV text without IndexedDB (CLI, tests, share links): preview → mapping (guessed, then
 * options) → validation → blocks split by RowReader (or PapaParse) → TableBuilder → Table. Throws a CodedError whose
 * code is an i18n key when the text or the mapping cannot be used. With day order 'auto', the
 * whole column decides: rows refused before the deciding value are read again in that order; two-digit
 * years under 'auto' likewise (TableBuilder.readAgain). The plausible date range is written into the
 * returned mapping, with "today" taken once, here.
 */
export function importText(text: string, options: ImportOptions = {}): ImportResult {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new CodedError('error.emptyFile');
  return importBlocks(headOf(text), () => splitBlocks(text), options);
}

/**
 * importText from the head of the text (BOM removed; at least its first 256 KB, or all of it) and a source
 * of its blocks, each ending at a row end outside quotes (splitBlocks, BlockSplitter), called once per
 * reading: so that a file of any size is imported without holding its text whole.
 */
export function importBlocks(head: string, blocks: () => Iterable<string>, options: ImportOptions = {}): ImportResult {
  if (head.trim() === '') throw new CodedError('error.emptyFile');
  const preview = previewCsv(headOf(head), { firstRowIsData: options.mapping?.firstRowIsData, columnNames: options.mapping?.columnNames });
  const headers = preview.headers;
  if (!headers.length) throw new CodedError('error.noHeader');
  let mapping: Mapping = { ...preview.mapping, ...options.mapping };
  if (options.mapping?.columns) {
    // Guessed extra columns give way to columns given a role.
    const used = new Set(Object.values(mapping.columns));
    if (!options.mapping.numbers) mapping.numbers = mapping.numbers.filter((i) => !used.has(i));
    if (!options.mapping.categories) mapping.categories = mapping.categories.filter((i) => !used.has(i));
  }
  if (options.headersMap) mapping = applyHeadersMap(mapping, headers, options.headersMap);
  const checked = validateMapping(mapping, headers);
  if (!checked.ok) {
    const [error] = checked.errors;
    throw new CodedError(error.code, error.params, checked.errors.map((e) => e.code).join(', '));
  }
  mapping = { ...checked.mapping, delimiter: checked.mapping.delimiter ?? preview.delimiter };
  const today = options.today ?? todayDay();
  if (mapping.shape === 'transactions') {
    try {
      mapping = withDateRange(mapping, today);
    } catch {
      throw new CodedError('mapping.error.dateRange', { from: mapping.dateFrom ?? '', to: mapping.dateTo ?? '' });
    }
  }
  const parser = options.parser ?? 'rowReader';
  const omit = options.omit ?? [];
  const columns = new Columns(omit, options.expectRows, options.narrowCodes === true);
  const buildOptions = { today, lines: options.lines === true, orderLabels: options.orderLabels !== false };
  let builder = build(blocks(), mapping, headers, parser, buildOptions, columns);
  // At most two more readings: two-digit years decided, then the day order without them.
  for (let pass = 0, again = builder.readAgain(); again && pass < 2; pass++, again = builder.readAgain()) {
    mapping = { ...mapping, ...again };
    columns.clear(); // the rows are read again: those read so far are not held meanwhile
    builder = build(blocks(), mapping, headers, parser, buildOptions, columns);
  }
  const finished = builder.finish();
  if (finished.report.rowsRead === 0) throw new CodedError('error.noRows');
  const kept = omit.length ? finished.columns.filter((c) => !isOmitted(c.name, omit)) : finished.columns;
  const table = toTable(mapping.shape, finished.report.rowsAccepted, { ...finished, columns: kept }, columns.take());
  return { table, report: finished.report, headers, mapping };
}

/**
 * Like importText, from bytes: the encoding is detected from samples through the whole file (or given)
 * and the text decoded first; `replacements` counts the characters that could not be decoded (U+FFFD).
 * A non-text file (a workbook, an archive, an image …) is refused with `error.binary.<kind>`.
 */
export function importBytes(bytes: Uint8Array, options: ImportOptions & { encoding?: Encoding } = {}): ImportResult & { encoding: Encoding; replacements: number } {
  const detected = detectEncoding(samplesOf(bytes));
  const encoding = options.encoding ?? detected.encoding;
  const text = createDecoder(encoding).decode(bytes);
  return { ...importText(text, options), encoding, replacements: countReplacements(text) };
}
