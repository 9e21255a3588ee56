import { describe, expect, test } from 'vitest';
import { topCustomersCsv } from '../../../src/views/forecast/topCustomersCsv.ts';

describe('topCustomersCsv(rows, headers)', () => {
  const headers = ['#', 'id', 'p', 'e', 'v', 'clv'] as const;
  test('a header row, then rank and the figures; undefined figures empty', () => {
    const rows = [
      { index: 4, id: 'K1', pAlive: 0.9, expectedPurchases: 3.2, expectedOrderValue: 120, clv: 384 },
      { index: 0, id: 'K2', pAlive: 0.5, expectedPurchases: 1, expectedOrderValue: NaN, clv: NaN }
    ];
    expect(topCustomersCsv(rows, headers)).toEqual([[...headers], [1, 'K1', 0.9, 3.2, 120, 384], [2, 'K2', 0.5, 1, '', '']]);
  });

  test('no rows: the header only', () => {
    expect(topCustomersCsv([], headers)).toEqual([[...headers]]);
  });
});
