import type { Table } from '../analysis/table.ts';

/** 营业收入 (万元) of 长海物流's customers 1–14: the textbook's classroom exercise (METHOD §3). */
const revenue = [590, 140, 100, 740, 120, 68, 50, 50, 20, 40, 12, 40, 10, 20];

/** The built-in 长海物流 exercise as a customer table (营业收入 as the amount, so the metric is 'revenue'). */
export function changhaiTable(): Table {
  return {
    shape: 'customers',
    length: revenue.length,
    customer: { codes: Int32Array.from(revenue, (_, i) => i), labels: revenue.map((_, i) => String(i + 1)) },
    amount: Float64Array.from(revenue),
    numbers: {},
    categories: {}
  };
}
