import { describe, expect, test } from 'vitest';
import type { PlanRow } from '../../../src/lib/analysis/plan.ts';
import { translate } from '../../../src/lib/i18n/messages.ts';
import { planStandard, planStandardText } from '../../../src/views/plan/planStandard.ts';

function row(cls: string, customers: number, minYearlyRevenue: number, medianYearlyOrders?: number, maxYearlyRevenue?: number): PlanRow {
  return { cls, customers, minYearlyRevenue, maxYearlyRevenue, minYearlyOrders: 0.5, medianYearlyOrders, meanYearlyRevenue: minYearlyRevenue, phoneWeeks: 1, visitMonths: 1, measures: '' };
}

describe('planStandard(rows, index)', () => {
  const rows = [row('A', 3, 1000, 6), row('B', 5, 200, 2.5), row('C', 9, -40, 1, 200)];

  test.each([
    [0, { kind: 'atLeast', revenue: 1000, orders: 6 }],
    [1, { kind: 'atLeast', revenue: 200, orders: 2.5 }],
    [2, { kind: 'atMost', revenue: 200, orders: 1 }]
  ])('class %i', (index, expected) => {
    expect(planStandard(rows, index)).toEqual(expected);
  });

  test('an empty class says so; the last class is bounded by its own maximum (a tie may equal the class above)', () => {
    const gap = [row('A', 2, 900, 4), row('B', 0, NaN), row('C', 4, 0, 1, 900)];
    expect(planStandard(gap, 1)).toEqual({ kind: 'empty' });
    expect(planStandard(gap, 2)).toEqual({ kind: 'atMost', revenue: 900, orders: 1 });
  });

  test('a result without the maximum falls back to the minimum', () => {
    expect(planStandard([row('A', 1, 9), row('C', 2, 3)], 1)).toEqual({ kind: 'atLeast', revenue: 3, orders: 0.5 });
  });

  test('a single class, or no median in the result, falls back to its minimum', () => {
    const one = [row('A', 1, 50)];
    expect(planStandard(one, 0)).toEqual({ kind: 'atLeast', revenue: 50, orders: 0.5 });
  });

  test('an index outside the rows says what was received', () => {
    expect(() => planStandard(rows, 3)).toThrow('no plan row 3 (there are 3)');
  });
});

describe('planStandardText(rows, index, translate, num)', () => {
  const rows = [row('A', 3, 1000, 6), row('B', 0, NaN), row('C', 9, -40, NaN, 1000)];
  const num = (v: number, d: number) => v.toFixed(d);
  test.each([
    ['en', 0, 'Yearly revenue ≥ 1000.00; typical yearly orders 6.0'],
    ['en', 1, 'No customers in this class.'],
    ['en', 2, 'Yearly revenue ≤ 1000.00'],
    ['zh', 0, '年营业收入 ≥ 1000.00；典型年订单数 6.0']
  ] as const)('%s, class %i', (locale, index, expected) => {
    expect(planStandardText(rows, index, (k, p) => translate(locale, k, p), num)).toBe(expected);
  });
});
