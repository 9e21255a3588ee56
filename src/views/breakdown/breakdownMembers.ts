import type { BreakdownRow } from '../../lib/analysis/breakdown.ts';
import type { Category } from '../../lib/analysis/table.ts';

/**
 * The customers (summary indices, ascending) behind a breakdown row: those whose attribute label is the
 * row's label, or those without a value (code < 0) for the row of customers without one (`missing`).
 */
export function breakdownMembers(attribute: Pick<Category, 'codes' | 'labels'>, row: Pick<BreakdownRow, 'label' | 'missing'>): Int32Array {
  const { codes, labels } = attribute;
  const code = row.missing ? -1 : labels.indexOf(row.label);
  const out: number[] = [];
  if (!row.missing && code < 0) return new Int32Array(0);
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (row.missing ? c < 0 : c === code) out.push(i);
  }
  return Int32Array.from(out);
}
