import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { backtest } from '../../src/lib/analysis/backtest.ts';
import { classifierAt, classifiers, notYet, type ClassifierAt } from '../../src/lib/analysis/classifierAt.ts';
import { dayOfIso } from '../../src/lib/analysis/day.ts';
import { defaultConfig } from '../../src/lib/analysis/defaults.ts';
import { summarize } from '../../src/lib/analysis/summarize.ts';
import { importText } from '../../src/lib/import/importText.ts';
import { day, summaryConfig, transactionTable, type Row } from './transactionTable.ts';

const rowsOf = (spec: Record<string, [string, number][]>): Row[] => Object.entries(spec).flatMap(([customer, orders]) => orders.map(([date, amount]) => ({ customer, date, amount })));

describe('backtest(): each class at E₁ measured over (E₁, E₂] (METHOD §10)', () => {
  const spec: Record<string, [string, number][]> = {
    a1: [['2024-01-05', 10], ['2024-02-10', 100], ['2024-03-01', 50]],
    a2: [['2024-01-05', 10]],
    b1: [['2024-01-05', 10], ['2024-02-15', 30], ['2024-03-10', -10]], // a return is no order, and nets off
    b2: [['2024-01-05', 10], ['2024-03-20', -5]],
    n1: [['2024-02-01', 500]], // not a customer at E₁: not classified
    late: [['2024-01-05', 10], ['2024-04-02', 70]] // after E₂: not counted
  };
  const full = summarize(transactionTable(rowsOf(spec)), summaryConfig());
  const classOf: Record<string, number> = { a1: 0, a2: 0, b1: 1, b2: 1, n1: notYet, late: 2 };
  const fake: ClassifierAt = { by: 'abc', keys: ['A', 'B', 'C', 'D'], hasLost: false, at: () => Uint8Array.from(full.ids, (id) => classOf[id]) };
  const r = backtest(full, fake, day('2024-01-31'), day('2024-03-31'));
  const perCustomer = 165 / 5;

  test('per class: customers, share still buying, orders and revenue per customer, share of revenue, lift; empty classes left out', () => {
    expect(r.classes).toEqual([
      { class: 'A', customers: 2, activeShare: 0.5, ordersPerCustomer: 1, revenuePerCustomer: 75, revenueShare: 150 / 165, lift: 75 / perCustomer },
      { class: 'B', customers: 2, activeShare: 0.5, ordersPerCustomer: 0.5, revenuePerCustomer: 7.5, revenueShare: 15 / 165, lift: 7.5 / perCustomer },
      { class: 'C', customers: 1, activeShare: 0, ordersPerCustomer: 0, revenuePerCustomer: 0, revenueShare: 0, lift: 0 }
    ]);
    expect(r.all).toEqual({ class: 'all', customers: 5, activeShare: 0.4, ordersPerCustomer: 0.6, revenuePerCustomer: perCustomer, revenueShare: 1, lift: 1 });
    expect([r.at, r.until]).toEqual(['2024-01-31', '2024-03-31']);
  });

  test('errors: dates not in order', () => {
    expect(() => backtest(full, fake, day('2024-03-31'), day('2024-01-31'))).toThrow('invalid backtest dates: 2024-03-31 to 2024-01-31 (expected the first date before the second)');
  });
});

describe('backtest() of every classifier on the synthetic sample', () => {
  const { table } = importText(readFileSync('public/samples/synthetic.csv', 'utf8'));
  const config = defaultConfig();
  const full = summarize(table, config.summary);
  const at = dayOfIso('2024-06-30');
  test.each(classifiers)('%s: classes add up to all customers classified at E₁, shares to 1; the top class buys more per customer', (by) => {
    const r = backtest(full, classifierAt(table, full, config, by), at, full.analysisDay);
    const classified = full.ids.filter((_, i) => full.orders.day[full.orders.offsets[i]] <= at).length;
    expect(r.all.customers).toBe(classified);
    expect(r.classes.reduce((s, c) => s + c.customers, 0)).toBe(classified);
    expect(r.classes.reduce((s, c) => s + c.revenueShare, 0)).toBeCloseTo(1, 12);
    expect(r.classes.reduce((s, c) => s + c.lift * c.customers, 0) / classified).toBeCloseTo(1, 12);
    const top = { abc: 'A', segment: 'champions', eight: 'importantValue', pyramid: 'vip', lifecycle: 'growing' }[by];
    const best = r.classes.find((c) => c.class === top)!;
    expect(best.lift).toBeGreaterThan(1);
  });
});
