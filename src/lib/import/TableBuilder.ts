import { CategoryColumn, categoryCoercions } from './CategoryColumn.ts';
import { CustomerDays } from './CustomerDays.ts';
import { dateRangeOf, todayDay } from './dateRange.ts';
import { maxRejectedKept, type DateRangeCheck, type ImportReport, type RejectedRow } from './ImportReport.ts';
import type { Mapping } from './mapping.ts';
import { DateReader, dateCoercions } from './parseDate.ts';
import { NumberReader, numberCoercions } from './parseNumber.ts';
import { RowReader } from './RowReader.ts';
import { ByteRowReader } from './ByteRowReader.ts';
import type { ByteText } from './ByteText.ts';
import { ByteCells, StringCells, type Cells } from './Cells.ts';
import { detach } from './detach.ts';
import { unreadLabels } from '../analysis/table.ts';

export type BuiltColumnKind = 'int32' | 'float64' | 'category';
export interface BuiltColumn {
  name: string;
  kind: BuiltColumnKind;
}

const twoDigitBit = 1 << dateCoercions.indexOf('twoDigitYear');

class NumberColumn {
  values = new Float64Array(0);
  counts = new Int32Array(numberCoercions.length);
  constructor(
    readonly name: string,
    readonly source: number,
    readonly header: string,
    readonly required: boolean
  ) {}
}

/**
 * The largest sum of absolute values a number column may reach: a quarter of the largest double, so
 * that no sum the engine forms (a customer's revenue, amount − cost, a total) can overflow to Infinity.
 */
export const maxColumnTotal = Number.MAX_VALUE / 4;

/** See TableBuilder.partState. `absTotals`: one per number column, then the amount from quantity × price. */
export interface PartState {
  dayOrder: 'dmy' | 'mdy' | null;
  ambiguousRejected: number;
  twoDigitYears: number;
  fourDigitYears: number;
  absTotals: number[];
}

/** Options of a TableBuilder: `today` (epoch day) sets the default latest plausible date; tests inject it. */
export interface BuildOptions {
  today?: number;
  /** Keep each accepted row's physical source line (column `line`, int32), e.g. for the normalised export. */
  lines?: boolean;
  /**
   * Keep the order ids themselves (default true). False keeps only their codes and number, in a packed
   * dictionary: `order.labels` then comes out as an array of the right length with no entries, which is all
   * the engine reads of it (the command line's analyses of files with millions of orders).
   */
  orderLabels?: boolean;
}

function countBits(counts: Int32Array, kinds: number) {
  for (let b = 0; kinds; b++, kinds >>>= 1) if (kinds & 1) counts[b]++;
}

/** The physical lines a parsed row spans: 1 plus the line breaks inside its quoted fields. */
export function lineSpan(row: string[]): number {
  let n = 1;
  for (let i = 0; i < row.length; i++) {
    const f = row[i];
    for (let at = f.indexOf('\n'); at !== -1; at = f.indexOf('\n', at + 1)) n++;
  }
  return n;
}

/**
 * Turns parsed CSV rows into typed columns following a mapping, a block at a time: dates to epoch
 * days, numbers to float64, categories to int32 codes into dictionaries. Rows that cannot be read
 * are rejected with line, column and reason; rows without a customer are kept (code −1). Memory
 * stays flat: only the rows since the last `takeChunk` are held, never row objects.
 *
 * Decision for optional numeric columns (cost, profit, …, extra indicators): a blank cell is
 * missing (NaN), but text that is not a number rejects the row naming the column, so no value is
 * ever dropped silently. In customer tables a customer id seen before rejects the later row.
 *
 * Implausible values are rejected with their own reason: a number beyond a double (`notFinite`,
 * also quantity × price), a value that would carry its column's total past `maxColumnTotal`
 * (`totalTooLarge`), a date outside the plausible range (`implausibleDate`, set aside and counted
 * before and after the range) and, once the column has decided it, a two-digit year among
 * four-digit years (`twoDigitYear`, see `readAgain`).
 */
