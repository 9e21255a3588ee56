import { describe, expect, test } from 'vitest';
import { toTable } from '../../src/lib/import/toTable.ts';

describe('toTable(shape, length, built, chunks)', () => {
  test('concatenates chunks and places role, extra numeric and extra categorical columns', () => {
    const table = toTable(
      'transactions',
      3,
      {
        columns: [
          { name: 'customer', kind: 'category' },
          { name: 'c:channel', kind: 'category' },
          { name: 'date', kind: 'int32' },
          { name: 'amount', kind: 'float64' },
          { name: 'n:score', kind: 'float64' }
        ],
        dictionaries: { customer: ['A', 'B'], 'c:channel': ['web'] }
      },
      new Map<string, (Int32Array | Float64Array)[]>([
        ['customer', [Int32Array.of(0, 1), Int32Array.of(-1)]],
        ['c:channel', [Int32Array.of(0, -1, 0)]],
        ['date', [Int32Array.of(1, 2), Int32Array.of(3)]],
        ['amount', [Float64Array.of(1.5), Float64Array.of(2, NaN)]],
        ['n:score', [Float64Array.of(1, 2, 3)]]
      ])
    );
    expect(table.shape).toBe('transactions');
    expect(table.length).toBe(3);
    expect(table.customer).toEqual({ codes: Int32Array.of(0, 1, -1), labels: ['A', 'B'] });
    expect(table.categories.channel).toEqual({ codes: Int32Array.of(0, -1, 0), labels: ['web'] });
    expect(table.date).toEqual(Int32Array.of(1, 2, 3));
    expect(table.amount).toEqual(Float64Array.of(1.5, 2, NaN));
    expect(table.numbers.score).toEqual(Float64Array.of(1, 2, 3));
  });

  test('an empty table has empty columns', () => {
    const table = toTable('customers', 0, { columns: [{ name: 'customer', kind: 'category' }], dictionaries: { customer: [] } }, new Map());
    expect(table.customer.codes).toHaveLength(0);
    expect(table.numbers).toEqual({});
  });

  test('a column of the wrong length is refused, naming it', () => {
    expect(() =>
      toTable('transactions', 2, { columns: [{ name: 'amount', kind: 'float64' }], dictionaries: {} }, new Map([['amount', [Float64Array.of(1)]]]))
    ).toThrow(/amount: 1 values for 2 rows/);
  });
});
