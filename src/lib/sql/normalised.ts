import { isoOfDay } from '../analysis/day.ts';
import type { Category, Codes, Shape, Table, Values } from '../analysis/table.ts';
import type { ImportReport } from '../import/ImportReport.ts';
import type { Mapping } from '../import/mapping.ts';

/**
 * The fixed columns of the normalised export, in file order (the source line last). Only the columns a
 * dataset has are written; `amount` is the amount as Kefen read it (quantity × price when computed).
 */
export const normalisedColumns = ['customer', 'date', 'amount', 'order', 'product', 'quantity', 'cost', 'profit', 'payment', 'region', 'line'] as const;
export type NormalisedColumn = (typeof normalisedColumns)[number];

/** The type of each normalised column, for the CREATE TABLE of each dialect. */
export const normalisedTypes: Record<NormalisedColumn, 'text' | 'date' | 'double' | 'integer'> = {
  customer: 'text',
  date: 'date',
  amount: 'double',
  order: 'text',
  product: 'text',
  quantity: 'double',
  cost: 'double',
  profit: 'double',
  payment: 'double',
  region: 'text',
  line: 'integer'
};

/** The normalised columns a table has, in file order. */
export function columnsOfTable(table: Table): NormalisedColumn[] {
  return normalisedColumns.filter((c) => (c === 'customer' ? true : table[c] !== undefined));
}

