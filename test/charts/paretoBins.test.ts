import { describe, expect, test } from 'vitest';
import { paretoBins } from '../../src/lib/charts/paretoBins.ts';
import { changhai } from './changhai.ts';

/** An ABC-like ranking of n customers with values v (already in rank order) and classes cls. */
function ranked(values: number[], cls: number[]) {
  const total = values.reduce((a, b) => a + (b > 0 ? b : 0), 0);
  let cum = 0;
  const cumShare = values.map((v) => (cum += v > 0 ? v : 0) / (total || 1));
  return { order: Int32Array.from(values.map((_, i) => i)), value: Float64Array.from(values), cumShare: Float64Array.from(cumShare), cls: Uint8Array.from(cls) };
}

describe('paretoBins()', () => {
  test('the golden case: one bar per customer, in rank order, with its class and cumulative share', () => {
    const { abc } = changhai();
    const bins = paretoBins(abc);
    expect(bins).toHaveLength(14);
    expect(bins.map((b) => b.sum)).toEqual([740, 590, 140, 120, 100, 68, 50, 50, 40, 40, 20, 20, 12, 10]);
    expect(bins.map((b) => b.cls)).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2]);
    expect(bins.map((b) => Math.round(b.cumShare * 1000) / 10)).toEqual([37, 66.5, 73.5, 79.5, 84.5, 87.9, 90.4, 92.9, 94.9, 96.9, 97.9, 98.9, 99.5, 100]);
  });

  test.each([
    ['empty input', [], [], 150, []],
    ['one customer', [5], [0], 150, [[0, 1, 5]]],
    ['bins of ⌈n / max⌉ customers', [6, 5, 4, 3, 2, 1], [0, 0, 0, 0, 0, 0], 3, [[0, 2, 11], [2, 4, 7], [4, 6, 3]]],
    ['a bin never straddles a class boundary', [6, 5, 4, 3, 2, 1], [0, 0, 0, 1, 1, 2], 3, [[0, 2, 11], [2, 3, 4], [3, 5, 5], [5, 6, 1]]],
    ['zero and negative values stay in the last bins', [3, 0, -2], [0, 2, 2], 1, [[0, 1, 3], [1, 3, -2]]]
  ] as const)('%s', (_, values, cls, max, expected) => {
    const bins = paretoBins(ranked([...values], [...cls]), max);
    expect(bins.map((b) => [b.start, b.end, b.sum])).toEqual(expected);
    for (const b of bins) {
      expect(b.customers).toBe(b.end - b.start);
      expect(b.mean).toBeCloseTo(b.sum / b.customers);
    }
  });

  test('min, max and mean of a bin', () => {
    const [bin] = paretoBins(ranked([9, 4, 2], [0, 0, 0]), 1);
    expect(bin).toMatchObject({ min: 2, max: 9, mean: 5, customers: 3, cumShare: 1 });
  });

  test('the input is not changed', () => {
    const input = ranked([3, 2, 1], [0, 1, 2]);
    const copy = structuredClone(input);
    paretoBins(input, 2);
    expect(input).toEqual(copy);
  });

  test.each([0, -1, 1.5, NaN])('rejects maxBins %s', (max) => {
    expect(() => paretoBins(ranked([1], [0]), max)).toThrow(/invalid maxBins/);
  });
});