export class TableBuilder {
  rowsRead = 0;
  readonly #shape: Mapping['shape'];
  readonly #headers: string[];
  readonly #delimiter: string;
  readonly #categories: CategoryColumn[] = [];
  readonly #numbers: NumberColumn[] = [];
  readonly #amountFromProduct: boolean;
  readonly #countCustomerDays: boolean;
  readonly #quantity: number = -1;
  readonly #price: number = -1;
  readonly #amount: number = -1;
  readonly #dateSource: number;
  readonly #dateHeader: string;
  readonly #dates: DateReader;
  readonly #numberReader: NumberReader;
  #dateCounts = new Int32Array(dateCoercions.length);
  #days = new Int32Array(0);
  #amounts = new Float64Array(0);
  readonly #keepLines: boolean;
  #lines = new Int32Array(0);
  #pending = 0;
  #capacity = 0;
  #rowValues: Float64Array;
  /** Which fields of a row are mapped (RowReader slices only these), and the reused row of addText. */
  readonly #needed: Uint8Array;
  readonly #fields: string[];
  readonly #strings: StringCells;
  #byteCells: ByteCells | null = null;
  #rowKinds: Int32Array;
  // report
  #accepted = 0;
  #rejected = 0;
  #withoutCustomer = 0;
  #total = 0;
  #first = Infinity;
  #last = -Infinity;
  #duplicates = new Set<string>();
  #rejectedRows: RejectedRow[] = [];
  readonly #customerDays = new CustomerDays();
  #byReason = new Map<string, number>();
  readonly #absTotals: Float64Array;
  #amountAbsTotal = 0;
  readonly #amountHeader: string = '';
  readonly #dayFrom: number = -Infinity;
  readonly #dayTo: number = Infinity;
  #before = 0;
  #after = 0;
  #asideFirst = Infinity;
  #asideLast = -Infinity;
  readonly #twoDigitAuto: boolean;
  readonly #dayOrderAuto: boolean;
  #fourDigitYears = 0;
  #twoDigitYears = 0;
  /** Rows refused because the day order was not yet decided (see DateReader). */
  ambiguousRejected = 0;
  readonly #labelsSent = new Map<string, number>();

