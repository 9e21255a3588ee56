import { describe, expect, test } from 'vitest';
import { significant } from '../../../src/views/forecast/significant.ts';

describe('significant(value, digits)', () => {
  test.each([
    [0.243, 3, 3],
    [4.41, 3, 2],
    [79.3, 3, 1],
    [1234, 3, 0],
    [-0.05, 3, 4],
    [0.000001, 3, 6],
    [52, 1, 0],
    [52, 3, 0],
    [52.5, 3, 1],
    [0, 3, 0],
    [NaN, 3, 0],
    [Infinity, 3, 0]
  ])('%d to %d digits: %d decimals', (value, digits, decimals) => {
    expect(significant(value, digits)).toBe(decimals);
  });

  test('invalid digits throw', () => {
    expect(() => significant(1, 0)).toThrow('invalid digits: 0');
  });
});
