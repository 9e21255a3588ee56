import type { Table } from '../analysis/table.ts';
import type { DatasetRecord, DatasetReport } from '../data/db.ts';
import type { GeneratedText } from '../i18n/generatedText.ts';

/** Facts of a table for a dataset record: customers, rows without customer, orders, total amount and date range. */
export function reportOf(table: Table): DatasetReport {
  const { codes } = table.customer;
  const seen = new Set<number>();
  let without = 0;
  for (let i = 0; i < table.length; i++) {
    if (codes[i] < 0) without++;
    else seen.add(codes[i]);
  }
  let total = 0;
  if (table.amount) for (const v of table.amount) if (Number.isFinite(v)) total += v;
  let first = Number.NaN;
  let last = Number.NaN;
  const orders = new Set<string>();
  if (table.date) {
    for (let i = 0; i < table.length; i++) {
      const d = table.date[i];
      if (!(d >= first)) first = Number.isNaN(first) ? d : Math.min(first, d);
      if (!(d <= last)) last = Number.isNaN(last) ? d : Math.max(last, d);
      if (codes[i] >= 0) orders.add(table.order && table.order.codes[i] >= 0 ? `o${table.order.codes[i]}` : `${codes[i]}:${d}`);
    }
  }
  return {
    rowsRead: table.length,
    rowsAccepted: table.length,
    rowsRejected: 0,
    rowsWithoutCustomer: without,
    customers: seen.size,
    orders: orders.size,
    totalAmount: total,
    firstDay: first,
    lastDay: last,
    coercions: {},
    rejectedStored: 0
  };
}

/** A dataset record for a table that came from a link or a project file (not yet stored); `label` when the name was generated. */
export function recordFor(id: string, name: string, table: Table, origin: string, now = Date.now(), label?: GeneratedText | null): DatasetRecord {
  return {
    id,
    name,
    ...(label !== undefined ? { label } : {}),
    shape: table.shape,
    status: 'ready',
    created: now,
    heartbeat: now,
    source: { name: origin, size: 0, encoding: 'utf-8', delimiter: ',' },
    headers: [],
    mapping: null,
    report: reportOf(table),
    columns: [],
    rows: table.length,
    bytes: 0
  };
}
