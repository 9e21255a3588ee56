import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { Analyzer } from '../../src/lib/analysis/analyze.ts';
import { defaultConfig } from '../../src/lib/analysis/defaults.ts';
import { reconciliation } from '../../src/lib/analysis/reconciliation.ts';
import { importText } from '../../src/lib/import/importText.ts';

// A messy order file (test/browser/fixtures/README.md): rows without a customer, a return invoice, a zero row, a
// customer whose returns exceed the purchases, and a late row after a chosen analysis date.
const csv = readFileSync(fileURLToPath(new URL('../browser/fixtures/messy-orders.csv', import.meta.url)), 'utf8');

const imported = importText(csv);
const totals = { rows: imported.report.rowsAccepted, orders: imported.report.orders, amount: imported.report.totalAmount };
const run = (edit: (c: ReturnType<typeof defaultConfig>) => void = () => {}) => {
  const config = defaultConfig();
  edit(config);
  return new Analyzer(imported.table).run(config).result;
};

describe('reconciliation(imported, summary)', () => {
  test('all rows: without a customer apart; with a customer: orders incl. returns, net; counted: positive customers = ABC total', () => {
    const result = run();
    const r = reconciliation(totals, result.summary);
    expect(r.all).toEqual({ rows: 12, orders: 11, amount: 320 });
    expect(r.withoutCustomer).toEqual({ rows: 2, amount: 65 });
    expect(r.afterAnalysisDate).toEqual({ rows: 0, amount: 0 });
    expect(r.beforeWindow).toEqual({ rows: 0, amount: 0 });
    // A: o1 150, o2 30, c2 −30, o9 60 (210); B: o3 20, o4 0 (20); C: o7 10, c7 −25 (−15); D: o8 40 → 9 orders, 6 positive
    expect(r.withCustomer).toEqual({ rows: 10, orders: 9, positiveOrders: 6, amount: 255, customers: 4 });
    expect(r.counted).toEqual({ customers: 3, amount: 270 });
    expect(r.nonPositive).toEqual({ customers: 1, amount: -15 });
    expect(r.counted.amount).toBe(result.abc.total);
    expect(r.withCustomer.orders).toBe(result.summary.stats.orders);
    // the parts add up to the file's total
    expect(r.afterAnalysisDate.amount + r.withoutCustomer.amount + r.beforeWindow.amount + r.withCustomer.amount).toBeCloseTo(r.all.amount, 9);
    expect(r.afterAnalysisDate.rows + r.withoutCustomer.rows + r.beforeWindow.rows + r.withCustomer.rows).toBe(r.all.rows);
    expect(r.counted.amount + r.nonPositive.amount).toBe(r.withCustomer.amount);
  });

  test('an analysis date and a window move rows out of the counted parts, the sums still add up', () => {
    const result = run((c) => {
      c.summary.analysisDate = '2024-03-31';
      c.summary.windowDays = 45;
    });
    const r = reconciliation(totals, result.summary);
    expect(r.afterAnalysisDate).toEqual({ rows: 1, amount: 60 });
    expect(r.withoutCustomer).toEqual({ rows: 2, amount: 65 });
    // window (2024-02-15, 2024-03-31]: A's rows and B's o3 are before it
    expect(r.beforeWindow).toEqual({ rows: 5, amount: 170 });
    expect(r.withCustomer).toEqual({ rows: 4, orders: 4, positiveOrders: 2, amount: 25, customers: 4 });
    expect(r.counted).toEqual({ customers: 1, amount: 40 });
    expect(r.counted.amount).toBe(result.abc.total);
    expect(r.afterAnalysisDate.amount + r.withoutCustomer.amount + r.beforeWindow.amount + r.withCustomer.amount).toBeCloseTo(r.all.amount, 9);
    expect(r.afterAnalysisDate.rows + r.withoutCustomer.rows + r.beforeWindow.rows + r.withCustomer.rows).toBe(r.all.rows);
  });

  test('a customer table: no orders, rows without a customer apart', () => {
    const t = importText('客户,营业收入\n1,590\n2,140\n,30\n3,-10\n4,0');
    const result = new Analyzer(t.table).run(defaultConfig()).result;
    const r = reconciliation({ rows: t.report.rowsAccepted, orders: t.report.orders, amount: t.report.totalAmount }, result.summary);
    expect(r.all).toEqual({ rows: 5, orders: 0, amount: 750 });
    expect(r.withoutCustomer).toEqual({ rows: 1, amount: 30 });
    expect(r.withCustomer).toMatchObject({ rows: 4, orders: 0, amount: 720, customers: 4 });
    expect(r.counted).toEqual({ customers: 2, amount: 730 });
    expect(r.counted.amount).toBe(result.abc.total);
  });

  test('no rows with a customer: nothing counted', () => {
    const t = importText('customer,date,amount\n,2024-01-01,5');
    const r = reconciliation({ rows: 1, orders: t.report.orders, amount: 5 }, new Analyzer(t.table).run(defaultConfig()).result.summary);
    expect(r.withoutCustomer).toEqual({ rows: 1, amount: 5 });
    expect(r.withCustomer).toMatchObject({ rows: 0, orders: 0, amount: 0, customers: 0 });
    expect(r.counted).toEqual({ customers: 0, amount: 0 });
  });
});