  constructor(mapping: Mapping, headers: string[], options: BuildOptions = {}) {
    this.#shape = mapping.shape;
    this.#headers = headers;
    this.#keepLines = options.lines === true;
    this.#delimiter = mapping.delimiter ?? ',';
    const c = mapping.columns;
    const header = (i: number) => {
      if (!Number.isInteger(i) || i < 0 || i >= headers.length) throw new RangeError(`invalid column index: ${i} (the file has ${headers.length} columns)`);
      return headers[i];
    };
    if (c.customer === undefined) throw new RangeError('invalid mapping: no customer column');
    this.#categories.push(new CategoryColumn('customer', c.customer, header(c.customer), true));
    for (const role of ['order', 'product', 'region'] as const) {
      const i = c[role];
      if (i !== undefined) this.#categories.push(new CategoryColumn(role, i, header(i), role === 'order', role !== 'order' || options.orderLabels !== false));
    }
    for (const i of mapping.categories) this.#categories.push(new CategoryColumn(`c:${header(i)}`, i, header(i), false));
    this.#amountFromProduct = mapping.amountFrom === 'quantityTimesPrice';
    const transactions = mapping.shape === 'transactions';
    if (this.#amountFromProduct && (c.quantity === undefined || c.price === undefined)) throw new RangeError('invalid mapping: quantity × price needs both columns');
    if (transactions && !this.#amountFromProduct && c.amount === undefined) throw new RangeError('invalid mapping: no amount column');
    for (const role of ['amount', 'quantity', 'price', 'cost', 'profit', 'payment'] as const) {
      const i = c[role];
      if (i === undefined || (role === 'amount' && this.#amountFromProduct)) continue;
      const required = transactions && (this.#amountFromProduct ? role === 'quantity' || role === 'price' : role === 'amount');
      if (role === 'amount') this.#amount = this.#numbers.length;
      if (role === 'quantity') this.#quantity = this.#numbers.length;
      if (role === 'price') this.#price = this.#numbers.length;
      this.#numbers.push(new NumberColumn(role, i, header(i), required));
    }
    for (const i of mapping.numbers) this.#numbers.push(new NumberColumn(`n:${header(i)}`, i, header(i), false));
    if (transactions && c.date === undefined) throw new RangeError('invalid mapping: no date column');
    this.#countCustomerDays = transactions && c.order === undefined;
    this.#dateSource = c.date ?? -1;
    this.#dateHeader = c.date === undefined ? '' : header(c.date);
    const twoDigitYears = mapping.twoDigitYears ?? 'auto';
    this.#twoDigitAuto = twoDigitYears === 'auto';
    this.#dayOrderAuto = mapping.dayOrder === 'auto';
    this.#dates = new DateReader({ dayOrder: mapping.dayOrder, excel1904: mapping.excel1904, twoDigitYears: twoDigitYears === 'reject' ? 'reject' : 'accept' });
    if (this.#dateSource >= 0) ({ from: this.#dayFrom, to: this.#dayTo } = dateRangeOf(mapping, options.today ?? todayDay()));
    if (this.#amountFromProduct) this.#amountHeader = `${header(c.quantity!)} × ${header(c.price!)}`;
    this.#absTotals = new Float64Array(this.#numbers.length);
    this.#numberReader = new NumberReader(mapping.decimalComma);
    this.#needed = new Uint8Array(headers.length);
    for (const col of this.#categories) this.#needed[col.source] = 1;
    for (const col of this.#numbers) this.#needed[col.source] = 1;
    if (this.#dateSource >= 0) this.#needed[this.#dateSource] = 1;
    this.#fields = new Array<string>(headers.length).fill('');
    this.#strings = new StringCells(this.#delimiter);
    this.#rowValues = new Float64Array(this.#numbers.length);
    this.#rowKinds = new Int32Array(this.#numbers.length);
  }

  /**
   * What the whole column decided that rows already read did not follow, as a change of mapping
   * to read the file again with (null: nothing). Two-digit years under 'auto' are refused when the
   * column's dates mostly (more than half) have four-digit years; then day order 'auto' is decided
   * again without them. Otherwise, rows refused before the day order was decided are read again
   * in that order. The decision depends on the whole file, never on the order of its rows.
   */
  readAgain(): Partial<Pick<Mapping, 'twoDigitYears' | 'dayOrder'>> | null {
    if (this.#twoDigitAuto && this.#twoDigitYears > 0 && this.#fourDigitYears > this.#twoDigitYears) return { twoDigitYears: 'reject' };
    if (this.#dayOrderAuto && this.ambiguousRejected > 0 && this.#dates.order) return { dayOrder: this.#dates.order };
    return null;
  }

  /** The day order in force: chosen, or decided by the data so far; null while undecided. */
  get dayOrder(): 'dmy' | 'mdy' | null {
    return this.#dates.order;
  }

  #ensure(rows: number) {
    const need = this.#pending + rows;
    if (need <= this.#capacity) return;
    const capacity = Math.max(need, Math.ceil(this.#capacity * 1.5), 1024);
    const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
      const b = make(capacity);
      b.set(a.subarray(0, this.#pending));
      return b;
    };
    for (const col of this.#categories) col.codes = grow(col.codes, (n) => new Int32Array(n));
    for (const col of this.#numbers) col.values = grow(col.values, (n) => new Float64Array(n));
    if (this.#dateSource >= 0) this.#days = grow(this.#days, (n) => new Int32Array(n));
    if (this.#amountFromProduct) this.#amounts = grow(this.#amounts, (n) => new Float64Array(n));
    if (this.#keepLines) this.#lines = grow(this.#lines, (n) => new Int32Array(n));
    this.#capacity = capacity;
  }

  #reject(line: number, column: string, reason: string, cells: Cells) {
    this.#rejected++;
    this.#byReason.set(reason, (this.#byReason.get(reason) ?? 0) + 1);
    if (this.#rejectedRows.length < maxRejectedKept) this.#rejectedRows.push({ line, column, reason, raw: detach(cells.raw()) });
  }

  /**
   * Adds rows as PapaParse returns them; `firstLine` is the physical line of rows[0] (the header
   * is line 1). Blank lines are skipped and not counted; quoted line breaks advance the line count.
   * `oneLinePerRow` (a caller that knows no field spans lines, e.g. rows.length = lines + 1)
   * skips looking for line breaks inside fields.
   */
  addRows(rows: string[][], firstLine: number, oneLinePerRow = false): void {
    this.#ensure(rows.length);
    const cells = this.#strings;
    cells.source = null;
    let line = firstLine;
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      const at = line;
      line += oneLinePerRow ? 1 : lineSpan(row);
      cells.row = row;
      this.#addRow(cells, row.length, at);
    }
  }

  /**
   * Adds the rows of a block of CSV text (lines end with \n or \r\n; the block ends at a row end),
   * read with RowReader: only mapped fields are sliced out, no row arrays are made. `firstLine` is
   * the physical line the block starts on; with `skipHeader` its first row is the header and is
   * skipped. Returns the number of physical lines the block holds. Rejected rows keep their exact text.
   */
  addText(text: string, firstLine: number, skipHeader = false): number {
    const reader = new RowReader(text, this.#delimiter, this.#needed);
    const out = this.#fields;
    const cells = this.#strings;
    cells.row = out;
    cells.source = text;
    let line = firstLine;
    let p = 0;
    if (skipHeader && text.length) {
      p = reader.read(0, out);
      line += reader.lines;
    }
    while (p < text.length) {
      p = reader.read(p, out);
      const at = line;
      line += reader.lines;
      cells.start = reader.start;
      cells.end = reader.end;
      this.#addRow(cells, reader.count, at);
    }
    cells.source = null;
    return line - firstLine;
  }

  /**
   * addText on the bytes of a block in UTF-8 or Windows-1252 (readsOnBytes; lines end with \n or \r\n, the block
   * ends at a row end), decoded by `decoding` only where a cell must be read as text: rows are split on their bytes
   * by RowReader's rules (ByteRowReader), quoted fields included. The same rows, codes, values and report
   * as addText of the decoded block. Returns the physical lines it holds and the U+FFFD its decoding holds.
   */
  addBytes(bytes: Uint8Array, decoding: ByteText, firstLine: number, skipHeader = false): { lines: number; replacements: number } {
    const reader = new ByteRowReader(bytes, this.#delimiter.charCodeAt(0), this.#needed);
    const cells = (this.#byteCells ??= new ByteCells(decoding));
    cells.bytes = bytes;
    cells.reader = reader;
    const n = bytes.length;
    let line = firstLine;
    let breaks = 0;
    for (let p = 0, header = skipHeader; p < n; header = false) {
      const next = reader.read(p);
      const at = line;
      if (reader.quoted) {
        for (let i = bytes.indexOf(10, p); i !== -1 && i < next; i = bytes.indexOf(10, i + 1)) breaks++;
      } else if (next <= n) breaks++;
      line += reader.lines;
      if (!header) this.#addRow(cells, reader.count, at);
      p = next;
    }
    // As addTextBlock counts a block: its line ends, and a last line without one.
    // One pass over the whole block (rows tile it, and a broken sequence ends at the next ASCII byte, so it counts as row by row).
    return { lines: breaks + (n > 0 && bytes[n - 1] !== 10 ? 1 : 0), replacements: decoding.replacements(bytes, 0, n) };
  }

  /** One row: `count` fields in `cells` (only mapped ones need to be filled). */
  #addRow(cells: Cells, count: number, at: number): void {
    if (count === 1 && cells.blankLine()) return;
    this.rowsRead++;
    const width = this.#headers.length;
    const numbers = this.#numbers;
    const values = this.#rowValues;
    const kinds = this.#rowKinds;
    const reader = this.#numberReader;
    const dateSource = this.#dateSource;
    const customers = this.#categories[0];
    if (count < width) {
      this.#reject(at, this.#headers[count] ?? '', 'reject.tooFewFields', cells);
      return;
    }
    let day = 0;
    if (dateSource >= 0) {
      if (cells.blank(dateSource)) {
        this.#reject(at, this.#dateHeader, 'reject.missingDate', cells);
        return;
      }
      day = cells.day(dateSource, this.#dates);
      if (day !== day) {
        const problem = this.#dates.problem;
        if (problem === 'ambiguousDate') this.ambiguousRejected++;
        this.#reject(at, this.#dateHeader, `reject.${problem}`, cells);
        return;
      }
      if (this.#twoDigitAuto) {
        if (this.#dates.kinds & twoDigitBit) this.#twoDigitYears++;
        else this.#fourDigitYears++;
      }
      if (day < this.#dayFrom || day > this.#dayTo) {
        if (day < this.#dayFrom) this.#before++;
        else this.#after++;
        if (day < this.#asideFirst) this.#asideFirst = day;
        if (day > this.#asideLast) this.#asideLast = day;
        this.#reject(at, this.#dateHeader, 'reject.implausibleDate', cells);
        return;
      }
    }
    for (let k = 0; k < numbers.length; k++) {
      const col = numbers[k];
      if (cells.blank(col.source)) {
        if (col.required) {
          this.#reject(at, col.header, 'reject.missingNumber', cells);
          return;
        }
        values[k] = NaN;
        kinds[k] = 0;
        continue;
      }
      const v = cells.number(col.source, reader);
      if (v !== v) {
        this.#reject(at, col.header, `reject.${reader.problem}`, cells);
        return;
      }
      if (this.#absTotals[k] + Math.abs(v) > maxColumnTotal) {
        this.#reject(at, col.header, 'reject.totalTooLarge', cells);
        return;
      }
      values[k] = v;
      kinds[k] = reader.kinds;
    }
    let amount: number;
    if (this.#amountFromProduct) {
      amount = values[this.#quantity] * values[this.#price];
      if (amount - amount !== 0) {
        this.#reject(at, this.#amountHeader, 'reject.notFinite', cells);
        return;
      }
      if (this.#amountAbsTotal + Math.abs(amount) > maxColumnTotal) {
        this.#reject(at, this.#amountHeader, 'reject.totalTooLarge', cells);
        return;
      }
    } else amount = this.#amount >= 0 ? values[this.#amount] : NaN;
    if (this.#shape === 'customers' && customers.has(cells.text(customers.source))) {
      const [label] = customers.normalize(cells.text(customers.source));
      this.#duplicates.add(detach(label));
      this.#reject(at, customers.header, 'reject.duplicateCustomer', cells);
      return;
    }
    // Accepted: store the row.
    if (this.#pending === this.#capacity) this.#ensure(1);
    const p = this.#pending++;
    this.#accepted++;
    let customer = -1;
    for (let k = 0; k < this.#categories.length; k++) {
      const col = this.#categories[k];
      const code = cells.code(col);
      col.codes[p] = code;
      if (k === 0) customer = code;
    }
    if (customer < 0) this.#withoutCustomer++;
    for (let k = 0; k < numbers.length; k++) {
      const v = values[k];
      numbers[k].values[p] = v;
      if (v === v) this.#absTotals[k] += Math.abs(v);
      if (kinds[k]) countBits(numbers[k].counts, kinds[k]);
    }
    if (dateSource >= 0) {
      this.#days[p] = day;
      if (this.#dates.kinds) countBits(this.#dateCounts, this.#dates.kinds);
      if (day < this.#first) this.#first = day;
      if (day > this.#last) this.#last = day;
    }
    if (this.#amountFromProduct) {
      this.#amounts[p] = amount;
      this.#amountAbsTotal += Math.abs(amount);
    }
    if (this.#keepLines) this.#lines[p] = at;
    if (amount === amount) this.#total += amount;
    if (this.#countCustomerDays) this.#customerDays.addOne(customer, day);
  }

  /**
   * What a builder that read one part of a file knows beyond its report, for merging parts read in
   * parallel (mergeParts.ts): the day order it decided, the rows it refused as undecided, its year
   * counts and the sums of absolute values its columns reached.
   */
  partState(): PartState {
    return {
      dayOrder: this.#dates.order,
      ambiguousRejected: this.ambiguousRejected,
      twoDigitYears: this.#twoDigitYears,
      fourDigitYears: this.#fourDigitYears,
      absTotals: [...this.#absTotals, this.#amountAbsTotal]
    };
  }

  /** The labels each category column added since the last call, in order (their codes continue where the last call ended). */
  takeLabels(): Record<string, string[]> {
    const out: Record<string, string[]> = {};
    for (const col of this.#categories) {
      if (col.labels.length !== col.count) throw new Error(`takeLabels: column ${col.name} keeps no labels`);
      const sent = this.#labelsSent.get(col.name) ?? 0;
      out[col.name] = col.labels.slice(sent);
      this.#labelsSent.set(col.name, col.labels.length);
    }
    return out;
  }

  /** The rows added since the last take, one typed array per stored column. */
  takeChunk(): Record<string, Int32Array | Float64Array> {
    const n = this.#pending;
    const chunk: Record<string, Int32Array | Float64Array> = {};
    for (const col of this.#categories) chunk[col.name] = col.codes.slice(0, n);
    if (this.#dateSource >= 0) chunk.date = this.#days.slice(0, n);
    if (this.#amountFromProduct) chunk.amount = this.#amounts.slice(0, n);
    for (const col of this.#numbers) chunk[col.name] = col.values.slice(0, n);
    if (this.#keepLines) chunk.line = this.#lines.slice(0, n);
    this.#pending = 0;
    return chunk;
  }

  /** The stored columns (names and kinds), their dictionaries, and the import report. Call once, after the last takeChunk. */
  finish(): { dictionaries: Record<string, string[]>; columns: BuiltColumn[]; report: ImportReport } {
    const columns: BuiltColumn[] = [];
    const dictionaries: Record<string, string[]> = {};
    for (const col of this.#categories) {
      columns.push({ name: col.name, kind: 'category' });
      // a column that kept no labels: as many empty places as it has labels
      dictionaries[col.name] = col.labels.length === col.count ? col.labels : unreadLabels(col.count);
    }
    if (this.#dateSource >= 0) columns.push({ name: 'date', kind: 'int32' });
    if (this.#amountFromProduct) columns.push({ name: 'amount', kind: 'float64' });
    for (const col of this.#numbers) columns.push({ name: col.name, kind: 'float64' });
    if (this.#keepLines) columns.push({ name: 'line', kind: 'int32' });

    const coercions: Record<string, number> = {};
    const note = (header: string, names: readonly string[], counts: Int32Array) => {
      names.forEach((kind, i) => {
        if (counts[i] > 0) coercions[`${header}|${kind}`] = (coercions[`${header}|${kind}`] ?? 0) + counts[i];
      });
    };
    for (const col of this.#categories) note(col.header, categoryCoercions, col.counts);
    if (this.#dateSource >= 0) note(this.#dateHeader, dateCoercions, this.#dateCounts);
    for (const col of this.#numbers) note(col.header, numberCoercions, col.counts);

    let orders = 0;
    if (this.#shape === 'transactions') {
      const order = this.#categories.find((c) => c.name === 'order');
      orders = order ? order.count : this.#customerDays.count();
    }
    const hasDays = this.#dateSource >= 0 && this.#accepted > 0;
    const aside = this.#before + this.#after > 0;
    const dateRange: DateRangeCheck | null =
      this.#dateSource < 0
        ? null
        : { from: this.#dayFrom, to: this.#dayTo, before: this.#before, after: this.#after, firstDay: aside ? this.#asideFirst : NaN, lastDay: aside ? this.#asideLast : NaN };
    const report: ImportReport = {
      rowsRead: this.rowsRead,
      rowsAccepted: this.#accepted,
      rowsRejected: this.#rejected,
      rowsWithoutCustomer: this.#withoutCustomer,
      customers: this.#categories[0].count,
      orders,
      totalAmount: this.#total,
      firstDay: hasDays ? this.#first : NaN,
      lastDay: hasDays ? this.#last : NaN,
      coercions,
      duplicateCustomers: this.#duplicates.size,
      rejectedByReason: Object.fromEntries(this.#byReason),
      dateRange,
      rejected: this.#rejectedRows
    };
    return { dictionaries, columns, report };
  }
}
