import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/lib/sample/random.ts';

const draw = (seed: number, n: number) => {
  const rnd = createRandom(seed);
  return Array.from({ length: n }, () => rnd.next());
};

describe('createRandom(seed)', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    expect(draw(7, 50)).toEqual(draw(7, 50));
    expect(draw(7, 50)).not.toEqual(draw(8, 50));
  });

  it('is pinned: a change of algorithm changes every generated sample', () => {
    expect(draw(1, 3).map((x) => x.toFixed(12))).toEqual(draw(1, 3).map((x) => x.toFixed(12)));
    const values = draw(1, 1000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });

  it.each([
    [0, 0],
    [1, 6],
    [-3, 3]
  ])('int(%i, %i) stays within its inclusive bounds and reaches both', (lo, hi) => {
    const rnd = createRandom(3);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = rnd.int(lo, hi);
      expect(Number.isInteger(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(lo);
      expect(v).toBeLessThanOrEqual(hi);
      seen.add(v);
    }
    expect(seen.size).toBe(hi - lo + 1);
  });

  it('pick(weights) never picks a zero weight and follows the weights', () => {
    const rnd = createRandom(4);
    const counts = [0, 0, 0];
    for (let i = 0; i < 10_000; i++) counts[rnd.pick([1, 0, 3])]++;
    expect(counts[1]).toBe(0);
    expect(counts[2] / counts[0]).toBeGreaterThan(2.5);
    expect(counts[2] / counts[0]).toBeLessThan(3.5);
  });

  it('normal() has mean ≈ 0 and variance ≈ 1', () => {
    const rnd = createRandom(5);
    const xs = Array.from({ length: 20_000 }, () => rnd.normal());
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });

  it.each([[1.5], [NaN]])('rejects the seed %s', (seed) => {
    expect(() => createRandom(seed)).toThrow(`invalid seed: ${seed}`);
  });
});
