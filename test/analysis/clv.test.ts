import { describe, expect, test } from 'vitest';
import { expectedPurchases, type BgnbdParams } from '../../src/lib/analysis/bgnbd.ts';
import { clv, monthDays } from '../../src/lib/analysis/clv.ts';

const p: BgnbdParams = { r: 0.24259, alpha: 4.4136, a: 0.79292, b: 2.42591 };
const week = 7;
const monthInWeeks = monthDays / week;

describe('clv (METHOD §9)', () => {
  test('no discount: the sum telescopes to E[X(horizon)] · E[M]', () => {
    expect(clv(p, 20, 2, 30.43, 38.86, 12 * monthInWeeks, week, 0)).toBeCloseTo(expectedPurchases(p, 12 * monthInWeeks, 2, 30.43, 38.86) * 20, 10);
  });

  test('one month: E[X(1 month)] · E[M] / (1 + d)^(1/12)', () => {
    expect(clv(p, 20, 2, 30.43, 38.86, monthInWeeks, week, 0.1)).toBeCloseTo((expectedPurchases(p, monthInWeeks, 2, 30.43, 38.86) * 20) / Math.pow(1.1, 1 / 12), 12);
  });

  test('two months by hand, in days', () => {
    const e1 = expectedPurchases(p, monthDays, 0, 0, 100);
    const e2 = expectedPurchases(p, 2 * monthDays, 0, 0, 100);
    expect(clv(p, 10, 0, 0, 100, 2 * monthDays, 1, 0.1)).toBeCloseTo((e1 * 10) / Math.pow(1.1, 1 / 12) + ((e2 - e1) * 10) / Math.pow(1.1, 2 / 12), 12);
  });

  test('a partial last month is discounted at its end: 52 weeks = 11 months + 0.959', () => {
    const months = (52 * 7) / monthDays;
    let expected = 0, previous = 0;
    for (let k = 1; k <= 12; k++) {
      const end = Math.min(k, months);
      const e = expectedPurchases(p, end * monthInWeeks, 1, 5, 20);
      expected += ((e - previous) * 15) / Math.pow(1.1, end / 12);
      previous = e;
    }
    expect(clv(p, 15, 1, 5, 20, 52, week, 0.1)).toBeCloseTo(expected, 12);
    expect(clv(p, 15, 1, 5, 20, 52, week, 0.1)).toBeLessThan(clv(p, 15, 1, 5, 20, 52, week, 0));
  });
});
