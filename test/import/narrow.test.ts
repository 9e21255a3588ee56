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

  test('numbers as whole decimals when every value is exactly one (else number roles in float32 when exact); days and lines by their range', () => {
    expect(narrowed('quantity', Float64Array.of(3, -12, NaN, 127))).toEqual({ scaled: Int8Array.of(3, -12, -128, 127), scale: 1 });
    expect(narrowed('quantity', Float64Array.of(3, 16_777_216))).toEqual(Float32Array.of(3, 16_777_216));
    expect(narrowed('amount', Float64Array.of(3, 0.1, -2.55, NaN))).toEqual({ scaled: Int16Array.of(300, 10, -255, -32768), scale: 100 });
    expect(narrowed('amount', Float64Array.of(123456.78, 0.5))).toEqual({ scaled: Int32Array.of(12345678, 50), scale: 100 });
    expect(narrowed('n:visits', Float64Array.of(1, 2))).toEqual({ scaled: Int8Array.of(1, 2), scale: 1 });
    const third = Float64Array.of(1 / 3, 1);
    expect(narrowed('amount', third)).toBe(third);
    const negativeZero = Float64Array.of(-0, 1);
    expect(narrowed('n:delta', negativeZero)).toBe(negativeZero); // -0 would come back as 0
    const product = Float64Array.of(14 * 2.53); // 35.419999999999995, not 35.42
    expect(narrowed('amount', product)).toBe(product);
    expect(narrowed('quantity', Float64Array.of(16_777_217))).toEqual({ scaled: Int32Array.of(16_777_217), scale: 1 });
    expect(narrowed('date', Int32Array.of(19_723, -32_768, 32_767))).toEqual(Int16Array.of(19_723, -32_768, 32_767));
    const far = Int32Array.of(40_000);
    expect(narrowed('date', far)).toBe(far);
    expect(narrowed('line', Int32Array.of(2, 3))).toEqual(Int8Array.of(2, 3));
    expect(isCategoryColumn('c:渠道')).toBe(true);
    expect(isCategoryColumn('n:visits')).toBe(false);
  });

  test('every value read back from its stored chunk is the very double it was (10,000 random chunks of prices, cents, ratios, missing)', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const kinds = [
      () => Math.round(random() * 100_000) / 100,
      () => Math.round((random() - 0.5) * 2e6) / 1000,
      () => Math.floor(random() * 200),
      () => random(),
      () => NaN,
      () => (random() < 0.5 ? -0 : 0),
      () => Math.round(random() * 1e12) / 10,
      () => 0.1 + 0.2
    ];
    for (let c = 0; c < 10_000; c++) {
      const values = Float64Array.from({ length: 1 + Math.floor(random() * 6) }, () => kinds[Math.floor(random() * (1 + Math.floor(random() * kinds.length)))]());
      const name = random() < 0.5 ? 'amount' : 'n:extra';
      const stored = narrowed(name, values);
      const table = toTable('transactions', values.length, { columns: [{ name: 'customer', kind: 'category' }, { name, kind: 'float64' }], dictionaries: { customer: [] } }, new Map([['customer', [new Int8Array(values.length)]], [name, [stored]]]) as never);
      const back = name === 'amount' ? table.amount! : table.numbers.extra;
      expect([c, [...back].every((v, i) => Object.is(v, values[i]))]).toEqual([c, true]);
      if (name === 'n:extra') expect(back).toBeInstanceOf(Float64Array);
    }
  });

  test('the stored form is the narrowest of decimals, float32 (number roles) and float64, by bytes a value: 10,000 random chunks', () => {
    let seed = 5;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const kinds = [() => Math.floor(random() * 100), () => Math.floor(random() * 40_000), () => Math.round(random() * 1e7) / 100, () => 16_777_217, () => 0.5, () => random(), () => NaN];
    const bytes = (s: object) => ('scaled' in s ? (s as { scaled: Int8Array }).scaled.BYTES_PER_ELEMENT : (s as Float64Array).BYTES_PER_ELEMENT);
    for (let c = 0; c < 10_000; c++) {
      const values = Float64Array.from({ length: 1 + Math.floor(random() * 5) }, () => kinds[Math.floor(random() * kinds.length)]());
      const name = random() < 0.5 ? 'price' : 'n:extra';
      const stored = narrowed(name, values);
      const single = name === 'price' && values.every((v) => v !== v || Math.fround(v) === v);
      const widths = [single ? 4 : 8];
      const scale = [1, 10, 100, 1000, 10_000].find((k) => values.every((v) => v !== v || (Math.round(v * k) / k === v && Math.abs(Math.round(v * k)) <= 0x7fffffff && !Object.is(v, -0))));
      if (scale !== undefined) {
        const largest = Math.max(0, ...[...values].filter((v) => v === v).map((v) => Math.abs(Math.round(v * scale))));
        widths.push(largest <= 0x7f ? 1 : largest <= 0x7fff ? 2 : 4);
      }
      expect([c, bytes(stored)]).toEqual([c, Math.min(...widths)]);
      expect([c, 'scaled' in stored]).toEqual([c, scale !== undefined && Math.min(...widths) < (single ? 4 : 8)]);
    }
  });

  test('chunks of different widths join into the widest; values stay float32 only when every chunk is', () => {
    expect(widestCodes([Int8Array.of(1), Int16Array.of(300)], 2)).toBeInstanceOf(Int16Array);
    expect(widestValues([Float32Array.of(1), Float64Array.of(0.1)], 2)).toBeInstanceOf(Float64Array);
    const table = toTable(
      'transactions',
      4,
      { columns: [{ name: 'customer', kind: 'category' }, { name: 'quantity', kind: 'float64' }, { name: 'amount', kind: 'float64' }, { name: 'date', kind: 'int32' }], dictionaries: { customer: Array.from({ length: 40_000 }, (_, i) => `C${i}`) } },
      new Map<string, (Int8Array | Int16Array | Int32Array | Float32Array | Float64Array)[]>([
        ['customer', [Int8Array.of(0, -1), Int32Array.of(39_999), Int16Array.of(300)]],
        ['quantity', [Float32Array.of(1, 2), Float32Array.of(3, NaN)]],
        ['amount', [Float32Array.of(1.5, 2), Float64Array.of(0.1, 4)]],
        ['date', [Int16Array.of(19_723), Int32Array.of(40_000, 1, 2)]]
      ])
    );
    expect(table.customer.codes).toEqual(Int32Array.of(0, -1, 39_999, 300));
    expect(table.quantity).toEqual(Float32Array.of(1, 2, 3, NaN));
    expect(table.amount).toEqual(Float64Array.of(1.5, 2, 0.1, 4));
    expect(table.date).toEqual(Int32Array.of(19_723, 40_000, 1, 2));
  });
});
