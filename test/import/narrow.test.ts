import { describe, expect, test } from 'vitest';
import { isCategoryColumn, narrowed, widestCodes, widestValues } from '../../src/lib/import/narrow.ts';
import { toTable } from '../../src/lib/import/toTable.ts';

describe('narrowed: a stored chunk in the narrowest array that holds it exactly', () => {
  test('category codes by their largest code; -1 (missing) fits each width', () => {
    expect(narrowed('region', Int32Array.of(0, 6, -1))).toEqual(Int8Array.of(0, 6, -1));
    expect(narrowed('c:channel', Int32Array.of(127))).toBeInstanceOf(Int8Array);
    expect(narrowed('product', Int32Array.of(128, -1))).toEqual(Int16Array.of(128, -1));
    expect(narrowed('customer', Int32Array.of(32_767))).toBeInstanceOf(Int16Array);
    const wide = Int32Array.of(32_768, 0);
    expect(narrowed('order', wide)).toBe(wide);
  });

  test('number roles in float32 only when every value is exactly one; dates, lines and extra numbers as they are', () => {
    expect(narrowed('quantity', Float64Array.of(3, -12, NaN, 16_777_216))).toEqual(Float32Array.of(3, -12, NaN, 16_777_216));
    const cents = Float64Array.of(3, 0.1);
    expect(narrowed('amount', cents)).toBe(cents);
    expect(narrowed('quantity', Float64Array.of(16_777_217))).toBeInstanceOf(Float64Array);
    const days = Int32Array.of(1, 2);
    expect(narrowed('date', days)).toBe(days);
    expect(narrowed('line', days)).toBe(days);
    const extra = Float64Array.of(1, 2);
    expect(narrowed('n:visits', extra)).toBe(extra);
    expect(isCategoryColumn('c:渠道')).toBe(true);
    expect(isCategoryColumn('n:visits')).toBe(false);
  });

  test('chunks of different widths join into the widest; values stay float32 only when every chunk is', () => {
    expect(widestCodes([Int8Array.of(1), Int16Array.of(300)], 2)).toBeInstanceOf(Int16Array);
    expect(widestValues([Float32Array.of(1), Float64Array.of(0.1)], 2)).toBeInstanceOf(Float64Array);
    const table = toTable(
      'transactions',
      4,
      { columns: [{ name: 'customer', kind: 'category' }, { name: 'quantity', kind: 'float64' }, { name: 'amount', kind: 'float64' }], dictionaries: { customer: Array.from({ length: 40_000 }, (_, i) => `C${i}`) } },
      new Map<string, (Int8Array | Int16Array | Int32Array | Float32Array | Float64Array)[]>([
        ['customer', [Int8Array.of(0, -1), Int32Array.of(39_999), Int16Array.of(300)]],
        ['quantity', [Float32Array.of(1, 2), Float32Array.of(3, NaN)]],
        ['amount', [Float32Array.of(1.5, 2), Float64Array.of(0.1, 4)]]
      ])
    );
    expect(table.customer.codes).toEqual(Int32Array.of(0, -1, 39_999, 300));
    expect(table.quantity).toEqual(Float32Array.of(1, 2, 3, NaN));
    expect(table.amount).toEqual(Float64Array.of(1.5, 2, 0.1, 4));
  });
});
