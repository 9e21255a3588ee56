import { describe, expect, test } from 'vitest';
import { lorenz } from '../../src/lib/analysis/lorenz.ts';

/** Gini by the mean-difference definition Σ|xi − xj| / (2 n² mean), written independently of the engine. */
function giniByPairs(values: number[]): number {
  const x = values.map((v) => (v > 0 ? v : 0));
  const n = x.length;
  const sum = x.reduce((a, b) => a + b, 0);
  if (!n || !sum) return 0;
  let d = 0;
  for (const a of x) for (const b of x) d += Math.abs(a - b);
  return d / (2 * n * sum);
}

describe('lorenz(values, maxPoints)', () => {
  test.each([
    [[], 0],
    [[7], 0],
    [[3, 3, 3, 3], 0],
    [[0, 0, 0, 10], 0.75],
    [[1, 2, 3, 4], 0.25],
    [[0, 0], 0]
  ])('Gini of %j = %d', (values, g) => {
    expect(lorenz(values).gini).toBeCloseTo(g, 12);
  });

  test.each([[[5, 1, 9, 0, 2, 2, 40]], [[1, 1, 2, 3, 5, 8, 13, 21]], [[-5, 10, NaN, 3]]])('Gini of %j matches the pairwise definition', (values) => {
    expect(lorenz(values).gini).toBeCloseTo(giniByPairs(values.map((v) => (v === v ? v : 0))), 12);
  });

  test('curve from (0, 0) to (1, 1), ascending, below the diagonal', () => {
    const { x, y } = lorenz([1, 2, 3, 4]);
    expect(Array.from(x)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(Array.from(y)).toEqual([0, 0.1, 0.3, 0.6, 1]);
  });

  test('thinned to at most maxPoints, keeping both ends', () => {
    const values = Array.from({ length: 5000 }, (_, i) => (i * 7919) % 1000);
    const { x, y, gini } = lorenz(values);
    expect(x.length).toBe(512);
    expect(x[0]).toBe(0);
    expect(y[0]).toBe(0);
    expect(x[511]).toBe(1);
    expect(y[511]).toBe(1);
    for (let k = 1; k < 512; k++) {
      expect(x[k]).toBeGreaterThan(x[k - 1]);
      expect(y[k]).toBeGreaterThanOrEqual(y[k - 1]);
      expect(y[k]).toBeLessThanOrEqual(x[k] + 1e-12);
    }
    expect(gini).toBeCloseTo(lorenz(values, 2).gini, 12); // Gini from the full curve
    expect(lorenz(values, 2).x.length).toBe(2);
  });

  test('input not mutated; bad maxPoints refused', () => {
    const values = new Float64Array([3, 1, 2]);
    lorenz(values);
    expect(Array.from(values)).toEqual([3, 1, 2]);
    expect(() => lorenz(values, 1)).toThrow(/maxPoints: 1/);
  });
});
