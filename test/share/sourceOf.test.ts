import { describe, expect, test } from 'vitest';
import { matchesSource, sourceOf } from '../../src/lib/share/sourceOf.ts';
import { recordFor } from '../../src/lib/share/recordFor.ts';
import { orders } from './fixtures.ts';

const record = recordFor('id', 'Orders', orders(), 'orders.csv', 0);

describe('sourceOf(record) and matchesSource(record, facts)', () => {
  test('takes the file name, rows, customers and total amount of the record', () => {
    expect(sourceOf(record)).toEqual({ file: 'orders.csv', rows: 5, customers: 2, totalAmount: 190.5 });
  });

  test.each([
    ['the same facts', {}, true],
    ['another file name with the same content', { file: 'renamed.csv' }, true],
    ['a rounding difference below a cent', { totalAmount: 190.501 }, true],
    ['one row more', { rows: 6 }, false],
    ['one customer fewer', { customers: 1 }, false],
    ['another total', { totalAmount: 190.6 }, false]
  ])('%s → %s', (_, patch, expected) => {
    expect(matchesSource(record, { ...sourceOf(record), ...patch })).toBe(expected);
  });
});
