import type { BacktestResult } from '../lib/analysis/backtest.ts';
import type { CohortsResult } from '../lib/analysis/cohorts.ts';
import { isoOfDay } from '../lib/analysis/day.ts';
import type { MigrationResult } from '../lib/analysis/migration.ts';
import type { FullSummary } from '../lib/analysis/types.ts';

/** A number for JSON: NaN and infinities as null. */
const num = (x: number): number | null => (Number.isFinite(x) ? x : null);

/** `kefen cohorts`: one object per cohort. */
export function cohortsJson(result: CohortsResult): { cohort: string; customers: number; active: number[]; revenue: number[] }[] {
  return result.cohorts.map((c) => ({ cohort: c.cohort, customers: c.customers, active: c.active, revenue: c.revenue }));
}

/** `kefen migrate`: the matrix and every customer with an order up to the second date, in id order. */
export function migrationJson(result: MigrationResult, summary: FullSummary) {
  const customers: { id: string; from: string; to: string; lastChange: string | null }[] = [];
  for (let i = 0; i < summary.ids.length; i++) {
    if (result.toNode[i] === 255) continue;
    const last = result.lastChange[i];
    customers.push({ id: summary.ids[i], from: result.nodes[result.fromNode[i]], to: result.nodes[result.toNode[i]], lastChange: Number.isNaN(last) ? null : isoOfDay(last) });
  }
  return { from: result.from, to: result.to, by: result.by, matrix: result.matrix, customers };
}

/** `kefen backtest`: one row per class with customers at the first date. */
export function backtestJson(result: BacktestResult) {
  return {
    by: result.by,
    at: result.at,
    until: result.until,
    classes: result.classes.map((c) => ({
      class: c.class,
      customers: c.customers,
      activeShare: num(c.activeShare),
      ordersPerCustomer: num(c.ordersPerCustomer),
      revenuePerCustomer: num(c.revenuePerCustomer),
      revenueShare: num(c.revenueShare),
      lift: num(c.lift)
    }))
  };
}
