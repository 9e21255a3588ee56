import { describe, expect, test } from 'vitest';
import { noProfitData, profitability } from '../../src/lib/analysis/profitability.ts';
import { summarize } from '../../src/lib/analysis/summarize.ts';
import { category, customerTable, snapshot, summaryConfig, transactionTable, type Row } from './transactionTable.ts';

const rows: Row[] = [
  { customer: 'a', date: '2024-01-01', amount: 100, cost: 60, product: 'P1' }, // +40
  { customer: 'a', date: '2024-01-02', amount: 100, cost: 120, product: 'P2' }, // −20 → a: mixed, 20
  { customer: 'b', date: '2024-01-03', amount: 50, cost: 20, product: 'P1' }, // +30 → profitable
  { customer: 'c', date: '2024-01-04', amount: 10, cost: 30, product: 'P2' }, // −20 → loss
  { customer: 'd', date: '2024-01-05', amount: 0, cost: 0, product: 'P3' }, // 0 → loss (total ≤ 0)
  { customer: 'e', date: '2024-01-06', amount: 70, cost: NaN, product: 'P1' }, // no profit data
  { customer: 'f', date: '2024-01-07', amount: 100, cost: 50, product: null }, // +50, no product → profitable
  { customer: null, date: '2024-01-08', amount: 999, cost: 1, product: 'P1' } // no customer: left out
];
const table = transactionTable(rows);
const summary = summarize(table, summaryConfig());
const id = (c: number | null) => (c === null ? null : summary.ids[c]);

describe('profitability(): customer × product profit', () => {
  const before = snapshot(table);
  const r = profitability(table, summary, { topCustomers: 2, topProducts: 2 });

  test('rows: top products by |profit|, the rest and rows without product merged into ""', () => {
    expect(r.available).toBe(true);
    expect(r.byProduct).toBe(true);
    expect(r.products).toEqual(['P1', 'P2', '']);
    expect(r.otherProducts).toBe(1);
  });

  test('columns: top customers by revenue, the rest merged into null', () => {
    expect(r.customers.map(id)).toEqual(['a', 'f', null]);
    expect(r.otherCustomers).toBe(3);
  });

  test('cells = profit', () => {
    expect(r.cells).toEqual([
      [40, 0, 30],
      [-20, 0, -20],
      [0, 50, 0]
    ]);
  });

  test('each customer profitable, mixed or loss-making; no data → 255', () => {
    expect(summary.ids.map((_, i) => r.group[i])).toEqual([1, 0, 2, 2, noProfitData, 0]);
    expect(r.groups).toEqual([
      { group: 'profitable', customers: 2, profit: 80, revenue: 150 },
      { group: 'mixed', customers: 1, profit: 20, revenue: 200 },
      { group: 'loss', customers: 2, profit: -20, revenue: 10 }
    ]);
  });

  test('many customers × products (pairs numbered through a Map): the same result', () => {
    const many: Row[] = [];
    for (let c = 0; c < 1000; c++) {
      many.push({ customer: `c${c}`, date: '2024-01-01', amount: 10 + (c % 7), cost: 12, product: `P${c % 3}` });
      many.push({ customer: `c${c}`, date: '2024-01-02', amount: 0.1 * c, cost: 0.3, product: `P${(c + 1) % 3}` });
    }
    const small = transactionTable(many);
    const wide = transactionTable(many);
    // 5,000 products nobody bought: 1,000 customers × 5,001 products is past the one-array size.
    wide.product = { codes: wide.product!.codes, labels: [...wide.product!.labels, ...Array.from({ length: 5000 }, (_, k) => `unused ${k}`)] };
    const config = { topCustomers: 5, topProducts: 2 };
    const expected = profitability(small, summarize(small, summaryConfig()), config);
    expect(profitability(wide, summarize(wide, summaryConfig()), config)).toEqual(expected);
    expect(expected.groups.reduce((sum, g) => sum + g.customers, 0)).toBe(1000);
  });

  test('input not mutated', () => {
    expect(snapshot(table)).toEqual(before);
  });

  test('large N shows everything without merged column', () => {
    const all = profitability(table, summary, { topCustomers: 50, topProducts: 50 });
    expect(all.customers.map(id)).toEqual(['a', 'f', 'b', 'c', 'd']);
    expect(all.products).toEqual(['P1', 'P2', 'P3', '']); // '' still holds the rows without product
    expect(all.otherProducts).toBe(0);
  });
});

describe('profitability(): sources and edge cases', () => {
  test('the profit column wins over amount − cost', () => {
    const t = transactionTable([{ customer: 'a', date: '2024-01-01', amount: 100, cost: 10, profit: -5, product: 'P' }]);
    const r = profitability(t, summarize(t, summaryConfig()), { topCustomers: 5, topProducts: 5 });
    expect(r.cells).toEqual([[-5]]);
    expect(r.group[0]).toBe(2);
  });

  test('only rows up to the analysis date and inside the window', () => {
    const t = transactionTable([
      { customer: 'a', date: '2024-01-01', amount: 100, cost: 0, product: 'old' },
      { customer: 'a', date: '2024-03-01', amount: 10, cost: 0, product: 'new' },
      { customer: 'a', date: '2024-04-01', amount: 1000, cost: 0, product: 'later' }
    ]);
    const r = profitability(t, summarize(t, summaryConfig({ analysisDate: '2024-03-01', windowDays: 30 })), { topCustomers: 5, topProducts: 5 });
    expect(r.products).toEqual(['new']);
    expect(r.cells).toEqual([[10]]);
  });

  test('no cost or profit column: not available', () => {
    const t = transactionTable([{ customer: 'a', date: '2024-01-01', amount: 1 }]);
    const r = profitability(t, summarize(t, summaryConfig()), { topCustomers: 5, topProducts: 5 });
    expect(r).toMatchObject({ available: false, customers: [], products: [], cells: [] });
    expect(r.group[0]).toBe(noProfitData);
  });

  test('customer table with a profit column: one "all products" row', () => {
    const t = customerTable(['x', 'y', 'z'], [10, 20, 30], {}, {}, { profit: Float64Array.from([5, -1, NaN]) });
    const r = profitability(t, summarize(t, summaryConfig()), { topCustomers: 5, topProducts: 5 });
    expect(r.byProduct).toBe(false);
    expect(r.products).toEqual(['']);
    expect(r.customers.map((c) => (c === null ? null : ['x', 'y', 'z'][c]))).toEqual(['y', 'x']);
    expect(r.cells).toEqual([[-1, 5]]);
    expect(Array.from(r.group)).toEqual([0, 2, noProfitData]);
  });

  test('invalid settings are refused with the values received', () => {
    const t = transactionTable([{ customer: 'a', date: '2024-01-01', amount: 1, cost: 0 }]);
    const s = summarize(t, summaryConfig());
    expect(() => profitability(t, s, { topCustomers: 0, topProducts: 5 })).toThrow(/topCustomers: 0/);
    expect(() => profitability(t, s, { topCustomers: 2, topProducts: 1.5 })).toThrow(/topProducts: 1.5/);
  });

  test('category helper keeps labels in first-seen order', () => {
    expect(category(['b', null, 'a', 'b'])).toEqual({ codes: Int32Array.from([0, -1, 1, 0]), labels: ['b', 'a'] });
  });
});
