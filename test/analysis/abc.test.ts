import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { abc, rankOrder, type AbcConfig, type AbcResult } from '../../src/lib/analysis/abc.ts';
import { abcPresets } from '../../src/lib/analysis/presets.ts';
import { summarize } from '../../src/lib/analysis/summarize.ts';
import type { Summary } from '../../src/lib/analysis/types.ts';
import { importText } from '../../src/lib/import/importText.ts';
import { customerTable, snapshot, summaryConfig } from './transactionTable.ts';

/** 长海物流 (METHOD §3): 营业收入 in 万元 of customers 1–14. */
const changhai = [590, 140, 100, 740, 120, 68, 50, 50, 20, 40, 12, 40, 10, 20];
const changhaiSummary = () => summarize(customerTable(changhai.map((_, i) => String(i + 1)), changhai), summaryConfig());
const config = (patch: Partial<AbcConfig> = {}): AbcConfig => ({ metric: 'revenue', a: 0.8, b: 0.95, rule: 'textbook', ...patch });

/** Customer ids of class c (0 A, 1 B, 2 C) in rank order. */
function members(s: Summary, r: AbcResult, c: number): string[] {
  return Array.from(r.order).filter((i) => r.cls[i] === c).map((i) => s.ids[i]);
}

describe('abc(): the 长海物流 golden case (METHOD §3)', () => {
  const s = changhaiSummary();
  const r = abc(s, config());

  test('rank order, ties by customer id ascending (7 before 8, 10 before 12, 9 before 14)', () => {
    expect(Array.from(r.order, (i) => s.ids[i])).toEqual(['4', '1', '2', '5', '3', '6', '7', '8', '10', '12', '9', '14', '11', '13']);
    expect(r.total).toBe(2000);
  });

  // METHOD §3, in rank order: id, value, share %, cumulative share %.
  test.each([
    ['4', 740, 37.0, 37.0],
    ['1', 590, 29.5, 66.5],
    ['2', 140, 7.0, 73.5],
    ['5', 120, 6.0, 79.5],
    ['3', 100, 5.0, 84.5],
    ['6', 68, 3.4, 87.9],
    ['7', 50, 2.5, 90.4],
    ['8', 50, 2.5, 92.9],
    ['10', 40, 2.0, 94.9],
    ['12', 40, 2.0, 96.9],
    ['9', 20, 1.0, 97.9],
    ['14', 20, 1.0, 98.9],
    ['11', 12, 0.6, 99.5],
    ['13', 10, 0.5, 100]
  ])('customer %s: value %d, share %d %, cumulative %d %', (id, value, share, cum) => {
    const i = s.ids.indexOf(id);
    expect(r.value[i]).toBe(value);
    expect(r.share[i] * 100).toBeCloseTo(share, 10);
    expect(r.cumShare[i] * 100).toBeCloseTo(cum, 10);
  });

  test('textbook rule at 80/95: A = {4, 1, 2, 5}, B = {3, 6, 7, 8, 10}, C = {12, 9, 14, 11, 13}', () => {
    expect(members(s, r, 0)).toEqual(['4', '1', '2', '5']);
    expect(members(s, r, 1)).toEqual(['3', '6', '7', '8', '10']);
    expect(members(s, r, 2)).toEqual(['12', '9', '14', '11', '13']);
    expect(r.nonPositive).toBe(0);
  });

  test('class table: customers, % of customers, value, % of value, mean value', () => {
    const expected = [
      { cls: 'A', customers: 4, value: 1590, mean: 397.5 },
      { cls: 'B', customers: 5, value: 308, mean: 61.6 },
      { cls: 'C', customers: 5, value: 102, mean: 20.4 }
    ];
    expected.forEach((e, k) => {
      const c = r.classes[k];
      expect(c.cls).toBe(e.cls);
      expect(c.customers).toBe(e.customers);
      expect(c.customerShare).toBeCloseTo(e.customers / 14, 12);
      expect(c.value).toBe(e.value);
      expect(c.valueShare).toBeCloseTo(e.value / 2000, 12);
      expect(c.mean).toBeCloseTo(e.mean, 10);
    });
  });

  // Expected classes derived by hand from the cumulative shares above.
  test.each([
    ['textbook', 0.8, 0.95, ['4', '1', '2', '5'], ['3', '6', '7', '8', '10']],
    ['crossing', 0.8, 0.95, ['4', '1', '2', '5', '3'], ['6', '7', '8', '10', '12']],
    ['textbook', 0.7, 0.9, ['4', '1'], ['2', '5', '3', '6']],
    ['crossing', 0.7, 0.9, ['4', '1', '2'], ['5', '3', '6', '7']],
    ['textbook', 0.55, 0.85, ['4'], ['1', '2', '5', '3']],
    ['crossing', 0.55, 0.85, ['4', '1'], ['2', '5', '3', '6']]
  ] as const)('%s rule at %d/%d', (rule, a, b, A, B) => {
    const x = abc(s, config({ rule, a, b }));
    expect(members(s, x, 0)).toEqual(A);
    expect(members(s, x, 1)).toEqual(B);
    expect(members(s, x, 2).length).toBe(14 - A.length - B.length);
    expect(x.classes.map((c) => c.customers)).toEqual([A.length, B.length, 14 - A.length - B.length]);
  });

  test('the presets are 80/95, 70/90 and 55/85', () => {
    expect(abcPresets.map((p) => [p.a, p.b])).toEqual([[0.8, 0.95], [0.7, 0.9], [0.55, 0.85]]);
  });

  test('the built-in sample file imports to the same classes', () => {
    const { table } = importText(readFileSync('public/samples/changhai.csv', 'utf8'));
    const s2 = summarize(table, summaryConfig());
    const r2 = abc(s2, config());
    expect(members(s2, r2, 0)).toEqual(['4', '1', '2', '5']);
    expect(members(s2, r2, 1)).toEqual(['3', '6', '7', '8', '10']);
    expect(members(s2, r2, 2)).toEqual(['12', '9', '14', '11', '13']);
  });

  test('Gini equals the textbook formula 2·Σ i·x(i) / (n·Σx) − (n + 1)/n', () => {
    const x = [...changhai].sort((p, q) => p - q);
    const n = x.length;
    const g = (2 * x.reduce((acc, v, i) => acc + (i + 1) * v, 0)) / (n * 2000) - (n + 1) / n;
    expect(r.gini).toBeCloseTo(g, 12);
    expect(r.lorenz.x.length).toBe(15);
    expect(r.lorenz.y[15 - 1]).toBe(1);
    expect(r.lorenz.y[1]).toBeCloseTo(10 / 2000, 12); // the smallest customer first
  });
});

