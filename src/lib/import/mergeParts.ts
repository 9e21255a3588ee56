import { hashOf } from './PackedDictionary.ts';
import { maxRejectedKept, type ImportReport, type RejectedRow } from './ImportReport.ts';
import type { Mapping } from './mapping.ts';
import { CustomerDays } from './CustomerDays.ts';
import { maxColumnTotal, type PartState } from './TableBuilder.ts';

/**
 * A file read in parts, in parallel, must give what one reading of the whole file gives: the same
 * codes in the same order, the same line numbers, the same report. This module holds the rules.
 * Parts are cut right after a line end (splitParts); each part is read by its own TableBuilder
 * from line 1, with codes of its own; the parts are then taken in file order.
 */

/** What reading one part gave, besides its chunks. */
export interface PartOutcome {
  report: ImportReport;
  state: PartState;
  /** Physical lines in the part (its rows start at line 1 of the part). */
  lines: number;
  /** Quote characters in the part: the parity of those before a cut says whether it fell inside a quoted field. */
  quotes: number;
  replacements: number;
}

/** Whether the parts may be merged as they are, must all be read again with a change of mapping, or the file must be read whole. */
export type PartsVerdict = { kind: 'ok' } | { kind: 'readAgain'; change: Partial<Pick<Mapping, 'twoDigitYears' | 'dayOrder'>> } | { kind: 'whole'; reason: string };

/**
 * The verdict on parts read under `mapping` (whose day order and two-digit-year rule they were read
 * with). The same decisions as TableBuilder.readAgain on the whole file:
 * - a cut after an odd number of quotes fell inside a quoted field: read whole;
 * - a column's sum of absolute values past `maxColumnTotal` depends on the order of the rows: read whole;
 * - two-digit years among mostly four-digit ones (counts add up over parts): read again refusing them;
 * - day order 'auto': one reading of the whole file fixes the order at its first deciding date, and
 *   rows before it that are undecided are read again in that order. Parts decide each on its own,
 *   so when they disagree, or a part refused undecided rows, the file is read again in the order
 *   of the first part that decided (which holds the file's first deciding date); that gives what
 *   the whole reading gives. Without another reading allowed (`mayReadAgain` false) it is read whole.
 */
export function judgeParts(parts: readonly PartOutcome[], mapping: Pick<Mapping, 'dayOrder' | 'twoDigitYears'>, mayReadAgain: boolean): PartsVerdict {
  let quotes = 0;
  for (let k = 0; k < parts.length - 1; k++) {
    quotes += parts[k].quotes;
    if (quotes % 2 === 1) return { kind: 'whole', reason: 'a cut fell inside a quoted field' };
  }
  const totals: number[] = [];
  for (const part of parts) {
    if ((part.report.rejectedByReason['reject.totalTooLarge'] ?? 0) > 0) return { kind: 'whole', reason: 'a column total reached the limit' };
    part.state.absTotals.forEach((t, i) => (totals[i] = (totals[i] ?? 0) + t));
  }
  if (totals.some((t) => t > maxColumnTotal)) return { kind: 'whole', reason: 'a column total reached the limit' };

  const twoDigits = parts.reduce((n, p) => n + p.state.twoDigitYears, 0);
  const fourDigits = parts.reduce((n, p) => n + p.state.fourDigitYears, 0);
  if (mayReadAgain && (mapping.twoDigitYears ?? 'auto') === 'auto' && twoDigits > 0 && fourDigits > twoDigits) return { kind: 'readAgain', change: { twoDigitYears: 'reject' } };

  if (mapping.dayOrder === 'auto') {
    const first = parts.find((p) => p.state.dayOrder !== null)?.state.dayOrder ?? null;
    const undecided = parts.reduce((n, p) => n + p.state.ambiguousRejected, 0);
    const disagree = parts.some((p) => p.state.dayOrder !== null && p.state.dayOrder !== first);
    if (first !== null && (undecided > 0 || disagree)) return mayReadAgain ? { kind: 'readAgain', change: { dayOrder: first } } : { kind: 'whole', reason: 'the parts decided the day order differently' };
  }
  return { kind: 'ok' };
}

/** The first line of each part in the file: part 0 starts at line 1, each next one after the lines before it. */
export function partFirstLines(parts: readonly Pick<PartOutcome, 'lines'>[]): number[] {
  const first: number[] = [];
  let line = 1;
  for (const part of parts) {
    first.push(line);
    line += part.lines;
  }
  return first;
}

/**
 * One category column's dictionary over all parts: each part's labels are added in file order (all
 * of part 0's, then part 1's new ones, …), so every label gets the code one reading would give it.
 */
