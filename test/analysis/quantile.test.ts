import { describe, expect, test } from 'vitest';
import { median } from '../../src/lib/analysis/median.ts';
import { quantile, quantileSorted, sortedFinite } from '../../src/lib/analysis/quantile.ts';
import { quantile7 } from '../../src/lib/analysis/quantile7.ts';

// R: quantile(c(1, 2, 3, 4, 10), c(0, .1, .25, .5, .9, 1)) = 1, 1.4, 2, 3, 7.6, 10 (type 7).
describe('quantile type 7 (R default)', () => {
  test.each([
    [0, 1],
    [0.1, 1.4],
    [0.25, 2],
    [0.5, 3],
    [0.9, 7.6],
    [1, 10]
  ])('p = %d → %d', (p, expected) => {
    expect(quantile([10, 3, 1, 4, 2], p)).toBeCloseTo(expected, 12);
    expect(quantile7([10, 3, 1, 4, 2], p)).toBeCloseTo(expected, 12);
    expect(quantileSorted([1, 2, 3, 4, 10], p)).toBeCloseTo(expected, 12);
  });

  test('NaN ignored by quantile() and median(); empty → NaN; p outside [0, 1] refused', () => {
    expect(quantile([NaN, 5, 1], 0.5)).toBe(3);
    expect(median([NaN, 2, 8, 4])).toBe(4);
    expect(median([])).toBeNaN();
    expect(quantile7([], 0.5)).toBeNaN();
    expect(() => quantile([1], 1.5)).toThrow(/probability: 1.5/);
    expect(() => quantile7([1], -0.1)).toThrow(/p: -0.1/);
  });

  test('sortedFinite: ascending finite values; input not mutated', () => {
    const v = [3, Infinity, 1, NaN, 2];
    expect(Array.from(sortedFinite(v))).toEqual([1, 2, 3]);
    expect(v).toEqual([3, Infinity, 1, NaN, 2]);
  });
});
