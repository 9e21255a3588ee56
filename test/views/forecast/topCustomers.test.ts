import { describe, expect, test } from 'vitest';
import { topCustomers } from '../../../src/views/forecast/topCustomers.ts';

const fc = (included: number[], clv: number[], expected = clv.map(() => 1)) => ({
  included: Uint8Array.from(included),
  pAlive: Float64Array.from(clv, () => 0.5),
  expectedPurchases: Float64Array.from(expected),
  expectedOrderValue: Float64Array.from(clv, () => 10),
  clv: Float64Array.from(clv)
});

describe('topCustomers(fc, ids, limit)', () => {
  test('ranks the base by CLV, largest first, ties by id, limited', () => {
    const rows = topCustomers(fc([1, 1, 1, 1], [5, 9, 5, 1]), ['d', 'a', 'c', 'b'], 3);
    expect(rows.map((r) => r.id)).toEqual(['a', 'c', 'd']);
    expect(rows[0]).toEqual({ index: 1, id: 'a', pAlive: 0.5, expectedPurchases: 1, expectedOrderValue: 10, clv: 9 });
  });

  test('leaves out customers not in the base', () => {
    expect(topCustomers(fc([0, 1], [100, 1]), ['x', 'y']).map((r) => r.id)).toEqual(['y']);
  });

  test('without CLV (no spend model) ranks by expected purchases; NaN last', () => {
    const rows = topCustomers(fc([1, 1, 1], [NaN, NaN, NaN], [1, NaN, 3]), ['a', 'b', 'c']);
    expect(rows.map((r) => r.id)).toEqual(['c', 'a', 'b']);
  });

  test('a customer with CLV ranks before one without, even at a negative CLV', () => {
    expect(topCustomers(fc([1, 1], [NaN, -2], [9, 1]), ['a', 'b']).map((r) => r.id)).toEqual(['b', 'a']);
  });

  test('empty input gives no rows; the input is not mutated', () => {
    expect(topCustomers(fc([], []), [])).toEqual([]);
    const input = fc([1, 1], [1, 2]);
    topCustomers(input, ['a', 'b']);
    expect(Array.from(input.clv)).toEqual([1, 2]);
  });

  test('an invalid limit throws', () => {
    expect(() => topCustomers(fc([], []), [], -1)).toThrow('invalid limit: -1');
  });
});