describe('abc(): edge cases', () => {
  const one = (values: number[], ids = values.map((_, i) => `c${i + 1}`)) => summarize(customerTable(ids, values), summaryConfig());

  test('empty input', () => {
    const r = abc(one([]), config());
    expect(r.order.length).toBe(0);
    expect(r.total).toBe(0);
    expect(r.classes.map((c) => [c.customers, c.customerShare, c.value, c.valueShare, c.mean])).toEqual([[0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]]);
    expect(r.gini).toBe(0);
  });

  test('one customer: cum = 100 % → C by the textbook rule, A by the crossing rule', () => {
    const s = one([5]);
    expect(abc(s, config()).cls[0]).toBe(2);
    expect(abc(s, config({ rule: 'crossing' })).cls[0]).toBe(0);
    expect(abc(s, config()).gini).toBe(0);
  });

  test('a cumulative share exactly at a threshold stays in the class (floating-point sums)', () => {
    const s = one([70, 10, 10, 5, 5]); // cum 0.7, 0.8 (0.7999… in floats), 0.9, 0.95, 1
    expect(Array.from(abc(s, config()).cls)).toEqual([0, 0, 1, 1, 2]);
    expect(Array.from(abc(s, config({ rule: 'crossing' })).cls)).toEqual([0, 0, 1, 1, 2]);
  });

  test('zero, negative and missing values: class C, share 0, counted as non-positive; shares over positive values', () => {
    const s = one([50, 0, -20, NaN, 50]); // a missing amount in a customer table is revenue 0
    const r = abc(s, config());
    expect(r.total).toBe(100);
    expect(Array.from(r.order, (i) => s.ids[i])).toEqual(['c1', 'c5', 'c2', 'c4', 'c3']);
    expect(Array.from(r.share)).toEqual([0.5, 0, 0, 0, 0.5]);
    expect(Array.from(r.cumShare)).toEqual([0.5, 1, 1, 1, 1]);
    expect(Array.from(r.cls)).toEqual([0, 2, 2, 2, 2]);
    expect(r.nonPositive).toBe(3);
    expect(r.classes[2]).toMatchObject({ customers: 4, value: 50, valueShare: 0.5 });
    expect(abc(s, config({ rule: 'crossing' })).cls[1]).toBe(2); // non-positive stays C under crossing too
  });

  test('all values zero', () => {
    const r = abc(one([0, 0]), config({ rule: 'crossing' }));
    expect(Array.from(r.cls)).toEqual([2, 2]);
    expect(r.nonPositive).toBe(2);
    expect(r.classes[2].valueShare).toBe(0);
  });

  test('ties: equal values keep the natural id order', () => {
    const s = one([5, 5, 5], ['14', '9', '100']);
    expect(Array.from(rankOrder(s.revenue), (i) => s.ids[i])).toEqual(['9', '14', '100']);
  });

  test('any metric: orders, a customer-table column', () => {
    const s = summarize(customerTable(['a', 'b'], [1, 2], { 利润: [30, 10] }), summaryConfig());
    const r = abc(s, config({ metric: '利润' }));
    expect(r.metric).toBe('利润');
    expect(Array.from(r.order)).toEqual([0, 1]);
  });

  test('invalid settings are refused with the values received', () => {
    const s = one([1]);
    expect(() => abc(s, config({ metric: 'nope' }))).toThrow(/unknown metric: nope \(available: .*revenue/);
    expect(() => abc(s, config({ a: 0.9, b: 0.8 }))).toThrow(/A 0.9, B 0.8/);
    expect(() => abc(s, config({ a: 0 }))).toThrow(/A 0,/);
    expect(() => abc(s, config({ b: 1.2 }))).toThrow(/B 1.2/);
    expect(() => abc(s, config({ rule: 'x' as 'textbook' }))).toThrow(/rule: x/);
  });

  test('input not mutated; the config is copied', () => {
    const s = changhaiSummary();
    const before = snapshot(s);
    const c = config();
    const r = abc(s, c);
    expect(snapshot(s)).toEqual(before);
    c.a = 0.1;
    expect(r.config.a).toBe(0.8);
  });
});

describe('rankOrder(values)', () => {
  test('descending, ties by index, NaN last', () => {
    expect(Array.from(rankOrder(Float64Array.from([1, NaN, 3, -1, 3, 0])))).toEqual([2, 4, 0, 5, 3, 1]);
    expect(Array.from(rankOrder(new Float64Array(0)))).toEqual([]);
  });
});
