import type { CustomerOrders } from './types.ts';

/** Per customer, over the orders dated in (from, to]: orders with positive value and net revenue. */
export function ordersBetween(orders: CustomerOrders, from: number, to: number): { orders: Int32Array; revenue: Float64Array } {
  const { offsets, day, value } = orders;
  const n = offsets.length - 1;
  const count = new Int32Array(n);
  const revenue = new Float64Array(n);
  for (let c = 0; c < n; c++) {
    for (let k = offsets[c]; k < offsets[c + 1]; k++) {
      const d = day[k];
      if (d <= from) continue;
      if (d > to) break;
      const v = value[k];
      if (v > 0) count[c]++;
      if (v === v) revenue[c] += v;
    }
  }
  return { orders: count, revenue };
}
