import { describe, expect, test } from 'vitest';
import { defaultConfig } from '../../src/lib/analysis/defaults.ts';
import { rfm, rfmAvailable, scorable, type RfmConfig } from '../../src/lib/analysis/rfm.ts';
import { summarize } from '../../src/lib/analysis/summarize.ts';
import type { Summary } from '../../src/lib/analysis/types.ts';
import { customerTable, snapshot, summaryConfig, transactionTable } from './transactionTable.ts';

// Customers c1…c10 with R, F and M given directly (a customer table with recency and order-count columns);
// c11 has no order (not scorable).
const R = [1, 5, 10, 20, 30, 60, 90, 120, 200, 400, NaN];
const F = [10, 8, 6, 5, 4, 3, 2, 1, 1, 1, 0];
const M = [1000, 800, 600, 500, 400, 300, 200, 100, 50, 10, 0];
const ids = R.map((_, i) => `c${i + 1}`);
const fixture = (): Summary => summarize(customerTable(ids, M, { recency: R, orders: F }), summaryConfig());
const config = (patch: Partial<RfmConfig> = {}): RfmConfig => ({ ...defaultConfig().rfm, ...patch });
const nameOf = (s: Summary, x: ReturnType<typeof rfm>) => s.ids.map((_, i) => x.segments[x.segment[i]].name);

describe('rfm(): rank quantiles and the R × F grid (defaults)', () => {
  const s = fixture();
  const before = snapshot(s);
  const x = rfm(s, config());

  test('scores by rank quantile, 0 for the customer without a positive order', () => {
    // Worked by hand from 1 + ⌊5·(r − 1)/10⌋, r − 1 = customers strictly worse.
    expect(Array.from(x.r)).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1, 0]);
    expect(Array.from(x.f)).toEqual([5, 5, 4, 4, 3, 3, 2, 1, 1, 1, 0]);
    expect(Array.from(x.m)).toEqual([5, 5, 4, 4, 3, 3, 2, 2, 1, 1, 0]);
    expect(x.emptyLevels).toEqual({ r: [], f: [], m: [] });
  });

  test('grid segments; the unscorable customer is "others"', () => {
    expect(nameOf(s, x)).toEqual([
      'champions', 'champions', 'loyal', 'loyal', 'needAttention', 'needAttention', 'hibernating', 'hibernating', 'hibernating', 'hibernating', 'others'
    ]);
    expect(x.segments.map((g) => g.name)).toEqual([
      'champions', 'loyal', 'potentialLoyalist', 'new', 'promising', 'needAttention', 'aboutToSleep', 'atRisk', 'cantLose', 'hibernating', 'others'
    ]);
    expect(x.segments.every((g) => g.action === `segment.${g.name}.action`)).toBe(true);
    expect(x.shadowed).toEqual([]);
  });

  test('segment summary: customers, shares, orders, revenue, aov, medians', () => {
    const champions = x.segments[0];
    expect(champions).toMatchObject({ customers: 2, orders: 18, revenue: 1800, aov: 100, medianR: 3, medianF: 9, medianM: 900 });
    expect(champions.customerShare).toBeCloseTo(2 / 11, 12);
    expect(champions.revenueShare).toBeCloseTo(1800 / 3960, 12);
    const others = x.segments[10];
    expect(others).toMatchObject({ customers: 1, orders: 0, revenue: 0, aov: 0 });
    expect(x.segments.reduce((n, g) => n + g.customers, 0)).toBe(11);
  });

  test('grid cells: customers, mean M and segment name; only scored customers', () => {
    expect(x.grid.length).toBe(5);
    expect(x.grid[4][4]).toEqual({ customers: 2, meanM: 900, segment: 'champions' });
    expect(x.grid[0][0]).toEqual({ customers: 2, meanM: 30, segment: 'hibernating' });
    expect(x.grid[4][0]).toEqual({ customers: 0, meanM: 0, segment: 'new' });
    expect(x.grid.flat().reduce((n, c) => n + c.customers, 0)).toBe(10);
  });

  test('the 8-class model on the mean split (R: days < mean; F, M: value > mean)', () => {
    expect(x.eight.split.r).toBeCloseTo(93.6, 12);
    expect(x.eight.split.f).toBeCloseTo(4.1, 12);
    expect(x.eight.split.m).toBeCloseTo(396, 12);
    // c1 HHH, c4 HHH, c5 HLH (M 400 > 396), c6 HLL, c7 HLL, c8 LLL, c11 not classed.
    const key = (i: number) => (x.eight.cls[i] === 255 ? null : x.eight.classes[x.eight.cls[i]].name);
    expect([0, 3, 4, 5, 6, 7, 10].map(key)).toEqual(['importantValue', 'importantValue', 'importantDevelop', 'generalDevelop', 'generalDevelop', 'generalWinBack', null]);
    expect(x.eight.classes.length).toBe(8);
    expect(x.eight.classes.reduce((n, c) => n + c.customers, 0)).toBe(10);
  });

  test('histograms of the scored customers', () => {
    expect(x.histograms.f.counts.reduce((a, b) => a + b, 0)).toBe(10);
    expect(x.histograms.r.counts.reduce((a, b) => a + b, 0)).toBe(10);
    expect(x.histograms.f.edges[0]).toBe(1); // integer F: unit bins
  });

  test('input not mutated', () => {
    expect(snapshot(s)).toEqual(before);
  });
});

