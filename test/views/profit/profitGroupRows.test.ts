import { describe, expect, test } from 'vitest';
import { profitGroupCsv, profitGroupRows } from '../../../src/views/profit/profitGroupRows.ts';

const groups = [
  { group: 'profitable' as const, customers: 6, profit: 300, revenue: 1000 },
  { group: 'mixed' as const, customers: 3, profit: 50, revenue: 500 },
  { group: 'loss' as const, customers: 1, profit: -20, revenue: 0 }
];

describe('profitGroupRows(groups, customers)', () => {
  test('shares of the customers with profit data, margins, and the customers without data', () => {
    const { rows, withoutData } = profitGroupRows(groups, 12);
    expect(withoutData).toBe(2);
    expect(rows.map((r) => [r.code, r.group, r.customers, r.customerShare, r.margin])).toEqual([
      [0, 'profitable', 6, 0.6, 0.3],
      [1, 'mixed', 3, 0.3, 0.1],
      [2, 'loss', 1, 0.1, NaN]
    ]);
  });
  test('no customer with profit data: shares are NaN', () => {
    const { rows, withoutData } = profitGroupRows(groups.map((g) => ({ ...g, customers: 0 })), 4);
    expect(withoutData).toBe(4);
    expect(rows.every((r) => Number.isNaN(r.customerShare))).toBe(true);
  });
  test('rejects more grouped customers than customers', () => {
    expect(() => profitGroupRows(groups, 5)).toThrow(/10 customers in groups, 5 in all/);
  });
});

describe('profitGroupCsv(rows, translate)', () => {
  test('translated header and group names, shares and margins as percentages, blank margin when undefined', () => {
    const csv = profitGroupCsv(profitGroupRows(groups, 10).rows, (k) => k);
    expect(csv[0]).toEqual(['profit.groups.group', 'profit.groups.customers', 'profit.groups.csv.customerShare', 'profit.groups.profit', 'profit.groups.revenue', 'profit.groups.csv.margin']);
    expect(csv[1]).toEqual(['profit.group.profitable', 6, 60, 300, 1000, 30]);
    expect(csv[3][5]).toBeNaN();
  });
});
