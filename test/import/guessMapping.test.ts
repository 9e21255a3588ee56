import { describe, expect, test } from 'vitest';
import { guessMapping } from '../../src/lib/import/mapping.ts';
import { profileColumn } from '../../src/lib/import/profileColumn.ts';

/** Rows of a made-up transaction file: `n` rows from a row-maker. */
const rowsOf = (n: number, make: (i: number) => string[]) => Array.from({ length: n }, (_, i) => make(i));
const day = (i: number) => `2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;

describe('profileColumn(rows, column)', () => {
  test.each([
    ['dates, either day order', ['5/3/2024', '16/3/2024', ''], { filled: 2, dates: 1, numbers: 0 }],
    ['Excel serials are dates and numbers', ['45356', '45357'], { dates: 1, numbers: 1, integers: 1, digits: 1, typical: 45357 }],
    ['decimals', ['1.5', '-2', 'x'], { numbers: 2 / 3, integers: 0.5, digits: 0 }],
    ['an all-empty column', ['', ' ', ''], { filled: 0, dates: 0, numbers: 0, distinct: 0 }],
    ['repeats', ['a', 'b', 'a', 'a'], { filled: 4, distinct: 2 }]
  ])('%s', (_, values, expected) => {
    expect(profileColumn(values.map((v) => [v]), 0)).toMatchObject(expected);
  });

  test('decimal comma', () => {
    expect(profileColumn([['1,5'], ['2,25']], 0, true)).toMatchObject({ numbers: 1, integers: 0 });
  });
});

describe('guessMapping(headers, rows): content decides', () => {
  test('a header that says date but holds no dates is not the date; a column of dates is', () => {
    const rows = rowsOf(20, (i) => [`C${i % 5}`, `batch ${i}`, day(i), String(10 + i)]);
    const m = guessMapping(['customer', 'update time', 'col3', 'total'], rows);
    expect(m.columns).toMatchObject({ customer: 0, date: 2, amount: 3 });
  });

  test('a header that says date over text that does not parse, with no other dates, stays the date (the check counts the bad values)', () => {
    const text = guessMapping(['customer', 'date', 'amount'], rowsOf(10, (i) => [`C${i % 3}`, ['not a date', '2024-13-45', 'yesterday'][i % 3], String(10 + i)]));
    expect(text).toMatchObject({ shape: 'transactions', columns: { customer: 0, date: 1, amount: 2 } });
  });

  test('with no header word at all: dates, repeating text ids, the largest number as amount, small whole numbers as quantity', () => {
    const rows = rowsOf(40, (i) => [day(i), `K${i % 12}`, ['apple', 'pear', 'plum'][i % 3], String(1 + (i % 7)), String(1000 + i * 37)]);
    const m = guessMapping(['a', 'b', 'c', 'd', 'e'], rows);
    expect(m.shape).toBe('transactions');
    expect(m.columns).toEqual({ date: 0, customer: 1, amount: 4, quantity: 3 });
  });

  test('numeric customer ids (whole numbers) are a customer when nothing else is', () => {
    const rows = rowsOf(20, (i) => [String(3000 + (i % 6)), `${1 + (i % 28)}-Feb-13`, (i * 1.37).toFixed(2)]);
    expect(guessMapping(['p', 'q', 'r'], rows).columns).toEqual({ customer: 0, date: 1, amount: 2 });
  });

  test('Excel serial dates are a date when the header says so, not by content alone', () => {
    const rows = rowsOf(10, (i) => [`C${i % 3}`, String(45300 + i), String(5 + i)]);
    expect(guessMapping(['Customer', 'Order Date', 'Amount'], rows).columns.date).toBe(1);
    expect(guessMapping(['Customer', 'x', 'Amount'], rows).columns.date).toBeUndefined();
  });

  test('a header-named amount whose values are words is not the amount', () => {
    const rows = rowsOf(10, (i) => [`C${i}`, day(i), 'n/a', String(i * 10)]);
    expect(guessMapping(['Customer', 'Date', 'Amount', 'Net'], rows).columns.amount).toBe(3);
  });

  test('Customer ID beats Customer Name; the name becomes an attribute', () => {
    const rows = rowsOf(10, (i) => [`CG-${i % 4}`, `Name ${i % 4}`, day(i), '12.5']);
    const m = guessMapping(['Customer Name', 'Customer ID', 'Order Date', 'Sales'], rows.map((r) => [r[1], r[0], r[2], r[3]]));
    expect(m.columns).toEqual({ customer: 1, date: 2, amount: 3 });
    expect(m.categories).toEqual([0]);
  });

  test('Order Date beats Ship Date, whichever comes first', () => {
    const rows = rowsOf(5, (i) => [day(i), day(i + 1), `C${i}`, '1']);
    expect(guessMapping(['Ship Date', 'Order Date', 'Customer', 'Sales'], rows).columns.date).toBe(1);
  });

  test('mixed languages in one file', () => {
    const rows = rowsOf(6, (i) => [`C${i % 2}`, day(i), String(i + 1), '9.9', 'North']);
    expect(guessMapping(['客户编号', 'Order Date', '数量', 'Unit Price', '地区'], rows)).toMatchObject({
      shape: 'transactions',
      columns: { customer: 0, date: 1, quantity: 2, price: 3, region: 4 },
      amountFrom: 'quantityTimesPrice'
    });
  });

  test('shape: unique ids and no date is a customer table; unique ids with a last-order date and recency is one too', () => {
    const rows = rowsOf(10, (i) => [`C${i}`, String(100 + i)]);
    expect(guessMapping(['Customer', 'Revenue'], rows).shape).toBe('customers');
    const summary = rowsOf(10, (i) => [`C${i}`, day(i), String(i), String(100 + i)]);
    const m = guessMapping(['Customer', 'Last Order Date', 'Recency', 'Revenue'], summary);
    expect(m.shape).toBe('customers');
    expect(m.columns).toEqual({ customer: 0, amount: 3 });
    expect(m.numbers).toEqual([2]);
  });

  test('shape: a date column makes transactions even when the sample shows each customer once', () => {
    const rows = rowsOf(10, (i) => [`CS${1000 + i}`, `${1 + (i % 12)}/11/2013`, String(10 + i)]);
    expect(guessMapping(['customer_id', 'trans_date', 'tran_amount'], rows)).toMatchObject({ shape: 'transactions', columns: { customer: 0, date: 1, amount: 2 } });
  });

  test.each([
    ['one column', ['Customer'], [['A'], ['B']], { customer: 0 }],
    ['one column of whole numbers, no header word: ids', ['x'], [['1'], ['2']], { customer: 0 }],
    ['an all-empty column is given no role', ['Customer', 'Date', 'Amount', 'Notes'], [['A', '2024-01-01', '1', ''], ['B', '2024-01-02', '2', '']], { customer: 0, date: 1, amount: 2 }],
    ['one row is no evidence for content rules', ['a', 'b', 'c'], [['K1', '2024-01-01', '5']], {}]
  ])('%s', (_, headers, rows, columns) => {
    expect(guessMapping(headers, rows).columns).toEqual(columns);
  });

  test('a repeated header: the second column is kept as an extra number', () => {
    const rows = rowsOf(4, (i) => [`C${i % 2}`, day(i), '1', '2']);
    const m = guessMapping(['Customer', 'Date', 'Sales', 'Sales (2)'], rows);
    expect(m.columns.amount).toBe(2);
    expect(m.numbers).toEqual([3]);
  });
});

describe('guessMapping(headers, rows): dates of the customer', () => {
  test.each([
    ['Birth Date', ['Customer', 'Birth Date', 'Revenue']],
    ['Created (no claim, by content)', ['Customer', 'Created', 'Revenue']],
    ['注册日期', ['客户', '注册日期', '营业收入']]
  ])('%s: a customer table with unique ids and a date of the customer stays a customer table', (_, headers) => {
    const rows = rowsOf(10, (i) => [`C${i}`, day(i), String(100 + i)]);
    const m = guessMapping(headers, rows);
    expect(m.shape).toBe('customers');
    expect(m.columns).toEqual({ customer: 0, amount: 2 });
  });
});
