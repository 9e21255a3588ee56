import { describe, expect, test } from 'vitest';
import { tierPresets, tierShares } from '../../../src/views/pyramid/tierShares.ts';
import { tierName } from '../../../src/views/pyramid/tierName.ts';

describe('tierShares()', () => {
  test.each([
    [[1, 4, 15, 80], [0.01, 0.04, 0.15, 0.8]],
    [[5, 15, 80], [0.05, 0.15, 0.8]],
    [[33.33, 33.33, 33.34], [0.3333, 0.3333, 0.3334]],
    [[50, 50.005], [0.5, 0.50005]]
  ])('accepts %j', (percent, shares) => {
    const r = tierShares(percent);
    expect('shares' in r).toBe(true);
    if ('shares' in r) r.shares.forEach((s, k) => expect(s).toBeCloseTo(shares[k], 10));
  });

  test.each([
    [[], [{ code: 'pyramid.error.count', params: { count: 0 } }]],
    [[100], [{ code: 'pyramid.error.count', params: { count: 1 } }]],
    [[10, 80], [{ code: 'pyramid.error.sum', params: { sum: '90' } }]],
    [[0, 100], [{ code: 'pyramid.error.positive', params: { tier: 1, value: '0' } }]],
    [[NaN, 20, 80], [{ code: 'pyramid.error.positive', params: { tier: 1, value: '—' } }]],
    [[-5, 25, 80], [{ code: 'pyramid.error.positive', params: { tier: 1, value: '-5' } }]]
  ])('refuses %j, saying why', (percent, errors) => {
    expect(tierShares(percent)).toEqual({ errors });
  });

  test('the presets add up to 100 %', () => {
    expect('shares' in tierShares(tierPresets.four)).toBe(true);
    expect('shares' in tierShares(tierPresets.three)).toBe(true);
  });

  test('the input is not changed', () => {
    const p = [1, 4, 15, 80];
    tierShares(p);
    expect(p).toEqual([1, 4, 15, 80]);
  });
});

describe('tierName()', () => {
  test.each([
    ['en', 'vip', 0, 'VIP customers'],
    ['zh', 'vip', 0, '顶尖客户'],
    ['zh', 'small', 3, '小客户'],
    ['zh', 'top', 0, '重要客户'],
    ['en', 'tier5', 4, 'Tier 5'],
    ['zh', 'tier5', 4, '第 5 层']
  ] as const)('%s %s', (locale, key, tier, name) => {
    expect(tierName(locale, { key, tier })).toBe(name);
  });
});
