import { describe, expect, test } from 'vitest';
import { cohorts, periodLabel, periodOf } from '../../src/lib/analysis/cohorts.ts';
import { summarize } from '../../src/lib/analysis/summarize.ts';
import { customerTable, day, snapshot, summaryConfig, transactionTable, type Row } from './transactionTable.ts';

const rowsOf = (spec: Record<string, [string, number][]>): Row[] => Object.entries(spec).flatMap(([customer, orders]) => orders.map(([date, amount]) => ({ customer, date, amount })));

// Month and year ends; a return before the first purchase; a zero order; a customer with returns only; no cohort in February.
const spec: Record<string, [string, number][]> = {
  a: [['2023-12-31', 100], ['2024-01-01', 50], ['2024-03-15', -20]],
  b: [['2023-12-01', -10], ['2024-01-31', 30], ['2024-02-01', 40]],
  c: [['2024-01-01', 0], ['2024-01-20', 70], ['2024-03-31', 10]],
  d: [['2024-02-10', -5]],
  e: [['2024-03-31', 25]]
};
const table = transactionTable(rowsOf(spec));

describe('cohorts(summary, period) (METHOD §10)', () => {
  test('by month: cohort of the first positive order; active and net revenue per period since; empty periods are 0', () => {
    const summary = summarize(table, summaryConfig());
    const before = snapshot(summary);
    const r = cohorts(summary, 'month');
    expect(r.cohorts.map(({ cohort, customers, active, revenue }) => ({ cohort, customers, active, revenue }))).toEqual([
      { cohort: '2023-12', customers: 1, active: [1, 1, 0, 0], revenue: [100, 50, 0, -20] },
      { cohort: '2024-01', customers: 2, active: [2, 1, 1], revenue: [100, 40, 10] },
      { cohort: '2024-03', customers: 1, active: [1], revenue: [25] }
    ]);
    expect(r.partialLast).toBe(false);
    expect(summary).toEqual(before);
  });

  test('by quarter: 2023-12-31 is Q4, 2024-01-01 the next quarter', () => {
    const r = cohorts(summarize(table, summaryConfig()), 'quarter');
    expect(r.cohorts.map(({ cohort, customers, active, revenue }) => ({ cohort, customers, active, revenue }))).toEqual([
      { cohort: '2023-Q4', customers: 1, active: [1, 1], revenue: [100, 30] },
      { cohort: '2024-Q1', customers: 3, active: [3], revenue: [175] }
    ]);
  });

  test('per customer: its cohort and the periods it was active in (for drill-down)', () => {
    const summary = summarize(table, summaryConfig());
    const r = cohorts(summary, 'month');
    const of = (id: string) => {
      const i = summary.ids.indexOf(id);
      return [r.cohortOf[i], Array.from(r.activePeriods.subarray(r.activeOffsets[i], r.activeOffsets[i + 1]))];
    };
    expect(['a', 'b', 'c', 'd', 'e'].map(of)).toEqual([[0, [0, 1]], [1, [0, 1]], [1, [0, 2]], [-1, []], [2, [0]]]);
  });

  test('an analysis date inside a month makes the last period partial; later rows are left out', () => {
    const r = cohorts(summarize(table, summaryConfig({ analysisDate: '2024-03-30' })), 'month');
    expect(r.partialLast).toBe(true);
    expect(r.cohorts.map((c) => c.cohort)).toEqual(['2023-12', '2024-01']);
    expect(r.cohorts[1].active).toEqual([2, 1, 0]);
  });

  test('no dated orders: no cohorts; a bad period is refused', () => {
    expect(cohorts(summarize(customerTable(['x'], [10]), summaryConfig()), 'month').cohorts).toEqual([]);
    expect(cohorts(summarize(transactionTable([]), summaryConfig()), 'month').cohorts).toEqual([]);
    expect(() => cohorts(summarize(table, summaryConfig()), 'week' as never)).toThrow('invalid cohort period: week (expected month or quarter)');
  });

  test.each([
    ['2023-12-31', 'month', '2023-12', '2023-12-01'],
    ['2024-01-01', 'month', '2024-01', '2024-01-01'],
    ['2024-02-29', 'quarter', '2024-Q1', '2024-01-01'],
    ['2024-12-31', 'quarter', '2024-Q4', '2024-10-01']
  ] as const)('periodOf / periodLabel: %s by %s is %s from %s', (iso, period, label, start) => {
    const p = periodLabel(periodOf(day(iso), period), period);
    expect(p).toEqual({ label, startDay: day(start) });
  });
});
