import type { PlanRow } from '../../lib/analysis/plan.ts';

/** Column headers of the plan export, in order. */
export interface PlanHeaders {
  cls: string;
  customers: string;
  minRevenue: string;
  minOrders: string;
  medianOrders: string;
  mean: string;
  phoneWeeks: string;
  visitMonths: string;
  measures: string;
}

/**
 * The management plan as a table for CSV: per class its customers, the standard from the data (minimum yearly
 * revenue and orders, median yearly orders, mean yearly revenue; rounded to 0.01, empty when the class has no customers), the
 * contact rhythm and the measures as shown (`measures` turns a stored text or catalogue key into the text).
 */
export function planTable(rows: readonly PlanRow[], headers: PlanHeaders, className: (cls: string) => string, measures: (stored: string) => string): (string | number)[][] {
  const round = (v: number) => (Number.isFinite(v) ? Math.round(v * 100) / 100 : '');
  const out: (string | number)[][] = [
    [headers.cls, headers.customers, headers.minRevenue, headers.minOrders, headers.medianOrders, headers.mean, headers.phoneWeeks, headers.visitMonths, headers.measures]
  ];
  for (const r of rows) {
    out.push([className(r.cls), r.customers, round(r.minYearlyRevenue), round(r.minYearlyOrders), round(r.medianYearlyOrders ?? NaN), round(r.meanYearlyRevenue), r.phoneWeeks, r.visitMonths, measures(r.measures)]);
  }
  return out;
}
