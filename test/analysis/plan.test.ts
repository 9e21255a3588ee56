import { describe, expect, test } from 'vitest';
import { abc } from '../../src/lib/analysis/abc.ts';
import { defaultConfig } from '../../src/lib/analysis/defaults.ts';
import { plan, type PlanConfig } from '../../src/lib/analysis/plan.ts';
import { summarize } from '../../src/lib/analysis/summarize.ts';
import type { Summary } from '../../src/lib/analysis/types.ts';
import { yearly } from '../../src/lib/analysis/yearly.ts';
import { customerTable, snapshot, summaryConfig, transactionTable } from './transactionTable.ts';

// D = 2023-12-31, data from 2022-01-01 (two years).
const summary = summarize(transactionTable([
  { customer: 'a', date: '2022-01-01', amount: 730 },
  { customer: 'a', date: '2023-12-31', amount: 730 }, // observed 730 days → half per year
  { customer: 'b', date: '2023-10-02', amount: 500 }, // observed 91 days → never less than a year
  { customer: 'c', date: '2023-06-01', amount: 50 },
  { customer: 'c', date: '2023-07-01', amount: 50 },
  { customer: 'c', date: '2023-08-01', amount: 50 },
  { customer: 'd', date: '2022-06-01', amount: 10 } // observed 579 days
]), summaryConfig());
const classes = (s: Summary) => abc(s, { metric: 'revenue', a: 0.8, b: 0.95, rule: 'textbook' });
const config = (): PlanConfig => defaultConfig().plan;

describe('yearly(): totals scaled to one year over the observed span', () => {
  test.each([
    ['a', 730, 1],
    ['b', 500, 1],
    ['c', 150, 3],
    ['d', (10 * 365) / 579, 365 / 579]
  ])('%s: yearly revenue %d, yearly orders %d', (id, revenue, orders) => {
    const i = summary.ids.indexOf(id);
    expect(yearly(summary, summary.revenue)[i]).toBeCloseTo(revenue, 9);
    expect(yearly(summary, summary.frequency)[i]).toBeCloseTo(orders, 9);
  });

  test('data shorter than a year: the floor is the whole period', () => {
    const s = summarize(transactionTable([
      { customer: 'x', date: '2024-01-01', amount: 10 },
      { customer: 'y', date: '2024-03-01', amount: 91 },
      { customer: 'y', date: '2024-03-31', amount: 0 }
    ]), summaryConfig());
    expect(yearly(s, s.revenue)[1]).toBeCloseTo((91 * 365) / 91, 9);
  });

  test('a window: the span is at most the window', () => {
    const s = summarize(transactionTable([
      { customer: 'x', date: '2023-01-01', amount: 10 },
      { customer: 'x', date: '2023-12-31', amount: 30 }
    ]), summaryConfig({ windowDays: 30 }));
    expect(yearly(s, s.revenue)[0]).toBeCloseTo((30 * 365) / 30, 9);
  });

  test('customer tables: as they are; input not mutated', () => {
    const s = summarize(customerTable(['p', 'q'], [5, 7]), summaryConfig());
    expect(Array.from(yearly(s, s.revenue))).toEqual([5, 7]);
    const before = Array.from(summary.revenue);
    yearly(summary, summary.revenue);
    expect(Array.from(summary.revenue)).toEqual(before);
  });
});

describe('plan(): per class, the standard from the data with rhythm and measures', () => {
  const r = plan(summary, classes(summary), config());

  test('classes A = {a}, B = {b}, C = {c, d}', () => {
    expect(r.rows.map((x) => [x.cls, x.customers])).toEqual([['A', 1], ['B', 1], ['C', 2]]);
  });

  test('minimum yearly revenue and orders, mean yearly revenue', () => {
    expect(r.rows[0]).toMatchObject({ minYearlyRevenue: 730, minYearlyOrders: 1, meanYearlyRevenue: 730 });
    expect(r.rows[1]).toMatchObject({ minYearlyRevenue: 500, minYearlyOrders: 1, meanYearlyRevenue: 500 });
    expect(r.rows[2].minYearlyRevenue).toBeCloseTo((10 * 365) / 579, 9);
    expect(r.rows[2].minYearlyOrders).toBeCloseTo(365 / 579, 9);
    expect(r.rows[2].meanYearlyRevenue).toBeCloseTo((150 + (10 * 365) / 579) / 2, 9);
  });

  test('median yearly orders per class (the typical customer, not the weakest)', () => {
    expect(r.rows[0].medianYearlyOrders).toBe(1);
    expect(r.rows[2].medianYearlyOrders).toBeCloseTo((3 + 365 / 579) / 2, 9);
  });

  test('maximum yearly revenue per class', () => {
    expect(r.rows[0].maxYearlyRevenue).toBe(730);
    expect(r.rows[2].maxYearlyRevenue).toBe(150);
  });

  test('rhythm and measures from the config (catalogue keys by default, edited text as given)', () => {
    expect(r.rows.map((x) => [x.phoneWeeks, x.visitMonths, x.measures])).toEqual([
      [1, 1, 'plan.measure.A'],
      [2, 3, 'plan.measure.B'],
      [4, 12, 'plan.measure.C']
    ]);
    const edited = plan(summary, classes(summary), { classes: [{ cls: 'C', phoneWeeks: 8, visitMonths: 24, measures: '合理淘汰' }] });
    expect(edited.rows).toEqual([expect.objectContaining({ cls: 'C', customers: 2, phoneWeeks: 8, visitMonths: 24, measures: '合理淘汰' })]);
  });

  test('an empty class has NaN standards', () => {
    const s = summarize(customerTable(['x'], [5]), summaryConfig());
    const e = plan(s, abc(s, { metric: 'revenue', a: 0.8, b: 0.95, rule: 'crossing' }), config());
    expect(e.rows[0]).toMatchObject({ customers: 1, minYearlyRevenue: 5 });
    expect(e.rows[1].customers).toBe(0);
    expect(e.rows[1].minYearlyRevenue).toBeNaN();
    expect(e.rows[1].minYearlyOrders).toBeNaN();
    expect(e.rows[1].meanYearlyRevenue).toBeNaN();
  });

  test('invalid class refused; input not mutated', () => {
    const before = snapshot(summary);
    expect(() => plan(summary, classes(summary), { classes: [{ cls: 'D', phoneWeeks: 1, visitMonths: 1, measures: '' }] })).toThrow(/class: D/);
    plan(summary, classes(summary), config());
    expect(snapshot(summary)).toEqual(before);
  });
});