export class LabelMerger {
  readonly labels: string[] = [];
  /**
   * Merged code + 1 per slot (0: empty) by hashOf of its label, at most half full: made when a later part's labels
   * come (part 0's codes are the merged ones and need no lookup). A label is compared only on an equal hash, and
   * no copy of it is made: a Map of a million order ids costs its growth and garbage on the import worker.
   */
  #slots: Int32Array | null = null;
  #hashes: Int32Array | null = null;
  /** Per part: its code → the merged code. */
  readonly #maps: Int32Array[] = [];
  readonly #sizes: number[] = [];

  /** Adds labels part `part` met after those added before (its codes continue from there). */
  add(part: number, labels: readonly string[]) {
    let map = this.#maps[part] ?? new Int32Array(Math.max(16, labels.length));
    let size = this.#sizes[part] ?? 0;
    if (size + labels.length > map.length) {
      const grown = new Int32Array(Math.max(size + labels.length, map.length * 2));
      grown.set(map.subarray(0, size));
      map = grown;
    }
    if (part === 0 && this.#slots === null) {
      for (const label of labels) {
        map[size++] = this.labels.length;
        this.labels.push(label);
      }
    } else {
      if (this.#slots === null || 2 * (this.labels.length + labels.length) > this.#slots.length) this.#rehash(this.labels.length + labels.length);
      for (const label of labels) map[size++] = this.#codeOf(label);
    }
    this.#maps[part] = map;
    this.#sizes[part] = size;
  }

  /** The merged code of a label, added if new. */
  #codeOf(label: string): number {
    const slots = this.#slots!;
    const mask = slots.length - 1;
    const h = hashOf(label);
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const code = slots[slot] - 1;
      if (code < 0) {
        const added = this.labels.length;
        this.labels.push(label);
        slots[slot] = added + 1;
        this.#hashes![added] = h;
        return added;
      }
      if (this.#hashes![code] === h && this.labels[code] === label) return code;
    }
  }

  /** Slots for at least `count` labels (at most half full), every label so far placed again. */
  #rehash(count: number) {
    let length = 1 << 10;
    while (length < 2 * count) length *= 2;
    const slots = new Int32Array(length);
    const hashes = new Int32Array(length >> 1);
    const mask = length - 1;
    const labels = this.labels;
    for (let c = 0; c < labels.length; c++) {
      const h = this.#hashes && c < this.#hashes.length && this.#slots ? this.#hashes[c] : hashOf(labels[c]);
      hashes[c] = h;
      let slot = h & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = c + 1;
    }
    this.#slots = slots;
    this.#hashes = hashes;
  }

  /** Rewrites a part's codes as merged codes, in place (−1, no value, stays −1). */
  remap(part: number, codes: Int32Array) {
    const map = this.#maps[part];
    const size = this.#sizes[part] ?? 0;
    for (let i = 0; i < codes.length; i++) {
      const c = codes[i];
      if (c < 0) continue;
      if (c >= size) throw new RangeError(`part ${part} used code ${c} before its label arrived`);
      codes[i] = map[c];
    }
  }
}

/**
 * The report one reading would give, from the parts' reports (their lines counted from each part's
 * start, moved by `firstLines`) and what only the merged codes know: customers, orders and the
 * total, which the caller sums over the merged rows in file order (as one reading adds them).
 */
export function mergeReports(parts: readonly PartOutcome[], firstLines: readonly number[], merged: { customers: number; orders: number; totalAmount: number }): ImportReport {
  const sum = (f: (r: ImportReport) => number) => parts.reduce((n, p) => n + f(p.report), 0);
  const add = (into: Record<string, number>, from: Record<string, number>) => {
    for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
  };
  const coercions: Record<string, number> = {};
  const rejectedByReason: Record<string, number> = {};
  const rejected: RejectedRow[] = [];
  let firstDay = NaN;
  let lastDay = NaN;
  parts.forEach((part, k) => {
    const r = part.report;
    add(coercions, r.coercions);
    add(rejectedByReason, r.rejectedByReason);
    const shift = firstLines[k] - 1;
    for (const row of r.rejected) {
      if (rejected.length >= maxRejectedKept) break;
      rejected.push({ ...row, line: row.line + shift });
    }
    if (r.firstDay === r.firstDay && !(r.firstDay >= firstDay)) firstDay = r.firstDay;
    if (r.lastDay === r.lastDay && !(r.lastDay <= lastDay)) lastDay = r.lastDay;
  });
  const ranges = parts.map((p) => p.report.dateRange).filter((d) => d !== null);
  const dateRange = ranges.length
    ? {
        from: ranges[0].from,
        to: ranges[0].to,
        before: ranges.reduce((n, d) => n + d.before, 0),
        after: ranges.reduce((n, d) => n + d.after, 0),
        firstDay: minOf(ranges.map((d) => d.firstDay)),
        lastDay: -minOf(ranges.map((d) => -d.lastDay))
      }
    : null;
  return {
    rowsRead: sum((r) => r.rowsRead),
    rowsAccepted: sum((r) => r.rowsAccepted),
    rowsRejected: sum((r) => r.rowsRejected),
    rowsWithoutCustomer: sum((r) => r.rowsWithoutCustomer),
    customers: merged.customers,
    orders: merged.orders,
    totalAmount: merged.totalAmount,
    firstDay,
    lastDay,
    coercions,
    duplicateCustomers: sum((r) => r.duplicateCustomers),
    rejectedByReason,
    dateRange,
    rejected
  };
}

