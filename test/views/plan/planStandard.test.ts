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
    [1, { kind: 'between', revenue: 200, below: 1000, orders: 2.5 }],
    [2, { kind: 'below', below: 200, orders: 1 }]
  ])('class %i: adjacent standards meet without overlapping', (index, expected) => {
    expect(planStandard(rows, index)).toEqual(expected);
  });

  test('a tie at a boundary (the lower class reaches the minimum of the one above): still no overlap', () => {
    // the classroom case: B's lowest and C's highest are both 40
    const tie = [row('A', 2, 120, 5), row('B', 3, 40, 3, 90), row('C', 4, 5, 1, 40)];
    expect(planStandard(tie, 1)).toEqual({ kind: 'between', revenue: 40, below: 120, orders: 3 });
    expect(planStandard(tie, 2)).toEqual({ kind: 'below', below: 40, orders: 1 });
  });

  test('yearly figures out of rank order: a middle class whose minimum reaches the class above gets only the bound below it', () => {
    const odd = [row('A', 2, 300, 5), row('B', 3, 320, 3), row('C', 4, 5, 1, 400)];
    expect(planStandard(odd, 1)).toEqual({ kind: 'below', below: 300, orders: 3 });
  });

  test('an empty class says so; the classes around it meet', () => {
    const gap = [row('A', 2, 900, 4), row('B', 0, NaN), row('C', 4, 0, 1, 900)];
    expect(planStandard(gap, 1)).toEqual({ kind: 'empty' });
    expect(planStandard(gap, 2)).toEqual({ kind: 'below', below: 900, orders: 1 });
  });

  test('no class above with customers: at least its minimum; no median in the result: the minimum orders', () => {
    expect(planStandard([row('A', 0, NaN), row('B', 2, 3)], 1)).toEqual({ kind: 'atLeast', revenue: 3, orders: 0.5 });
    expect(planStandard([row('A', 1, 50)], 0)).toEqual({ kind: 'atLeast', revenue: 50, orders: 0.5 });
  });

  test('an index outside the rows says what was received', () => {
    expect(() => planStandard(rows, 3)).toThrow('no plan row 3 (there are 3)');
  });
});

describe('planStandardText(rows, index, translate, num)', () => {
  const rows = [row('A', 3, 1000, 6), row('B', 2, 300, NaN), row('C', 9, -40, NaN, 1000)];
  const num = (v: number, d: number) => v.toFixed(d);
  test.each([
    ['en', 0, 'Yearly revenue ≥ 1000.00; typical yearly orders 6.0'],
    ['en', 1, 'Yearly revenue ≥ 300.00 and < 1000.00'],
    ['en', 2, 'Yearly revenue < 300.00'],
    ['zh', 0, '年营业收入 ≥ 1000.00；典型年订单数 6.0'],
    ['zh', 1, '300.00 ≤ 年营业收入 < 1000.00']
  ] as const)('%s, class %i', (locale, index, expected) => {
    expect(planStandardText(rows, index, (k, p) => translate(locale, k, p), num)).toBe(expected);
  });

  test('an empty class', () => {
    expect(planStandardText([row('A', 0, NaN)], 0, (k, p) => translate('en', k, p), num)).toBe('No customers in this class.');
  });
});
