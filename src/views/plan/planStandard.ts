import type { PlanRow } from '../../lib/analysis/plan.ts';

/** What the plan's "standard" cell says for one class: its revenue bound and the typical yearly orders. */
export type PlanStandard =
  | { kind: 'empty' }
  | { kind: 'atLeast' | 'atMost'; revenue: number; orders: number };

/**
 * The standard of class `index` among the plan rows (ordered A, B, C): classes are contiguous in rank order,
 * so every class but the last is "yearly revenue ≥ its minimum"; the last one (below several classes) is
 * "yearly revenue ≤ its maximum" (its own minimum is often zero or negative and says nothing; ties at the
 * boundary can put equal values in two classes, so "below the class above" would be wrong).
 * Orders are the class's median yearly orders (the minimum is nearly always one order over the period).
 */
export function planStandard(rows: readonly PlanRow[], index: number): PlanStandard {
  const row = rows[index];
  if (!row) throw new RangeError(`no plan row ${index} (there are ${rows.length})`);
  if (row.customers === 0) return { kind: 'empty' };
  const orders = row.medianYearlyOrders ?? row.minYearlyOrders;
  if (index === rows.length - 1 && index > 0 && row.maxYearlyRevenue !== undefined && Number.isFinite(row.maxYearlyRevenue)) {
    return { kind: 'atMost', revenue: row.maxYearlyRevenue, orders };
  }
  return { kind: 'atLeast', revenue: row.minYearlyRevenue, orders };
}

/** The standard of class `index` as text, through the catalogue (`translate`) and a number formatter. */
export function planStandardText(
  rows: readonly PlanRow[],
  index: number,
  translate: (key: string, params?: Record<string, string | number>) => string,
  num: (value: number, digits: number) => string
): string {
  const s = planStandard(rows, index);
  if (s.kind === 'empty') return translate('planView.standard.empty');
  const revenue = num(s.revenue, 2);
  if (!Number.isFinite(s.orders)) return translate(s.kind === 'atMost' ? 'planView.standard.atMostOnly' : 'planView.standard.atLeastOnly', { revenue });
  return translate(s.kind === 'atMost' ? 'planView.standard.atMost' : 'planView.standard.atLeast', { revenue, orders: num(s.orders, 1) });
}
