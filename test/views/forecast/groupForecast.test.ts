import { describe, expect, test } from 'vitest';
import { groupForecast } from '../../../src/views/forecast/groupForecast.ts';

const fc = (included: number[], pAlive: number[], clv: number[]) => ({ included: Uint8Array.from(included), pAlive: Float64Array.from(pAlive), clv: Float64Array.from(clv) });

describe('groupForecast(fc, codes, labels, other)', () => {
  test('mean P(alive), total CLV and members per code, in code order, base customers only', () => {
    const groups = groupForecast(fc([1, 1, 1, 0], [0.2, 0.6, 1, 0.9], [10, 30, 5, 99]), [1, 0, 1, 1], ['A', 'B'], 'other');
    expect(groups.map((g) => [g.label, g.customers, g.meanPAlive, g.totalClv, Array.from(g.members)])).toEqual([
      ['A', 1, 0.6, 30, [1]],
      ['B', 2, 0.6, 15, [0, 2]]
    ]);
  });

  test('a code without a label is named `other`; NaN values are left out of the figures', () => {
    const [g] = groupForecast(fc([1, 1], [NaN, 0.4], [NaN, NaN]), [3, 3], ['A'], 'Not scored');
    expect(g.label).toBe('Not scored');
    expect(g.customers).toBe(2);
    expect(g.meanPAlive).toBe(0.4);
    expect(g.totalClv).toBeNaN();
  });

  test('no customers in the base gives no groups', () => {
    expect(groupForecast(fc([0], [0.5], [1]), [0], ['A'], '')).toEqual([]);
    expect(groupForecast(fc([], [], []), [], [], '')).toEqual([]);
  });

  test('codes of another length throw', () => {
    expect(() => groupForecast(fc([1], [1], [1]), [0, 1], [], '')).toThrow('invalid codes: 2 for 1 customers');
  });
});
