import { describe, expect, test } from 'vitest';
import { profitLabels } from '../../../src/views/profit/profitLabels.ts';
import type { ProfitabilityResult } from '../../../src/lib/analysis/profitability.ts';

const tr = (key: string, params?: Record<string, unknown>) => (params ? `${key}(${JSON.stringify(params)})` : key);
const base = (over: Partial<ProfitabilityResult>): ProfitabilityResult => ({
  available: true,
  customers: [],
  products: [],
  cells: [],
  group: new Uint8Array(0),
  groups: [],
  byProduct: true,
  otherProducts: 0,
  otherCustomers: 0,
  ...over
});

describe('profitLabels(result, ids, translate)', () => {
  const ids = ['C1', 'C2', 'C3'];
  test('customer indices become ids; the merged column and row are named with their counts', () => {
    const labels = profitLabels(base({ customers: [2, 0, null], products: ['Tea', ''], otherProducts: 4, otherCustomers: 1 }), ids, tr);
    expect(labels.customers).toEqual(['C3', 'C1', 'profit.otherCustomers({"n":1})']);
    expect(labels.products).toEqual(['Tea', 'profit.otherProducts({"n":4})']);
  });
  test('the last row holds only rows without a product when no product was merged', () => {
    expect(profitLabels(base({ products: ['Tea', ''] }), ids, tr).products).toEqual(['Tea', 'profit.noProduct']);
  });
  test('without a product column the single row is all products', () => {
    expect(profitLabels(base({ products: [''], byProduct: false }), ids, tr).products).toEqual(['profit.allProducts']);
  });
  test('a product literally named like a key is kept as is', () => {
    expect(profitLabels(base({ products: ['profit.title'] }), ids, tr).products).toEqual(['profit.title']);
  });
  test('rejects a customer index outside the ids', () => {
    expect(() => profitLabels(base({ customers: [3] }), ids, tr)).toThrow(/invalid customer index in profitability result: 3 of 3/);
  });
});
