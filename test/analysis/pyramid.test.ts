import { describe, expect, test } from 'vitest';
import { pyramidPresets } from '../../src/lib/analysis/presets.ts';
import { pyramid, tierKeys } from '../../src/lib/analysis/pyramid.ts';
import { summarize } from '../../src/lib/analysis/summarize.ts';
import { customerTable, snapshot, summaryConfig } from './transactionTable.ts';

const summaryOf = (values: number[], ids = values.map((_, i) => String(i + 1))) => summarize(customerTable(ids, values), summaryConfig());
const four = [0.01, 0.04, 0.15, 0.8];
const counts = (r: ReturnType<typeof pyramid>) => r.tiers.map((t) => t.customers);

describe('pyramid(): rank i of n joins the first tier whose cumulative count share ≥ i / n', () => {
  test.each([
    // n, tiers, customers per tier
    [100, four, [1, 4, 15, 80]],
    [10, four, [0, 0, 2, 8]], // 1/10 > 5 %: the first two ranks are "ordinary"
    [14, four, [0, 0, 2, 12]],
    [14, [0.2, 0.3, 0.5], [2, 5, 7]],
    [200, four, [2, 8, 30, 160]],
    [3, [0.34, 0.33, 0.33], [1, 1, 1]],
    [4, [0, 0.5, 0.5], [0, 2, 2]],
    [1, four, [0, 0, 0, 1]],
    [0, four, [0, 0, 0, 0]]
  ])('n = %i, tiers %j → %j', (n, tiers, expected) => {
    const values = Array.from({ length: n }, (_, i) => n - i);
    const r = pyramid(summaryOf(values), { metric: 'revenue', tiers });
    expect(counts(r)).toEqual(expected);
    // The tiers follow rank: a customer in tier t never outranks one in tier t − 1.
    for (let i = 1; i < n; i++) expect(r.tier[i]).toBeGreaterThanOrEqual(r.tier[i - 1]);
  });

  test('keys, shares and values (value share over positive values)', () => {
    const values = Array.from({ length: 100 }, (_, i) => (i === 99 ? -50 : 100 - i));
    const r = pyramid(summaryOf(values), { metric: 'revenue', tiers: four });
    const total = values.filter((v) => v > 0).reduce((a, b) => a + b, 0);
    expect(r.tiers.map((t) => t.key)).toEqual(['vip', 'major', 'ordinary', 'small']);
    expect(r.tiers[0]).toMatchObject({ tier: 0, customers: 1, customerShare: 0.01, value: 100 });
    expect(r.tiers[0].valueShare).toBeCloseTo(100 / total, 12);
    expect(r.tiers[1].value).toBe(99 + 98 + 97 + 96);
    expect(r.tiers.reduce((s, t) => s + t.valueShare, 0)).toBeCloseTo(1, 12);
    expect(r.metric).toBe('revenue');
  });

  test('ties by customer id ascending', () => {
    const s = summaryOf([5, 5, 5, 5, 5, 5, 5, 5, 5, 5], ['10', '9', '8', '7', '6', '5', '4', '3', '2', '1']);
    const r = pyramid(s, { metric: 'revenue', tiers: [0.2, 0.3, 0.5] });
    expect(s.ids.filter((_, i) => r.tier[i] === 0)).toEqual(['1', '2']);
  });

  test('presets and tier keys', () => {
    expect(pyramidPresets.map((p) => [...p.tiers])).toEqual([four, [0.2, 0.3, 0.5]]);
    expect(tierKeys(3)).toEqual(['top', 'middle', 'bottom']);
    expect(tierKeys(2)).toEqual(['tier1', 'tier2']);
  });

  test('invalid tiers are refused with the values received; input not mutated', () => {
    const s = summaryOf([1, 2, 3]);
    const before = snapshot(s);
    expect(() => pyramid(s, { metric: 'revenue', tiers: [0.5, 0.4] })).toThrow(/0.5, 0.4/);
    expect(() => pyramid(s, { metric: 'revenue', tiers: [] })).toThrow(/tiers/);
    expect(() => pyramid(s, { metric: 'revenue', tiers: [1.5, -0.5] })).toThrow(/1.5, -0.5/);
    expect(() => pyramid(s, { metric: 'nope', tiers: four })).toThrow(/unknown metric: nope/);
    pyramid(s, { metric: 'revenue', tiers: four });
    expect(snapshot(s)).toEqual(before);
  });
});
