import { describe, expect, test } from 'vitest';
import { unscored } from '../../../src/views/rfm/unscored.ts';

const u8 = (a: number[]) => Uint8Array.from(a);

describe('unscored(r, f, m)', () => {
  test.each([
    [[1, 2, 3], [1, 2, 3], [1, 2, 3], 0],
    [[0, 2, 3], [1, 2, 3], [1, 2, 3], 1],
    [[0, 0, 3], [0, 2, 3], [1, 2, 0], 3],
    [[], [], [], 0]
  ])('r=%j f=%j m=%j → %i', (r, f, m, n) => {
    expect(unscored(u8(r), u8(f), u8(m))).toBe(n);
  });

  test('rejects arrays of different lengths', () => {
    expect(() => unscored(u8([1]), u8([]), u8([1]))).toThrow(/lengths 1, 0, 1/);
  });
});
