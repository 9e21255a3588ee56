import type { BreakdownRow } from '../../lib/analysis/breakdown.ts';
import { percentOf as pct } from '../../lib/export/csvNumber.ts';

/** Column headers of the breakdown export, in the order of the columns. */
export interface BreakdownHeaders {
  label: string;
  customers: string;
  customerShare: string;
  value: string;
  valueShare: string;
}

/**
 * The breakdown as a table for CSV: label (the `noneLabel` for customers without a value), customers,
 * % of customers, value, % of value (percentages rounded to 0.01), and the customers of classes A, B and C.
 */
export function breakdownTable(rows: readonly BreakdownRow[], headers: BreakdownHeaders, noneLabel: string): (string | number)[][] {
  const out: (string | number)[][] = [[headers.label, headers.customers, headers.customerShare, headers.value, headers.valueShare, 'A', 'B', 'C']];
  for (const r of rows) out.push([r.missing ? noneLabel : r.label, r.customers, pct(r.customerShare), r.revenue, pct(r.revenueShare), ...r.classMix]);
  return out;
}
