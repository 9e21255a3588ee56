import { countingSort } from './countingSort.ts';
import type { Table } from './table.ts';

/*
 * The customer base of METHOD §9 at a calibration end τ: per customer, from the rows up to τ,
 * x (repeat purchase days), tₓ and T in the time unit, m̄ (mean value of the repeat purchase days),
 * and the purchase days in the holdout (τ, D]. A purchase day is a day with at least one row of
 * non-negative amount; its value is the sum of all its rows.
 */

export type TimeUnit = 'day' | 'week' | 'month';

/** Days per time unit (METHOD §9). */
export const unitDays: Record<TimeUnit, number> = { day: 1, week: 7, month: 30.4375 };

export interface CustomerBaseOptions {
  /** τ, epoch day: rows up to and including it are the calibration period. */
  calibrationEnd: number;
  /** D, epoch day: rows after it are ignored; (τ, D] is the holdout. */
  analysisDay: number;
  unitDays: number;
  /** table customer code → output index (−1 = not counted); default: the code itself. */
  index?: Int32Array;
  /** Output length; default: the number of customer labels. */
  count?: number;
}

export interface CustomerBase {
  /** 1 when the customer's first purchase day is on or before τ (the customer is in the base). */
  included: Uint8Array;
  /** Repeat purchase days up to τ; NaN when not included (so for the four arrays below). */
  x: Float64Array;
  /** Time from the first to the last purchase day up to τ, in units. */
  tx: Float64Array;
  /** Time from the first purchase day to τ, in units. */
  T: Float64Array;
  /** Mean value of the repeat purchase days up to τ; NaN when x = 0. */
  mbar: Float64Array;
  /** Purchase days in (τ, D]. */
  holdout: Float64Array;
  /** Epoch day of the first purchase day; NaN without one. */
  firstDay: Float64Array;
  /** Customers in the base and, of them, repeat buyers (x > 0). */
  customers: number;
  repeatBuyers: number;
  /** Per epoch day from `startDay` to D: customers of the base whose first purchase day it is, and their repeat purchase days on it. */
  startDay: number;
  firstByDay: Float64Array;
  repeatsByDay: Float64Array;
}

/** The customer base from a transactions table (typed arrays, one pass after two counting sorts). */
export function customerBase(table: Table, options: CustomerBaseOptions): CustomerBase {
  const { calibrationEnd: tau, analysisDay, unitDays: u } = options;
  const date = table.date;
  const amount = table.amount;
  const codes = table.customer.codes;
  const count = options.count ?? table.customer.labels.length;
  const index = options.index;
  const nan = () => new Float64Array(count).fill(NaN);
  const base: CustomerBase = {
    included: new Uint8Array(count),
    x: nan(), tx: nan(), T: nan(), mbar: nan(), holdout: nan(), firstDay: nan(),
    customers: 0, repeatBuyers: 0, startDay: analysisDay, firstByDay: new Float64Array(1), repeatsByDay: new Float64Array(1)
  };
  if (!date || !amount) return base;

  // Rows that count: a customer, a date up to D and a readable amount.
  let minDay = Infinity;
  const target = new Int32Array(table.length).fill(-1);
  let used = 0;
  for (let row = 0; row < table.length; row++) {
    const code = codes[row];
    const day = date[row];
    if (code < 0 || !(day <= analysisDay) || Number.isNaN(amount[row])) continue;
    const t = index ? index[code] : code;
    if (t < 0 || t >= count) continue;
    target[row] = t;
    used++;
    if (day < minDay) minDay = day;
  }
  if (used === 0) return base;
  const span = analysisDay - minDay + 1;
  const rows = new Int32Array(used);
  const dayKey = new Int32Array(table.length);
  for (let row = 0, k = 0; row < table.length; row++) {
    if (target[row] < 0) continue;
    rows[k++] = row;
    dayKey[row] = date[row] - minDay;
  }
  // By day, then (stable) by customer: each customer's rows in day order.
  const sorted = countingSort(countingSort(rows, dayKey, span), target, count);

  const firstByDay = new Float64Array(span);
  const repeatsByDay = new Float64Array(span);
  let start = span;
  let i = 0;
  while (i < sorted.length) {
    const customer = target[sorted[i]];
    let first = NaN;
    let last = NaN;
    let purchaseDays = 0;
    let repeatValue = 0;
    let holdout = 0;
    const repeatDays: number[] = [];
    while (i < sorted.length && target[sorted[i]] === customer) {
      const day = date[sorted[i]];
      let value = 0;
      let purchase = false;
      while (i < sorted.length && target[sorted[i]] === customer && date[sorted[i]] === day) {
        const v = amount[sorted[i]];
        value += v;
        if (v >= 0) purchase = true;
        i++;
      }
      if (!purchase) continue;
      if (Number.isNaN(first)) first = day;
      else repeatDays.push(day);
      if (day <= tau) {
        if (day !== first) repeatValue += value;
        last = day;
        purchaseDays++;
      } else holdout++;
    }
    if (!(first <= tau)) continue;
    const x = purchaseDays - 1;
    base.included[customer] = 1;
    base.x[customer] = x;
    base.tx[customer] = (last - first) / u;
    base.T[customer] = (tau - first) / u;
    base.mbar[customer] = x > 0 ? repeatValue / x : NaN;
    base.holdout[customer] = holdout;
    base.firstDay[customer] = first;
    base.customers++;
    if (x > 0) base.repeatBuyers++;
    firstByDay[first - minDay]++;
    if (first - minDay < start) start = first - minDay;
    for (const day of repeatDays) repeatsByDay[day - minDay]++;
  }
  if (start < span) {
    base.startDay = minDay + start;
    base.firstByDay = firstByDay.slice(start);
    base.repeatsByDay = repeatsByDay.slice(start);
  }
  return base;
}
