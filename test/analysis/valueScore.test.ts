import { describe, expect, test } from 'vitest';
import { summarize } from '../../src/lib/analysis/summarize.ts';
import { valueScore, type ValueScoreConfig } from '../../src/lib/analysis/valueScore.ts';
import { customerTable, snapshot, summaryConfig } from './transactionTable.ts';

// revenue → min–max [100, 50, 0]; 利润 → [0, 100, 50]; 潜力 → [0, 50, 100].
const summary = summarize(customerTable(['c1', 'c2', 'c3'], [100, 50, 0], { 利润: [10, 30, 20], 潜力: [0, 5, 10], recency: [5, 50, 500] }), summaryConfig());
const config = (patch: Partial<ValueScoreConfig> = {}): ValueScoreConfig => ({
  indicators: [
    { metric: 'revenue', weight: 0.5, group: 'realised' },
    { metric: '利润', weight: 0.3, group: 'realised' },
    { metric: '潜力', weight: 0.2, group: 'potential' }
  ],
  normalisation: 'minmax',
  bands: [80, 60, 40, 0],
  ...patch
});

describe('valueScore(): weighted 0–100 score, tiers, realised/potential scorecard', () => {
  const before = snapshot(summary);
  const r = valueScore(summary, config());

  test('score = Σ weight × normalised indicator', () => {
    // c1 .5·100 + .3·0 + .2·0 = 50; c2 .5·50 + .3·100 + .2·50 = 65; c3 0 + .3·50 + .2·100 = 35.
    expect(Array.from(r.score).map((x) => +x.toFixed(9))).toEqual([50, 65, 35]);
  });

  test('tiers by band lower bounds; tier value = revenue', () => {
    expect(Array.from(r.tier)).toEqual([3, 2, 4]);
    expect(r.tiers).toEqual([
      { tier: 1, lower: 80, customers: 0, value: 0 },
      { tier: 2, lower: 60, customers: 1, value: 50 },
      { tier: 3, lower: 40, customers: 1, value: 100 },
      { tier: 4, lower: 0, customers: 1, value: 0 }
    ]);
  });

  test('realised and potential sub-scores (weights renormalised within each group); quadrant at 50', () => {
    expect(Array.from(r.realised).map((x) => +x.toFixed(9))).toEqual([62.5, 68.75, 18.75]);
    expect(Array.from(r.potential)).toEqual([0, 50, 100]);
    expect(Array.from(r.quadrant)).toEqual([1, 0, 2]); // 50 counts as high
    expect(r.quadrants.map((q) => q.customers)).toEqual([1, 1, 1, 0]);
    expect(r.used!.map((u) => u.weight)).toEqual([0.5, 0.3, 0.2]);
    expect(r.skipped).toEqual([]);
  });

  test('input not mutated', () => {
    expect(snapshot(summary)).toEqual(before);
  });

  test('weights that do not sum to 1 are renormalised; unknown metrics are skipped', () => {
    const doubled = valueScore(summary, config({ indicators: config().indicators.map((i) => ({ ...i, weight: i.weight * 2 })) }));
    expect(Array.from(doubled.score).map((x) => +x.toFixed(9))).toEqual([50, 65, 35]);
    const withUnknown = valueScore(summary, config({ indicators: [...config().indicators, { metric: 'nope', weight: 1, group: 'potential' }] }));
    expect(withUnknown.skipped).toEqual(['nope']);
    expect(Array.from(withUnknown.score).map((x) => +x.toFixed(9))).toEqual([50, 65, 35]);
  });

  test('a metric without any known value is skipped like an unknown one (customer table: orders, tenure)', () => {
    const d = valueScore(summary, { ...config(), indicators: [
      { metric: 'revenue', weight: 0.4, group: 'realised' },
      { metric: 'orders', weight: 0.2, group: 'potential' },
      { metric: 'tenure', weight: 0.2, group: 'potential' }
    ] });
    expect(d.skipped).toEqual(['orders', 'tenure']);
    expect(d.used!.map((u) => [u.metric, u.weight])).toEqual([['revenue', 1]]);
    expect(Array.from(d.score)).toEqual([100, 50, 0]);
  });

  test('all weights zero → equal weights', () => {
    const r0 = valueScore(summary, config({ indicators: config().indicators.map((i) => ({ ...i, weight: 0 })) }));
    expect(Array.from(r0.score).map((x) => +x.toFixed(9))).toEqual([100 / 3, 200 / 3, 50].map((x) => +x.toFixed(9)));
  });

  test('recency is turned round: fewer days scores higher', () => {
    const rr = valueScore(summary, config({ indicators: [{ metric: 'recency', weight: 1, group: 'realised' }] }));
    expect(Array.from(rr.score).map((x) => +x.toFixed(9))).toEqual([100, +((450 / 495) * 100).toFixed(9), 0]);
  });

  test('one group only: the other sub-score is NaN and the quadrant 255', () => {
    const one = valueScore(summary, config({ indicators: [{ metric: 'revenue', weight: 1, group: 'realised' }] }));
    expect(Array.from(one.potential).every(Number.isNaN)).toBe(true);
    expect(Array.from(one.quadrant)).toEqual([255, 255, 255]);
    expect(one.quadrants.reduce((n, q) => n + q.customers, 0)).toBe(0);
  });

  test('percentile normalisation', () => {
    const p = valueScore(summary, config({ normalisation: 'percentile' }));
    // revenue [100, 50, 0], 利润 [0, 100, 50], 潜力 [0, 50, 100]: the same ranks as min–max here.
    expect(Array.from(p.score).map((x) => +x.toFixed(9))).toEqual([50, 65, 35]);
  });

  test('empty input; a score below every band gets tier 0', () => {
    const e = valueScore(summarize(customerTable([], []), summaryConfig()), config());
    expect(e.score.length).toBe(0);
    const high = valueScore(summary, config({ bands: [90, 70] }));
    expect(Array.from(high.tier)).toEqual([0, 0, 0]);
  });

  test('invalid settings are refused with the values received', () => {
    expect(() => valueScore(summary, config({ bands: [0, 40] }))).toThrow(/bands: 0, 40/);
    expect(() => valueScore(summary, config({ indicators: [{ metric: 'revenue', weight: -1, group: 'realised' }] }))).toThrow(/weight for revenue: -1/);
    expect(() => valueScore(summary, config({ indicators: [{ metric: 'revenue', weight: 1, group: 'x' as 'realised' }] }))).toThrow(/group for revenue: x/);
  });
});
