import { describe, expect, test } from 'vitest';
import { normalise } from '../../src/lib/analysis/normalise.ts';

const run = (values: number[], method: 'minmax' | 'percentile', invert = false) => Array.from(normalise(Float64Array.from(values), method, invert));

describe('normalise(values, method, invert)', () => {
  test.each([
    [[0, 5, 10], 'minmax', false, [0, 50, 100]],
    [[0, 5, 10], 'minmax', true, [100, 50, 0]],
    [[-10, 0, 30], 'minmax', false, [0, 25, 100]],
    [[7, 7, 7], 'minmax', false, [50, 50, 50]],
    [[3, NaN, 9], 'minmax', false, [0, 0, 100]], // missing → 0, left out of min and max
    [[10, 20, 20, 30], 'percentile', false, [0, 50, 50, 100]], // ties count half
    [[10, 20, 20, 30], 'percentile', true, [100, 50, 50, 0]],
    [[4, 4], 'percentile', false, [50, 50]],
    [[5], 'percentile', false, [50]],
    [[1, NaN, 2, 3], 'percentile', false, [0, 0, 50, 100]],
    [[], 'minmax', false, []],
    [[NaN, NaN], 'percentile', false, [0, 0]]
  ] as const)('%j %s invert=%s → %j', (values, method, invert, expected) => {
    expect(run([...values], method, invert)).toEqual(expected);
  });

  test('input not mutated; unknown method refused', () => {
    const v = Float64Array.from([3, 1, 2]);
    normalise(v, 'percentile');
    expect(Array.from(v)).toEqual([3, 1, 2]);
    expect(() => normalise(v, 'zscore' as 'minmax')).toThrow(/normalisation: zscore/);
  });
});
