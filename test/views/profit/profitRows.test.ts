import { describe, expect, test } from 'vitest';
import { profitRows } from '../../../src/views/profit/profitRows.ts';

describe('profitRows(cells, products, customers, corner, totalLabel)', () => {
  test('header of customers, one row per product with its total, cents rounded', () => {
    expect(profitRows([[1.005, -2], [0, 3.333]], ['Tea', 'Rice'], ['C1', 'Others'], 'Product', 'Total')).toEqual([
      ['Product', 'C1', 'Others', 'Total'],
      ['Tea', 1, -2, -1],
      ['Rice', 0, 3.33, 3.33]
    ]);
  });
  test('empty matrix: the header only', () => {
    expect(profitRows([], [], ['C1'], 'P', 'T')).toEqual([['P', 'C1', 'T']]);
  });
  test('rejects a matrix that does not match its labels', () => {
    expect(() => profitRows([[1]], ['a', 'b'], ['c'], 'P', 'T')).toThrow(/1 rows for 2 products/);
    expect(() => profitRows([[1, 2]], ['a'], ['c'], 'P', 'T')).toThrow(/row 0 has 2 cells for 1 customers/);
  });
});
