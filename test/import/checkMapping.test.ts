import { describe, expect, test } from 'vitest';
import { checkMapping } from '../../src/lib/import/checkMapping.ts';
import type { Mapping } from '../../src/lib/import/mapping.ts';

const base: Mapping = { shape: 'transactions', columns: { customer: 0, date: 1, amount: 2 }, amountFrom: 'column', dayOrder: 'auto', decimalComma: false, excel1904: false, numbers: [], categories: [] };
const headers = ['customer', 'date', 'amount', 'note', 'when'];
const rowsOf = (n: number, make: (i: number) => string[]) => Array.from({ length: n }, (_, i) => make(i));
const good = rowsOf(50, (i) => [`C${i % 7}`, `2024-03-${String(1 + (i % 28)).padStart(2, '0')}`, String(10 + i), i % 2 ? 'web' : 'shop', '2024-01-01']);
const codes = (m: Mapping, rows: string[][]) => checkMapping(m, headers, rows).problems.map((p) => p.code);

describe('checkMapping(mapping, headers, rows)', () => {
  test('a right mapping: every value reads, nothing is stopped', () => {
    const c = checkMapping(base, headers, good);
    expect(c.problems).toEqual([]);
    expect(c.rows).toBe(50);
    expect(c.rejected).toBe(0);
    expect(c.columns).toEqual([
      { column: 1, header: 'date', role: 'date', filled: 50, parsed: 50 },
      { column: 2, header: 'amount', role: 'amount', filled: 50, parsed: 50 }
    ]);
  });

  test('1 bad row in 50 (2 %) passes; 2 (4 %) are stopped, naming the column, the reason and the fix', () => {
    const one = good.map((r, i) => (i === 3 ? [r[0], 'soon', r[2], r[3], r[4]] : r));
    expect(codes(base, one)).toEqual([]);
    expect(checkMapping(base, headers, one).columns[0]).toMatchObject({ filled: 50, parsed: 49 });
    const two = one.map((r, i) => (i === 9 ? [r[0], 'later', r[2], r[3], r[4]] : r));
    expect(checkMapping(base, headers, two).problems).toEqual([
      { code: 'check.rejects', params: { rejected: 2, rows: 50, column: 'date', reason: 'reject.badDate', fix: 'check.fix.date' } }
    ]);
  });

  test.each([
    ['a text column as the amount', { ...base, columns: { customer: 0, date: 1, amount: 3 } }, ['check.rejects', 'check.noValues']],
    ['a date column as an attribute', { ...base, categories: [4] }, ['check.dateAsCategory']],
    ['transactions read as a customer table', { ...base, shape: 'customers' as const, columns: { customer: 0, amount: 2 } }, ['check.rejects']]
  ])('%s is stopped', (_, mapping, expected) => {
    expect(codes(mapping, good)).toEqual(expected);
  });

  test('the fix follows the reason: numbers, fields, repeated customers', () => {
    const fix = (m: Mapping, rows: string[][]) => checkMapping(m, headers, rows).problems[0]?.params?.fix;
    expect(fix({ ...base, columns: { customer: 0, date: 1, amount: 3 } }, good)).toBe('check.fix.number');
    expect(fix(base, good.map((r) => r.slice(0, 2)))).toBe('check.fix.fields');
    expect(fix({ ...base, shape: 'customers', columns: { customer: 0, amount: 2 } }, good)).toBe('check.fix.duplicateCustomer');
  });

  test('quantity × price: both columns are counted, the amount column is not needed', () => {
    const rows = rowsOf(10, (i) => [`C${i}`, '2024-01-01', String(i + 1), '2.5']);
    const c = checkMapping({ ...base, amountFrom: 'quantityTimesPrice', columns: { customer: 0, date: 1, quantity: 2, price: 3 } }, ['c', 'd', 'q', 'p'], rows);
    expect(c.problems).toEqual([]);
    expect(c.columns.map((x) => x.role)).toEqual(['date', 'quantity', 'price']);
  });

  test('an empty sample stops nothing; the inputs are not changed', () => {
    expect(checkMapping(base, headers, []).problems).toEqual([]);
    const copy = JSON.stringify([base, good]);
    checkMapping(base, headers, good);
    expect(JSON.stringify([base, good])).toBe(copy);
  });
});

describe('checkMapping(mapping, headers, rows): values the import sets aside', () => {
  test.each([
    ['a date outside the plausible range', (i: number) => (i < 3 ? '9999-12-31' : null), 'reject.implausibleDate', 'check.fix.implausibleDate'],
    ['two-digit years among four-digit years, wherever they stand', (i: number) => (i === 0 || i === 49 ? '24-03-10' : null), 'reject.twoDigitYear', 'check.fix.twoDigitYear']
  ])('%s is named with its fix', (_, date, reason, fix) => {
    const rows = good.map((r, i) => [r[0], date(i) ?? r[1], r[2], r[3], r[4]]);
    const [problem] = checkMapping(base, headers, rows).problems;
    expect(problem).toMatchObject({ code: 'check.rejects', params: { column: 'date', reason, fix } });
  });

  test('a number too large to be a value is named with its fix', () => {
    const rows = good.map((r, i) => (i < 3 ? [r[0], r[1], '1e309', r[3], r[4]] : r));
    expect(checkMapping(base, headers, rows).problems[0]).toMatchObject({ params: { column: 'amount', reason: 'reject.notFinite', fix: 'check.fix.tooLarge' } });
  });
});
