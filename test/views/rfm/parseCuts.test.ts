import { describe, expect, test } from 'vitest';
import { parseCuts } from '../../../src/views/rfm/parseCuts.ts';

describe('parseCuts(text, k)', () => {
  test.each([
    ['7, 30, 60, 120', 5, [7, 30, 60, 120]],
    ['120 60 30 7', 5, [120, 60, 30, 7]],
    ['1，2、4；8', 5, [1, 2, 4, 8]],
    ['１００, ５００', 3, [100, 500]],
    ['0.5, 1.5, 2.5', 4, [0.5, 1.5, 2.5]],
    ['-10, 0', 3, [-10, 0]]
  ] as const)('%j with k = %i → %j', (text, k, cuts) => {
    expect(parseCuts(text, k)).toEqual({ ok: true, cuts });
  });

  test.each([
    ['7, 30, 60', 5, 'count'],
    ['', 3, 'count'],
    ['7, x, 60, 120', 5, 'number'],
    ['7, 30, 30, 120', 5, 'order'],
    ['7, 60, 30, 120', 5, 'order']
  ] as const)('%j with k = %i is refused (%s), naming what was received', (text, k, error) => {
    expect(parseCuts(text, k)).toEqual({ ok: false, error, received: text });
  });
});