/** The smallest number that is not NaN; NaN when there is none. */
function minOf(values: number[]): number {
  let min = NaN;
  for (const v of values) if (v === v && !(v >= min)) min = v;
  return min;
}

type Column = Int32Array | Float64Array;

/**
 * Merges the chunks of parts into the chunks one reading would give. Chunks must come in file order:
 * all of part 0's, then part 1's, … (a part's labels get merged codes only after the parts before it).
 */
export class PartsMerger {
  readonly #labels = new Map<string, LabelMerger>();
  readonly #customerDays: CustomerDays | null;
  #total = 0;

  constructor(options: { countCustomerDays: boolean }) {
    this.#customerDays = options.countCustomerDays ? new CustomerDays() : null;
  }

  /**
   * Rewrites one chunk of `part` in place: category codes as merged codes (its new `labels` first), the
   * line column moved to the part's `firstLine`; adds its amounts to the total in row order.
   */
  chunk(part: number, chunk: Record<string, Column>, labels: Record<string, string[]>, firstLine: number): Record<string, Column> {
    for (const [name, added] of Object.entries(labels)) {
      let merger = this.#labels.get(name);
      if (!merger) this.#labels.set(name, (merger = new LabelMerger()));
      merger.add(part, added);
      const codes = chunk[name];
      if (codes instanceof Int32Array) merger.remap(part, codes);
    }
    const line = chunk.line;
    if (line && firstLine !== 1) for (let i = 0; i < line.length; i++) line[i] += firstLine - 1;
    const amount = chunk.amount;
    if (amount) {
      let total = this.#total;
      for (let i = 0; i < amount.length; i++) if (amount[i] === amount[i]) total += amount[i];
      this.#total = total;
    }
    if (this.#customerDays && chunk.customer instanceof Int32Array && chunk.date instanceof Int32Array) this.#customerDays.add(chunk.customer, chunk.date);
    return chunk;
  }

  /** The merged dictionaries and report, once every part's chunks are in. */
  finish(parts: readonly PartOutcome[]): { dictionaries: Record<string, string[]>; report: ImportReport } {
    const dictionaries: Record<string, string[]> = {};
    for (const [name, merger] of this.#labels) dictionaries[name] = merger.labels;
    const orders = this.#customerDays ? this.#customerDays.count() : (dictionaries.order?.length ?? 0);
    const report = mergeReports(parts, partFirstLines(parts), { customers: dictionaries.customer?.length ?? 0, orders, totalAmount: this.#total });
    return { dictionaries, report };
  }
}

/**
 * Where to cut a file of `size` bytes into up to `parts` parts: each cut right after a line end byte
 * (0x0A, never part of a multi-byte character in UTF-8 or the legacy Chinese, Japanese and Korean
 * encodings), found by reading a window at each share of the file: `firstShare` of it for the first part
 * (an even share unless given), the rest in even shares. Returns the part starts, 0 first; a window with
 * no line end (a very long line) drops its cut.
 */
export async function partStarts(size: number, parts: number, read: (start: number, end: number) => Promise<Uint8Array>, firstShare = 1 / parts): Promise<number[]> {
  const targets: number[] = [];
  for (let k = 1; k < parts; k++) targets.push(Math.floor(size * (firstShare + ((1 - firstShare) * (k - 1)) / (parts - 1))));
  // The first window of every cut read at once (a read is a round trip to the browser: one after another, they
  // were a few milliseconds each before the parts could start); a larger one only where it has no line end.
  const window = 64 * 1024;
  const firsts = await Promise.all(targets.map((t) => read(t, Math.min(size, t + window))));
  const starts = [0];
  for (let k = 0; k < targets.length; k++) {
    const target = targets[k];
    if (target <= starts[starts.length - 1]) continue;
    for (let w = window, bytes = firsts[k]; ; ) {
      const nl = bytes.indexOf(10);
      if (nl !== -1) {
        const start = target + nl + 1;
        if (start < size && start > starts[starts.length - 1]) starts.push(start);
        break;
      }
      if (target + w >= size || w >= 4 * 1024 * 1024) break;
      w *= 4;
      bytes = await read(target, Math.min(size, target + w));
    }
  }
  return starts;
}
