import type { PlanRow } from '../../lib/analysis/plan.ts';

/** What the plan's "standard" cell says for one class: its yearly revenue range and the typical yearly orders. */
export type PlanStandard =
  | { kind: 'empty' }
  | { kind: 'atLeast'; revenue: number; orders: number }
  | { kind: 'between'; revenue: number; below: number; orders: number }
  | { kind: 'below'; below: number; orders: number };

/**
 * The standard of class `index` among the plan rows (ordered A, B, C). Adjacent standards meet without
 * overlapping: the top class is "yearly revenue ≥ its minimum", a middle class runs from its minimum up to
 * (not including) the minimum of the nearest non-empty class above, and the last class (its own minimum is
 * often zero or negative and says nothing) is "below" that minimum. A tie at a boundary goes by the ABC
 * ranking (equal values ordered by customer id), so a customer with the boundary value can sit in the class
 * below; the view says so. Orders are the class's median yearly orders (the minimum is nearly always one
 * order over the period).
 */
export function planStandard(rows: readonly PlanRow[], index: number): PlanStandard {
  const row = rows[index];
  if (!row) throw new RangeError(`no plan row ${index} (there are ${rows.length})`);
  if (row.customers === 0) return { kind: 'empty' };
  const orders = row.medianYearlyOrders ?? row.minYearlyOrders;
  let above = NaN;
  for (let k = index - 1; k >= 0; k--) {
    if (rows[k].customers > 0 && Number.isFinite(rows[k].minYearlyRevenue)) {
      above = rows[k].minYearlyRevenue;
      break;
    }
  }
  if (!Number.isFinite(above)) return { kind: 'atLeast', revenue: row.minYearlyRevenue, orders };
  if (index === rows.length - 1) return { kind: 'below', below: above, orders };
  // a minimum at or above the class above's (ties, or yearly figures out of rank order): no range of its own
  if (!(row.minYearlyRevenue < above)) return { kind: 'below', below: above, orders };
  return { kind: 'between', revenue: row.minYearlyRevenue, below: above, orders };
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
  const params: Record<string, string> = { revenue: 'revenue' in s ? num(s.revenue, 2) : '', below: 'below' in s ? num(s.below, 2) : '' };
  if (!Number.isFinite(s.orders)) return translate(`planView.standard.${s.kind}Only`, params);
  return translate(`planView.standard.${s.kind}`, { ...params, orders: num(s.orders, 1) });
}
