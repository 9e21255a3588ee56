import { describe, expect, test } from 'vitest';
import { sortOrder } from '../../src/lib/ui/sortOrder.ts';

const numbers = [5, NaN, -1, 5, 0];
const texts = ['C10', 'C9', '', 'c2', '客户'];

describe('sortOrder()', () => {
  test.each([
    ['numbers ascending, ties in input order, NaN last', numbers, 'ascending', [2, 4, 0, 3, 1]],
    ['numbers descending, ties in input order, NaN still last', numbers, 'descending', [0, 3, 4, 2, 1]],
    ['text with natural order (C9 before C10), case-insensitive, Chinese collation (Han first), empty last', texts, 'ascending', [4, 3, 1, 0, 2]],
    ['text descending, empty still last', texts, 'descending', [0, 1, 3, 4, 2]]
  ] as const)('%s', (_, values, direction, expected) => {
    const rows = [0, 1, 2, 3, 4];
    expect(Array.from(sortOrder(rows, (i) => values[i], direction))).toEqual(expected);
  });

  test('sorts the given rows only, returning row ids; input not changed', () => {
    const rows = Int32Array.from([4, 2, 0]);
    expect(Array.from(sortOrder(rows, (i) => numbers[i], 'ascending'))).toEqual([2, 4, 0]);
    expect(Array.from(rows)).toEqual([4, 2, 0]);
  });

  test('empty and one row', () => {
    expect(Array.from(sortOrder([], () => 0, 'ascending'))).toEqual([]);
    expect(Array.from(sortOrder([7], () => 1, 'descending'))).toEqual([7]);
  });

  test('100,000 rows sort quickly and correctly', () => {
    const n = 100_000;
    const values = Float64Array.from({ length: n }, (_, i) => (i * 7919) % n);
    const out = sortOrder(Int32Array.from({ length: n }, (_, i) => i), (i) => values[i], 'descending');
    for (let k = 1; k < n; k++) expect(values[out[k - 1]] >= values[out[k]]).toBe(true);
  });
});