describe('rfm(): other methods, schemes and k', () => {
  const s = fixture();

  test('thresholds: the configured cut points (defaults: the textbook recency table)', () => {
    const x = rfm(s, config({ method: 'thresholds' }));
    expect(Array.from(x.r)).toEqual([5, 5, 4, 4, 4, 3, 2, 2, 1, 1, 0]);
    expect(Array.from(x.f)).toEqual([5, 4, 4, 4, 3, 3, 2, 1, 1, 1, 0]);
    expect(Array.from(x.m)).toEqual([3, 3, 3, 2, 2, 2, 2, 1, 1, 1, 0]);
    expect(x.thresholds.cuts.r).toEqual([7, 30, 60, 120]);
    expect(x.emptyLevels.m).toEqual([4, 5]);
    expect(() => rfm(s, config({ method: 'thresholds', bins: 3 }))).toThrow(/4 cut points for 3 levels/);
  });

  test('mean and median split as scoring methods: Low = 1, High = k', () => {
    const x = rfm(s, config({ method: 'mean', bins: 3 }));
    expect(Array.from(x.r)).toEqual([3, 3, 3, 3, 3, 3, 3, 1, 1, 1, 0]);
    const y = rfm(s, config({ method: 'median' }));
    expect(Array.from(y.m)).toEqual([5, 5, 5, 5, 5, 1, 1, 1, 1, 1, 0]);
  });

  test.each([3, 4] as const)('k = %i: scores 1..k and a k × k grid', (k) => {
    const x = rfm(s, config({ bins: k }));
    expect(Math.max(...x.r)).toBe(k);
    expect(x.grid.length).toBe(k);
    expect(x.grid.every((row) => row.length === k)).toBe(true);
    expect(x.grid[k - 1][k - 1].segment).toBe('champions');
    expect(x.grid[0][0].segment).toBe('hibernating');
  });

  test("segments 'eight': the 8 classes plus others", () => {
    const x = rfm(s, config({ segments: 'eight' }));
    expect(x.segments.map((g) => g.name)).toEqual([
      'importantValue', 'importantRetain', 'importantDevelop', 'importantWinBack', 'generalValue', 'generalRetain', 'generalDevelop', 'generalWinBack', 'others'
    ]);
    expect(nameOf(s, x)[0]).toBe('importantValue');
    expect(nameOf(s, x)[10]).toBe('others');
  });

  test('custom rules: first match wins, unmatched → others, actions from the rule', () => {
    const x = rfm(s, config({
      segments: 'custom',
      customSegments: [
        { name: 'vip', r: [4, 5], f: [4, 5], m: [1, 5], action: 'call them' },
        { name: 'big spender', r: [1, 5], f: [1, 5], m: [5, 5] },
        { name: 'never', r: [5, 5], f: [5, 5], m: [5, 5] }
      ]
    }));
    expect(nameOf(s, x)).toEqual(['vip', 'vip', 'vip', 'vip', 'others', 'others', 'others', 'others', 'others', 'others', 'others']);
    expect(x.segments.map((g) => [g.name, g.action])).toEqual([['vip', 'call them'], ['big spender', ''], ['never', ''], ['others', 'segment.others.action']]);
    expect(x.shadowed).toEqual([2]);
    expect(x.grid[4][4].segment).toBe('vip'); // the cell's most common segment
  });

  test('the preset tables use their own rules, not customSegments', () => {
    const x = rfm(s, config({ segments: 'rfm-package-tests', customSegments: [{ name: 'ignored', r: [1, 5], f: [1, 5], m: [1, 5] }] }));
    expect(x.segments.map((g) => g.name)).not.toContain('ignored');
    expect(x.shadowed).toEqual([3, 4, 8]);
  });

  test('invalid settings are refused with the values received', () => {
    expect(() => rfm(s, config({ bins: 6 as 5 }))).toThrow(/levels: 6/);
    expect(() => rfm(s, config({ method: 'kmeans' as 'rank' }))).toThrow(/method: kmeans/);
    expect(() => rfm(s, config({ segments: 'nope' as 'grid' }))).toThrow(/scheme: nope/);
  });

  test('the result carries a copy of the config', () => {
    const c = config();
    const x = rfm(s, c);
    c.thresholds.r.push(999);
    expect(x.config.thresholds.r).toEqual([7, 30, 60, 120]);
  });
});

describe('rfm(): edge cases on transactions', () => {
  test('no customers', () => {
    const x = rfm(summarize(transactionTable([]), summaryConfig()), config());
    expect(x.r.length).toBe(0);
    expect(x.segments.every((g) => g.customers === 0)).toBe(true);
  });

  test('one customer: top level on every dimension', () => {
    const s = summarize(transactionTable([{ customer: 'a', date: '2024-01-01', amount: 5 }]), summaryConfig());
    const x = rfm(s, config());
    expect([x.r[0], x.f[0], x.m[0]]).toEqual([1, 1, 1]); // nobody is strictly worse: r = 1
    expect(x.emptyLevels.r).toEqual([2, 3, 4, 5]);
  });

  test('returns only, zero-value orders and ties', () => {
    const s = summarize(transactionTable([
      { customer: 'ret', date: '2024-01-01', amount: -5 },
      { customer: 'zero', date: '2024-01-01', amount: 0 },
      { customer: 'x', date: '2024-01-02', amount: 10 },
      { customer: 'y', date: '2024-01-02', amount: 10 }
    ]), summaryConfig());
    expect(s.ids).toEqual(['ret', 'x', 'y', 'zero']);
    expect(Array.from(scorable(s))).toEqual([0, 1, 1, 0]);
    expect(rfmAvailable(s)).toBe(true);
    const x = rfm(s, config());
    expect(Array.from(x.r)).toEqual([0, 1, 1, 0]); // equal values, equal scores
    expect(nameOf(s, x)).toEqual(['others', 'hibernating', 'hibernating', 'others']);
  });

  test('a customer table without recency is not available for RFM', () => {
    expect(rfmAvailable(summarize(customerTable(['a'], [1]), summaryConfig()))).toBe(false);
  });
});
