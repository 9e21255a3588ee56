import { describe, expect, test } from 'vitest';
import { profitCore } from '../../../src/views/profit/profitCore.ts';

describe('profitCore(result)', () => {
  test('drops the merged product row and the merged customer column', () => {
    const cells = [
      [1, -2, 900],
      [3, 4, 800],
      [500, 600, 700]
    ];
    expect(profitCore({ cells, products: ['a', 'b', ''], customers: [0, 1, null], byProduct: true })).toEqual([
      [1, -2],
      [3, 4]
    ]);
  });
  test('keeps the single row of a table without a product column', () => {
    expect(profitCore({ cells: [[5, 9]], products: [''], customers: [0, null], byProduct: false })).toEqual([[5]]);
  });
  test('falls back to every cell when nothing individual is left', () => {
    expect(profitCore({ cells: [[7]], products: [''], customers: [null], byProduct: true })).toEqual([[7]]);
  });
  test('does not mutate the cells', () => {
    const cells = [[1, 2]];
    profitCore({ cells, products: ['a'], customers: [0, null], byProduct: true })[0][0] = 99;
    expect(cells).toEqual([[1, 2]]);
  });
});
