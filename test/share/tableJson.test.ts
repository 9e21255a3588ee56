import { describe, expect, test } from 'vitest';
import { tableFromJson, tableToJson } from '../../src/lib/share/tableJson.ts';
import { tableJsonSchema } from '../../src/lib/share/schema.ts';
import { changhai, orders } from './fixtures.ts';

describe('tableToJson(table) and tableFromJson(json)', () => {
  test.each([
    ['a customer table', changhai()],
    ['a transactions table with missing values', orders()],
    ['an empty table', { shape: 'customers' as const, length: 0, customer: { codes: new Int32Array(0), labels: [] }, numbers: {}, categories: {} }]
  ])('round trip of %s keeps every value (NaN as null)', (_, table) => {
    const json = tableToJson(table);
    const text = JSON.stringify(json);
    const back = tableFromJson(tableJsonSchema.parse(JSON.parse(text)));
    expect(back).toEqual(table);
  });

  test('missing amounts become null in JSON and NaN again', () => {
    const json = tableToJson(orders());
    expect(json.amount).toEqual([120.5, 80, null, 10, -20]);
    expect(Number.isNaN(tableFromJson(json).amount![2])).toBe(true);
  });

  test('transactionsOnly drops quantity, price and other columns of a transactions table', () => {
    const table = { ...orders(), quantity: Float64Array.from([1, 2, 3, 4, 5]), numbers: { extra: new Float64Array(5) } };
    const json = tableToJson(table, { transactionsOnly: true });
    expect(json.quantity).toBeUndefined();
    expect(json.numbers).toEqual({});
    expect(json.region).toBeDefined();
  });

  test('does not mutate the input', () => {
    const table = changhai();
    const copy = structuredClone(table);
    tableToJson(table);
    expect(table).toEqual(copy);
  });

  test.each([
    ['a short column', (j: ReturnType<typeof tableToJson>) => j.amount!.pop(), /column amount has 4 values for 5 rows/],
    ['a code past its labels', (j: ReturnType<typeof tableToJson>) => (j.customer.codes[1] = 2), /column customer row 2 refers to label 2 of 2/],
    ['transactions without dates', (j: ReturnType<typeof tableToJson>) => delete j.date, /without date or amount/]
  ])('tableFromJson rejects %s', (_, spoil, message) => {
    const json = tableToJson(orders());
    spoil(json);
    expect(() => tableFromJson(json)).toThrow(message);
  });
});
