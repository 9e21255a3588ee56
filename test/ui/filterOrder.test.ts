import { describe, expect, test } from 'vitest';
import { filterOrder } from '../../src/lib/ui/filterOrder.ts';

const ids = ['C001', 'c002', '客户A', 'X10'];
const text = (i: number) => ids[i];

describe('filterOrder()', () => {
  test.each([
    ['empty query keeps every row in order', [3, 0, 1, 2], '', [3, 0, 1, 2]],
    ['blank query too', [1, 0], '   ', [1, 0]],
    ['case-insensitive substring, input order kept', [3, 1, 0, 2], 'c00', [1, 0]],
    ['query trimmed', [0, 1], ' 002 ', [1]],
    ['Chinese text', [0, 1, 2, 3], '客户', [2]],
    ['no match', [0, 1, 2, 3], 'zzz', []],
    ['empty input', [], 'c', []]
  ])('%s', (_, rows, query, expected) => {
    expect(Array.from(filterOrder(rows, text, query))).toEqual(expected);
  });

  test('returns a new array; the input is not changed', () => {
    const rows = Int32Array.from([2, 1, 0]);
    const out = filterOrder(rows, text, '');
    expect(out).not.toBe(rows);
    expect(Array.from(rows)).toEqual([2, 1, 0]);
  });
});
