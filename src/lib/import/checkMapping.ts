import type { Role } from '../analysis/table.ts';
import type { Mapping, MappingError } from './mapping.ts';
import { DateReader } from './parseDate.ts';
import { isBlank, NumberReader } from './parseNumber.ts';
import { profileColumn } from './profileColumn.ts';
import { TableBuilder } from './TableBuilder.ts';

/** How the sample values of one mapped date or number column read. */
export interface ColumnCheck {
  column: number;
  header: string;
  /** A role, or 'number' for an extra numeric column. */
  role: Role | 'number';
  /** Non-blank sample values, and how many of them read. */
  filled: number;
  parsed: number;
}

export interface MappingCheck {
  columns: ColumnCheck[];
  /** Sample rows read, and how many of them an import would reject. */
  rows: number;
  rejected: number;
  /** What stops the import, with the likely fix (codes are i18n keys `check.*`). Empty when the mapping looks right. */
  problems: MappingError[];
}

/** Share of the sample an import may reject before the mapping is stopped. */
export const maxRejectedShare = 0.02;

const numberRoles = ['amount', 'quantity', 'price', 'cost', 'profit', 'payment'] as const;

/** The fix to suggest for the reason most sample rows are rejected. */
function fixFor(reason: string): string {
  if (reason === 'reject.duplicateCustomer') return 'check.fix.duplicateCustomer';
  if (reason === 'reject.tooFewFields') return 'check.fix.fields';
  if (reason === 'reject.badNumber' || reason === 'reject.missingNumber') return 'check.fix.number';
  if (reason === 'reject.implausibleDate') return 'check.fix.implausibleDate';
  if (reason === 'reject.twoDigitYear') return 'check.fix.twoDigitYear';
  if (reason === 'reject.notFinite' || reason === 'reject.totalTooLarge') return 'check.fix.tooLarge';
  if (reason === 'reject.ambiguousDate' || reason === 'reject.dayOrderConflict') return 'check.fix.dayOrder';
  return 'check.fix.date';
}

/**
 * Checks a valid mapping on the preview rows before import: how many sample values of each mapped
 * date and number column read, and what an import would reject (the import's own TableBuilder
 * reads the sample). Stopped, with the likely fix: more than 2 % of the sample rejected, no value
 * column with a readable number, or a column of dates read as a category.
 */
export function checkMapping(mapping: Mapping, headers: string[], rows: string[][]): MappingCheck {
  const columns: ColumnCheck[] = [];
  const dates = new DateReader({ dayOrder: mapping.dayOrder === 'auto' ? 'auto' : mapping.dayOrder, excel1904: mapping.excel1904 });
  const numbers = new NumberReader(mapping.decimalComma);
  const count = (column: number, read: (text: string) => number) => {
    let filled = 0, parsed = 0;
    for (const row of rows) {
      const text = row[column];
      if (text === undefined || isBlank(text)) continue;
      filled++;
      if (!Number.isNaN(read(text.trim()))) parsed++;
    }
    return { filled, parsed };
  };
  const { date } = mapping.columns;
  if (date !== undefined) {
    // Under day order "auto" a sample value read before the deciding one is refused; count each date in the better order.
    const dmy = new DateReader({ dayOrder: 'dmy', excel1904: mapping.excel1904 });
    const mdy = new DateReader({ dayOrder: 'mdy', excel1904: mapping.excel1904 });
    const both = mapping.dayOrder === 'auto' ? [count(date, (t) => dmy.read(t)), count(date, (t) => mdy.read(t))].sort((a, b) => b.parsed - a.parsed)[0] : count(date, (t) => dates.read(t));
    columns.push({ column: date, header: headers[date], role: 'date', ...both });
  }
  for (const role of numberRoles) {
    const i = mapping.columns[role];
    if (i === undefined || (role === 'amount' && mapping.amountFrom === 'quantityTimesPrice')) continue;
    columns.push({ column: i, header: headers[i], role, ...count(i, (t) => numbers.read(t)) });
  }
  for (const i of mapping.numbers) columns.push({ column: i, header: headers[i], role: 'number', ...count(i, (t) => numbers.read(t)) });

  // The sample is read as the import reads the file: again when the whole column decides (two-digit years).
  let sampleMapping: Mapping = { ...mapping, dayOrder: mapping.dayOrder === 'auto' ? (dmyOrMdy(rows, date) ?? 'auto') : mapping.dayOrder };
  let builder = new TableBuilder(sampleMapping, headers);
  builder.addRows(rows, 2);
  for (let pass = 0, again = builder.readAgain(); again && pass < 2; pass++, again = builder.readAgain()) {
    sampleMapping = { ...sampleMapping, ...again };
    builder = new TableBuilder(sampleMapping, headers);
    builder.addRows(rows, 2);
  }
  const { report } = builder.finish();
  const problems: MappingError[] = [];
  if (report.rowsRead > 0 && report.rowsRejected > maxRejectedShare * report.rowsRead) {
    const reasons = new Map<string, { column: string; reason: string; n: number }>();
    for (const r of report.rejected) {
      const key = `${r.column}|${r.reason}`;
      const entry = reasons.get(key) ?? { column: r.column, reason: r.reason, n: 0 };
      entry.n++;
      reasons.set(key, entry);
    }
    const top = [...reasons.values()].sort((a, b) => b.n - a.n)[0];
    problems.push({ code: 'check.rejects', params: { rejected: report.rowsRejected, rows: report.rowsRead, column: top.column, reason: top.reason, fix: fixFor(top.reason) } });
  }
  const values = mapping.shape === 'transactions' ? columns.filter((c) => c.role !== 'date' && c.role !== 'number' && (mapping.amountFrom === 'column' ? c.role === 'amount' : c.role === 'quantity' || c.role === 'price')) : columns.filter((c) => c.role !== 'date');
  if (rows.length > 0 && (values.length === 0 || values.every((c) => c.parsed === 0))) problems.push({ code: 'check.noValues' });
  for (const i of [...mapping.categories, mapping.columns.customer, mapping.columns.product, mapping.columns.region]) {
    if (i === undefined) continue;
    const p = profileColumn(rows, i, mapping.decimalComma);
    if (p.filled > 0 && p.dates >= 0.9 && p.numbers < 0.5) problems.push({ code: 'check.dateAsCategory', params: { column: headers[i] } });
  }
  return { columns, rows: report.rowsRead, rejected: report.rowsRejected, problems };
}

/** The day order the sample's dates decide, if any (the import decides it the same way from the whole column). */
function dmyOrMdy(rows: string[][], date: number | undefined): 'dmy' | 'mdy' | null {
  if (date === undefined) return null;
  const dmy = new DateReader({ dayOrder: 'auto' });
  for (const row of rows) {
    const text = row[date];
    if (text !== undefined && !isBlank(text)) dmy.read(text.trim());
    if (dmy.order) return dmy.order;
  }
  return null;
}
