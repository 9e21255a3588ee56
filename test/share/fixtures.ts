import type { Table } from '../../src/lib/analysis/table.ts';
import type { ShareState } from '../../src/lib/share/shareState.ts';

/** The 长海物流 classroom table (METHOD §3 golden case): customers 1–14 and 营业收入 in 万元. */
export function changhai(): Table {
  const values = [590, 140, 100, 740, 120, 68, 50, 50, 20, 40, 12, 40, 10, 20];
  return {
    shape: 'customers',
    length: values.length,
    customer: { codes: Int32Array.from(values, (_, i) => i), labels: values.map((_, i) => String(i + 1)) },
    numbers: { '营业收入（万元）': Float64Array.from(values) },
    categories: {}
  };
}

/** A small transactions table with a missing amount, a missing customer, a return and an order id. */
export function orders(): Table {
  return {
    shape: 'transactions',
    length: 5,
    customer: { codes: Int32Array.from([0, 1, 0, -1, 1]), labels: ['C1', '客户二'] },
    date: Int32Array.from([19723, 19753, 19754, 19754, 19783]),
    amount: Float64Array.from([120.5, 80, Number.NaN, 10, -20]),
    order: { codes: Int32Array.from([0, 1, 2, 3, -1]), labels: ['o1', 'o2', 'o3', 'o4'] },
    region: { codes: Int32Array.from([0, 1, 0, -1, 1]), labels: ['华东', 'North'] },
    numbers: {},
    categories: {}
  };
}

export function state(table: Table | null, view = 'abc'): ShareState {
  return {
    view,
    name: '长海物流 · classroom',
    shape: table?.shape ?? 'transactions',
    config: { abc: { metric: '营业收入（万元）', a: 0.8, b: 0.95, rule: 'textbook' }, plan: { classes: [{ cls: 'A', phoneWeeks: 2, visitMonths: 1, measures: '专人服务' }] } },
    table
  };
}
