import { describe, expect, test } from 'vitest';
import type { BreakdownRow } from '../../../src/lib/analysis/breakdown.ts';
import { breakdownOrder } from '../../../src/views/breakdown/breakdownOrder.ts';

const row = (label: string, customers: number, revenue: number, missing = false): BreakdownRow => ({
  label,
  customers,
  customerShare: 0,
  revenue,
  revenueShare: 0,
  classMix: [0, 0, customers],
  ...(missing ? { missing } : {})
});
// as the engine gives them: by value
const rows = [row('North', 2, 900), row('(none)', 9, 500, true), row('East', 5, 300), row('West', 5, 100), row('Region 10', 1, 50), row('Region 9', 1, 40)];
const labels = (r: BreakdownRow[]) => r.map((x) => x.label);

describe('breakdownOrder(rows, order, locale)', () => {
  test('customers (what the bars show): most first, ties by name, the row without a value last', () => {
    expect(labels(breakdownOrder(rows, 'customers', 'en'))).toEqual(['East', 'West', 'North', 'Region 9', 'Region 10', '(none)']);
  });

  test('value: most first', () => {
    expect(labels(breakdownOrder(rows, 'value', 'en'))).toEqual(['North', 'East', 'West', 'Region 10', 'Region 9', '(none)']);
  });

  test('name: numbers in numeric order; Chinese by pinyin', () => {
    expect(labels(breakdownOrder(rows, 'label', 'en'))).toEqual(['East', 'North', 'Region 9', 'Region 10', 'West', '(none)']);
    const zh = [row('上海', 1, 1), row('北京', 1, 1), row('广州', 1, 1)];
    expect(labels(breakdownOrder(zh, 'label', 'zh'))).toEqual(['北京', '广州', '上海']);
  });

  test('leaves its input as it was', () => {
    const copy = labels(rows);
    breakdownOrder(rows, 'label', 'en');
    expect(labels(rows)).toEqual(copy);
  });
});
