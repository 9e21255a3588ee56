import type { BacktestClass, BacktestResult } from '../../lib/analysis/backtest.ts';

/** Customers (summary indices) classified in class `key` at the first date of a backtest. */
export function backtestMembers(b: BacktestResult, key: string): number[] {
  const code = b.keys.indexOf(key);
  const out: number[] = [];
  for (let c = 0; c < b.cls.length; c++) if (b.cls[c] === code) out.push(c);
  return out;
}

/** The table of a backtest as CSV rows: a header, one row per class, then all customers (empty where a figure is undefined). */
export function backtestCsv(b: BacktestResult, headers: readonly string[], name: (row: BacktestClass) => string): (string | number)[][] {
  const cell = (v: number) => (Number.isFinite(v) ? v : '');
  const row = (r: BacktestClass) => [name(r), r.customers, cell(r.activeShare), cell(r.ordersPerCustomer), cell(r.revenuePerCustomer), cell(r.revenueShare), cell(r.lift)];
  return [[...headers], ...b.classes.map(row), row(b.all)];
}

/** The bar length of a lift in a chart scaled to the largest lift (0 for undefined or negative lifts). */
export function liftBar(lift: number, maxLift: number): number {
  return Number.isFinite(lift) && lift > 0 && maxLift > 0 ? lift / maxLift : 0;
}
