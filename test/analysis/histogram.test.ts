import { describe, expect, test } from 'vitest';
import { histogram } from '../../src/lib/analysis/histogram.ts';

const total = (h: { counts: number[] }) => h.counts.reduce((a, b) => a + b, 0);

describe('histogram(values, maxBins)', () => {
  test('small integer ranges: unit bins [v, v + 1)', () => {
    const h = histogram([1, 1, 2, 5, NaN]);
    expect(h.edges).toEqual([1, 2, 3, 4, 5, 6]);
    expect(h.counts).toEqual([2, 1, 0, 0, 1]);
  });

  test('one value', () => {
    expect(histogram([2.5, 2.5])).toEqual({ edges: [2.5, 3.5], counts: [2] });
  });

  test('wide ranges: at most maxBins nice bins covering every value, ascending edges', () => {
    const values = Array.from({ length: 1000 }, (_, i) => i * 1.7);
    const h = histogram(values, 10);
    expect(h.counts.length).toBeLessThanOrEqual(10);
    expect(total(h)).toBe(1000);
    expect(h.edges[0]).toBeLessThanOrEqual(0);
    expect(h.edges.at(-1)!).toBeGreaterThanOrEqual(999 * 1.7);
    for (let k = 1; k < h.edges.length; k++) expect(h.edges[k]).toBeGreaterThan(h.edges[k - 1]);
  });

  test('a long tail gets one last bin up to the maximum', () => {
    const values = [...Array.from({ length: 990 }, (_, i) => i % 100), ...Array.from({ length: 10 }, (_, i) => 10_000 + i)];
    const h = histogram(values, 20);
    expect(h.edges.at(-1)).toBe(10_009);
    expect(h.counts.at(-1)).toBeGreaterThanOrEqual(10);
    expect(total(h)).toBe(1000);
  });

  test('negative values (returns) and empty input', () => {
    const h = histogram([-250.5, -10, 0, 30.25, 99.9]);
    expect(total(h)).toBe(5);
    expect(h.edges[0]).toBeLessThanOrEqual(-250.5);
    expect(histogram([])).toEqual({ edges: [], counts: [] });
    expect(() => histogram([1], 0)).toThrow(/maxBins: 0/);
  });
});