/** One CSV field: quoted only when it must be (delimiter, quote, line break, or spaces at an end). */
function field(text: string): string {
  if (/[",\r\n]/.test(text) || text !== text.trim()) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

const pad = ['', '0', '00', '000'];

/**
 * A number as the CSV writes it: String(v), the shortest text that reads back as the same double; missing
 * (NaN) is empty. Amounts with up to 4 decimals (most of them) are written without String's general
 * algorithm: v = r / 10^k exactly, with r a whole number below 10^15, is the decimal r·10^−k itself
 * (at most 15 significant digits: no shorter decimal reads back as v), trailing zeros dropped.
 */
export function numberText(v: number): string {
  if (v !== v) return '';
  if (v === 0) return '0';
  const a = v < 0 ? -v : v;
  if (a >= 1e-4 && a < 1e11) {
    for (let scale = 1, digits = 0; digits <= 4; scale *= 100, digits += 2) {
      const r = Math.round(a * scale);
      if (r / scale !== a) continue;
      const frac = r % scale;
      const whole = (r - frac) / scale;
      let text = String(whole);
      if (frac) {
        let f = String(frac);
        f = pad[digits - f.length] + f;
        while (f.charCodeAt(f.length - 1) === 48) f = f.slice(0, -1);
        text += '.' + f;
      }
      return v < 0 ? '-' + text : text;
    }
  }
  return String(v);
}

/** Writes the decimal digits of a whole number 0 ≤ n < 2^53 at `at`; returns the position after them. */
function writeWhole(out: Uint8Array, at: number, n: number): number {
  if (n < 10) {
    out[at] = 48 + n;
    return at + 1;
  }
  let digits = 1;
  for (let p = 10; p <= n && digits < 16; p *= 10) digits++;
  for (let k = at + digits - 1; k >= at; k--) {
    const q = Math.floor(n / 10);
    out[k] = 48 + (n - q * 10);
    n = q;
  }
  return at + digits;
}

/** Writes numberText(v) at `at` (ASCII); returns the position after it. */
function writeNumber(out: Uint8Array, at: number, v: number): number {
  if (v !== v) return at;
  if (v === 0) {
    out[at] = 48;
    return at + 1;
  }
  const a = v < 0 ? -v : v;
  if (a >= 1e-4 && a < 1e11) {
    for (let scale = 1, digits = 0; digits <= 4; scale *= 100, digits += 2) {
      const r = Math.round(a * scale);
      if (r / scale !== a) continue;
      if (v < 0) out[at++] = 45;
      let frac = r % scale;
      at = writeWhole(out, at, (r - frac) / scale);
      if (frac) {
        let width = digits;
        while (frac % 10 === 0) {
          frac /= 10;
          width--;
        }
        out[at++] = 46;
        for (let k = at + width - 1; k >= at; k--) {
          const q = Math.floor(frac / 10);
          out[k] = 48 + (frac - q * 10);
          frac = q;
        }
        at += width;
      }
      return at;
    }
  }
  const text = String(v);
  for (let k = 0; k < text.length; k++) out[at++] = text.charCodeAt(k);
  return at;
}

/**
 * Labels as UTF-8 in one buffer, label k at starts[k] up to starts[k + 1]: millions of order ids cost their
 * bytes and 4 bytes each, not a Uint8Array each.
 */
function packedLabels(labels: string[], encoder: TextEncoder): { bytes: Uint8Array; starts: Int32Array; longest: number } {
  const starts = new Int32Array(labels.length + 1);
  let bytes = new Uint8Array(Math.max(1024, labels.length * 12));
  let at = 0;
  let longest = 0;
  for (let k = 0; k < labels.length; k++) {
    const label = labels[k];
    // encodeInto writes at most 3 bytes per UTF-16 code unit
    if (at + 3 * label.length > bytes.length) {
      const grown = new Uint8Array(Math.max(at + 3 * label.length, Math.ceil(bytes.length * 1.5)));
      grown.set(bytes.subarray(0, at));
      bytes = grown;
    }
    at += encoder.encodeInto(label, bytes.subarray(at)).written;
    starts[k + 1] = at;
    longest = Math.max(longest, at - starts[k]);
  }
  return { bytes: bytes.subarray(0, at), starts, longest };
}

/**
 * The normalised CSV of a table as UTF-8 bytes, in pieces of about `pieceBytes`: the header first, then
 * the rows: ISO dates, plain numbers (numberText: the shortest round-trip form, `.` as the decimal point),
 * missing values as empty unquoted fields (NULL for read_csv and COPY), text quoted only where needed.
 * Written byte by byte into a reused buffer, so that millions of rows make no garbage strings.
 */
export function* normalisedCsvBytes(table: Table, pieceBytes = 4 * 1024 * 1024): Generator<Uint8Array> {
  const columns = columnsOfTable(table);
  const encoder = new TextEncoder();
  yield encoder.encode(columns.join(',') + '\n');
  type Writer = { kind: 0; codes: Codes; bytes: Uint8Array; starts: Int32Array } | { kind: 1; days: Int32Array } | { kind: 2; values: Values | Int32Array };
  let rowMax = columns.length;
  const writers: Writer[] = columns.map((c): Writer => {
    const type = normalisedTypes[c];
    if (type === 'text') {
      const category = table[c as 'customer'] as Category;
      const { bytes, starts, longest } = packedLabels(category.labels.map(field), encoder);
      rowMax += longest;
      return { kind: 0, codes: category.codes, bytes, starts };
    }
    if (type === 'date') {
      rowMax += 16;
      return { kind: 1, days: table.date! };
    }
    rowMax += 32;
    return { kind: 2, values: table[c as 'amount' | 'line']! };
  });
  const days = new Map<number, Uint8Array>();
  const n = table.length;
  const size = Math.max(pieceBytes, rowMax * 2);
  let out = new Uint8Array(size);
  let at = 0;
  for (let i = 0; i < n; i++) {
    if (at + rowMax > size) {
      yield out.subarray(0, at);
      out = new Uint8Array(size);
      at = 0;
    }
    for (let k = 0; k < writers.length; k++) {
      if (k) out[at++] = 44;
      const w = writers[k];
      if (w.kind === 0) {
        const code = w.codes[i];
        if (code >= 0) {
          const start = w.starts[code];
          const end = w.starts[code + 1];
          if (end - start < 16) for (let b = start; b < end; b++) out[at++] = w.bytes[b];
          else {
            out.set(w.bytes.subarray(start, end), at);
            at += end - start;
          }
        }
      } else if (w.kind === 1) {
        const d = w.days[i];
        let bytes = days.get(d);
        if (!bytes) days.set(d, (bytes = encoder.encode(isoOfDay(d))));
        out.set(bytes, at);
        at += bytes.length;
      } else at = writeNumber(out, at, w.values[i]);
    }
    out[at++] = 10;
  }
  if (at) yield out.subarray(0, at);
}

/** The normalised CSV as text pieces (see normalisedCsvBytes). */
export function* normalisedCsv(table: Table, pieceBytes?: number): Generator<string> {
  const decoder = new TextDecoder();
  for (const bytes of normalisedCsvBytes(table, pieceBytes)) yield decoder.decode(bytes, { stream: true });
}

/** The sidecar JSON of a normalised file: what was read, kept and rejected, and the mapping used. */
export interface NormalisedSidecar {
  format: 'kefen-normalised';
  version: 1;
  source: { file: string; encoding: string };
  shape: Shape;
  columns: NormalisedColumn[];
  rowsRead: number;
  rowsKept: number;
  rowsRejected: number;
  /** Rejected rows by reason (i18n key → rows). */
  rejectedByReason: Record<string, number>;
  rowsWithoutCustomer: number;
  /** Customer tables: ids on more than one row (the later rows rejected). */
  duplicateCustomers: number;
  /** Each mapped role and the source header it was read from. */
  mapping: Record<string, string>;
  /** 'quantityTimesPrice' when the amount is quantity × unit price. */
  amountFrom: 'column' | 'quantityTimesPrice';
  decimalComma: boolean;
  dayOrder: string | null;
  /** The plausible date range applied (ISO), null without dates. */
  plausibleDates: { from: string; to: string } | null;
}

/** The sidecar of a normalised export from its import. */
export function normalisedSidecar(input: { file: string; encoding: string; table: Table; report: Pick<ImportReport, 'rowsRead' | 'rowsAccepted' | 'rowsRejected' | 'rowsWithoutCustomer'> & Partial<Pick<ImportReport, 'rejectedByReason' | 'duplicateCustomers' | 'dateRange'>>; mapping: Pick<Mapping, 'columns'> & Partial<Mapping>; headers: readonly string[] }): NormalisedSidecar {
  const { report, mapping, headers } = input;
  const roles: Record<string, string> = {};
  for (const [role, index] of Object.entries(mapping.columns)) if (index !== undefined && headers[index] !== undefined) roles[role] = headers[index];
  const range = report.dateRange ?? null;
  return {
    format: 'kefen-normalised',
    version: 1,
    source: { file: input.file, encoding: input.encoding },
    shape: input.table.shape,
    columns: columnsOfTable(input.table),
    rowsRead: report.rowsRead,
    rowsKept: report.rowsAccepted,
    rowsRejected: report.rowsRejected,
    rejectedByReason: { ...(report.rejectedByReason ?? {}) },
    rowsWithoutCustomer: report.rowsWithoutCustomer,
    duplicateCustomers: report.duplicateCustomers ?? 0,
    mapping: roles,
    amountFrom: mapping.amountFrom === 'quantityTimesPrice' ? 'quantityTimesPrice' : 'column',
    decimalComma: mapping.decimalComma === true,
    dayOrder: typeof mapping.dayOrder === 'string' ? mapping.dayOrder : null,
    plausibleDates: range && Number.isFinite(range.from) && Number.isFinite(range.to) ? { from: isoOfDay(range.from), to: isoOfDay(range.to) } : null
  };
}
