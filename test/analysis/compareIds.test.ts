import { describe, expect, test } from 'vitest';
import { compareIds } from '../../src/lib/analysis/compareIds.ts';

const sign = (x: number) => (x < 0 ? -1 : x > 0 ? 1 : 0);

describe('compareIds(a, b): natural, locale-independent id order', () => {
  test.each([
    ['9', '14', -1],
    ['14', '9', 1],
    ['2', '2', 0],
    ['1.5', '2', -1],
    ['-3', '1', -1],
    ['17850.0', '12346.0', 1],
    ['007', '7', -1], // same value: code-unit order keeps the order total
    ['a2', 'a10', -1],
    ['a10', 'a2', 1],
    ['C-9', 'C-10', -1],
    ['客户2', '客户10', -1],
    ['客户A', '客户B', -1],
    ['B', 'a', -1], // code units, not locale
    ['abc', 'abcd', -1],
    ['x01', 'x1', -1],
    ['', 'a', -1]
  ])('compareIds(%j, %j) has sign %i', (a, b, expected) => {
    expect(sign(compareIds(a, b))).toBe(expected);
    expect(sign(compareIds(b, a))).toBe(0 - expected || 0);
  });

  test('sorts a mixed list into one total, transitive order', () => {
    const ids = ['14', '9', 'a10', 'a2', '1', '100', 'a', 'B', '客户10', '客户2', '007', '7'];
    const sorted = [...ids].sort(compareIds);
    expect(sorted).toEqual(['1', '007', '7', '9', '14', '100', 'B', 'a', 'a2', 'a10', '客户2', '客户10']);
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) expect(compareIds(sorted[i], sorted[j])).toBeLessThan(0);
    }
  });
});
