import { describe, expect, test } from 'vitest';
import { equalWeights, weightSum } from '../../../src/views/value/weightSum.ts';

const w = (...weights: number[]) => weights.map((weight) => ({ weight }));

describe('weightSum(indicators)', () => {
  test.each([
    [w(0.4, 0.2, 0.2, 0.2), 100, true],
    [w(0.1, 0.2, 0.7), 100, true],
    [w(0.333, 0.333, 0.334), 100, true],
    [w(0.5, 0.4), 90, false],
    [w(0.6, 0.6), 120, false],
    [w(0.9995), 100, true],
    [w(), 0, false],
    [w(NaN, 1), NaN, false]
  ])('%j → %f %%, ok %s', (indicators, percent, ok) => {
    expect(weightSum(indicators)).toEqual({ percent, ok });
  });
});

describe('equalWeights(n)', () => {
  test.each([
    [1, [1]],
    [2, [0.5, 0.5]],
    [3, [0.334, 0.333, 0.333]],
    [0, []]
  ])('%i → %j, summing to 100 %%', (n, weights) => {
    expect(equalWeights(n)).toEqual(weights);
    if (n) expect(weightSum(weights.map((weight) => ({ weight }))).ok).toBe(true);
  });
  test('rejects a negative or fractional count', () => {
    expect(() => equalWeights(-1)).toThrow(/invalid indicator count: -1/);
    expect(() => equalWeights(1.5)).toThrow(/1.5/);
  });
});
