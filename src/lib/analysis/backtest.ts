import { notYet, type ClassifierAt } from './classifierAt.ts';
import { isoOfDay } from './day.ts';
import { ordersBetween } from './ordersBetween.ts';
import type { FullSummary } from './types.ts';

export interface BacktestClass {
  class: string;
  customers: number;
  /** Share of the class's customers with a positive-value order in (E₁, E₂]. */
  activeShare: number;
  ordersPerCustomer: number;
  /** Net revenue in (E₁, E₂] per customer of the class. */
  revenuePerCustomer: number;
  /** The class's share of the revenue in (E₁, E₂] of all customers classified at E₁. */
  revenueShare: number;
  /** revenuePerCustomer ÷ that of all customers classified at E₁ (NaN when theirs is 0). */
  lift: number;
}

export interface BacktestResult {
  by: string;
  at: string;
  until: string;
  atDay: number;
  untilDay: number;
  keys: string[];
  /** Class per full-summary customer at E₁ (`notYet` = no order up to E₁: not classified). */
  cls: Uint8Array;
  /** Per customer in (E₁, E₂]: orders with positive value and net revenue. */
  orders: Int32Array;
  revenue: Float64Array;
  /** Classes with customers, in the classifier's order. */
  classes: BacktestClass[];
  /** The same measures over every customer classified at E₁ (lift 1). */
  all: BacktestClass;
}

/**
 * Backtest of the classification at E₁ over (E₁, E₂] (METHOD §10): per class, the share still buying,
 * orders and net revenue per customer, the share of the classified customers' revenue and the lift.
 */
export function backtest(full: FullSummary, classifier: ClassifierAt, atDay: number, untilDay: number): BacktestResult {
  if (!(atDay < untilDay)) throw new RangeError(`invalid backtest dates: ${isoOfDay(atDay)} to ${isoOfDay(untilDay)} (expected the first date before the second)`);
  const cls = classifier.at(atDay);
  const { orders, revenue } = ordersBetween(full.orders, atDay, untilDay);
  const K = classifier.keys.length;
  const customers = new Float64Array(K + 1);
  const active = new Float64Array(K + 1);
  const orderSum = new Float64Array(K + 1);
  const revenueSum = new Float64Array(K + 1);
  for (let c = 0; c < cls.length; c++) {
    const x = cls[c];
    if (x === notYet) continue;
    for (const g of [x, K]) {
      customers[g]++;
      if (orders[c] > 0) active[g]++;
      orderSum[g] += orders[c];
      revenueSum[g] += revenue[c];
    }
  }
  const allPerCustomer = customers[K] ? revenueSum[K] / customers[K] : NaN;
  const row = (g: number, name: string): BacktestClass => {
    const perCustomer = revenueSum[g] / customers[g];
    return {
      class: name,
      customers: customers[g],
      activeShare: active[g] / customers[g],
      ordersPerCustomer: orderSum[g] / customers[g],
      revenuePerCustomer: perCustomer,
      revenueShare: revenueSum[K] !== 0 ? revenueSum[g] / revenueSum[K] : NaN,
      lift: allPerCustomer !== 0 ? perCustomer / allPerCustomer : NaN
    };
  };
  const classes: BacktestClass[] = [];
  for (let g = 0; g < K; g++) if (customers[g]) classes.push(row(g, classifier.keys[g]));
  const all = customers[K] ? row(K, 'all') : { class: 'all', customers: 0, activeShare: NaN, ordersPerCustomer: NaN, revenuePerCustomer: NaN, revenueShare: NaN, lift: NaN };
  return { by: classifier.by, at: isoOfDay(atDay), until: isoOfDay(untilDay), atDay, untilDay, keys: classifier.keys, cls, orders, revenue, classes, all };
}
