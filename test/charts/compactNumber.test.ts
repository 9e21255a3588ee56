import { describe, expect, test } from 'vitest';
import { axisNumber, compactNumber } from '../../src/lib/charts/compactNumber.ts';

describe('compactNumber(value, locale)', () => {
  test.each([
    [1234, 'en', '1.2K'],
    [-28269, 'en', '-28.3K'],
    [3_400_000, 'en', '3.4M'],
    [272.8, 'en', '272.8'],
    [0, 'en', '0'],
    [12345, 'zh', '1.2万'],
    [NaN, 'en', '—'],
    [Infinity, 'zh', '—']
  ] as const)('%f (%s) → %s', (value, locale, text) => {
    expect(compactNumber(value, locale)).toBe(text);
  });
});

describe('axisNumber(max, locale): one style per axis', () => {
  test('Chinese: every tick in the unit of the largest', () => {
    const f = axisNumber(18_000, 'zh');
    expect([0, 6000, 12_000, 18_000].map(f)).toEqual(['0', '0.6万', '1.2万', '1.8万']);
    expect([0, 2e8, 1.5e8].map(axisNumber(2e8, 'zh'))).toEqual(['0', '2亿', '1.5亿']);
    expect([0, 2500, 5000].map(axisNumber(5000, 'zh'))).toEqual(['0', '2,500', '5,000']);
    expect(axisNumber(-30_000, 'zh')(-15_000)).toBe('-1.5万');
  });

  test('English: the compact style', () => {
    expect([500, 1500, 2_000_000].map(axisNumber(2_000_000, 'en'))).toEqual(['500', '1.5K', '2M']);
  });
});
