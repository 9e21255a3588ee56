import { isoOfDay } from '../analysis/day.ts';
import type { Category, Shape, Table } from '../analysis/table.ts';
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

/**
 * The normalised CSV of a table, in pieces of up to `rowsPerPiece` rows (the header first): UTF-8 text,
 * ISO dates, plain numbers (shortest round-trip form, `.` as the decimal point), missing values as empty
 * unquoted fields (NULL for read_csv and COPY), text quoted only where needed.
 */
export function* normalisedCsv(table: Table, rowsPerPiece = 50_000): Generator<string> {
  const columns = columnsOfTable(table);
  yield columns.join(',') + '\n';
  const writers = columns.map((c): ((i: number) => string) => {
    const type = normalisedTypes[c];
    if (type === 'text') {
      const category = table[c as 'customer'] as Category;
      const quoted = category.labels.map(field);
      return (i) => {
        const code = category.codes[i];
        return code < 0 ? '' : quoted[code];
      };
    }
    if (type === 'date') {
      const days = table.date!;
      const cache = new Map<number, string>();
      return (i) => {
        const d = days[i];
        let text = cache.get(d);
        if (text === undefined) cache.set(d, (text = isoOfDay(d)));
        return text;
      };
    }
    const values = table[c as 'amount' | 'line']!;
    return (i) => numberText(values[i]);
  });
  const n = table.length;
  for (let start = 0; start < n; start += rowsPerPiece) {
    const end = Math.min(n, start + rowsPerPiece);
    let out = '';
    for (let i = start; i < end; i++) {
      let row = writers[0](i);
      for (let k = 1; k < writers.length; k++) row += ',' + writers[k](i);
      out += row + '\n';
    }
    yield out;
  }
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
