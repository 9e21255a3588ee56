import { describe, expect, test } from 'vitest';
import { looksLikeData, positionalHeaders } from '../../src/lib/import/headerRow.ts';
import { importText } from '../../src/lib/import/importText.ts';
import { previewCsv, withFirstRow } from '../../src/lib/import/parseCsv.ts';
import { rawSource } from '../../src/lib/sql/rawSource.ts';

const below = [
  ['CS1001', '2/11/2013', '35'],
  ['CS1002', '3/15/2013', '72'],
  ['CS1001', '4/1/2013', '18']
];

describe('looksLikeData(first, rows)', () => {
  test.each([
    ['a date where the rows have dates', ['CS1000', '1/5/2013', '20'], below, true],
    ['numbers in half the cells', ['Anna', '12.5'], [['Bo', '3'], ['Cy', '4']], true],
    ['header words', ['customer_id', 'trans_date', 'tran_amount'], below, false],
    ['unknown words over numbers', ['x', 'y'], [['1', '2'], ['3', '4']], false],
    ['a year header over numbers, beside a known word', ['Customer', '2023'], [['A', '5'], ['B', '6']], false],
    ['no rows below', ['CS1000', '1/5/2013', '20'], [], false],
    ['an empty first row', ['', ''], below, false]
  ])('%s → %s', (_, first, rows, expected) => expect(looksLikeData(first, rows)).toBe(expected));

  test('positionalHeaders', () => {
    expect(positionalHeaders(3)).toEqual(['Column 1', 'Column 2', 'Column 3']);
    expect(positionalHeaders(2, (n) => `第 ${n} 列`)).toEqual(['第 1 列', '第 2 列']);
  });
});

describe('a file without a header row', () => {
  const text = 'CS1000,1/5/2013,20\nCS1001,2/11/2013,35\nCS1002,3/15/2013,72\nCS1001,4/1/2013,18\n';

  test('previewCsv says the first row is data, numbers the columns and guesses the roles from the content', () => {
    const p = previewCsv(text);
    expect(p.headers).toEqual(['Column 1', 'Column 2', 'Column 3']);
    expect(p.rows).toHaveLength(4);
    expect(p.firstRow).toEqual(['CS1000', '1/5/2013', '20']);
    expect(p.mapping).toMatchObject({ firstRowIsData: true, shape: 'transactions', columns: { customer: 0, date: 1, amount: 2 }, dayOrder: 'mdy' });
  });

  test('importText imports the first row as data, on line 1; names can be given', () => {
    const { report, headers } = importText(text, { mapping: { columnNames: ['第 1 列', '第 2 列', '第 3 列'] } });
    expect(headers).toEqual(['第 1 列', '第 2 列', '第 3 列']);
    expect(report).toMatchObject({ rowsRead: 4, rowsAccepted: 4, customers: 3, totalAmount: 145 });
    const bad = importText(text.replace('CS1001,4/1/2013,18', 'CS1001,soon,18'));
    expect(bad.report.rejected.map((r) => [r.line, r.column])).toEqual([[4, 'Column 2']]);
  });

  test('the first row can be read as the header anyway', () => {
    const { headers, report } = importText('CS1000,1/5/2013,20\n' + text, { mapping: { firstRowIsData: false, shape: 'transactions', columns: { customer: 0, date: 1, amount: 2 } } });
    expect(headers).toEqual(['CS1000', '1/5/2013', '20']);
    expect(report.rowsRead).toBe(4);
  });

  test('the SQL export reads it without a header, with the same names', () => {
    const p = previewCsv(text);
    expect(rawSource('x.csv', p.mapping, p.headers)).toMatchObject({ firstRowIsData: true, headers: ['Column 1', 'Column 2', 'Column 3'] });
  });
});

describe('repeated headers', () => {
  const text = 'customer,date,Sales,Sales,Region,Region\nA,2024-01-01,5,50,N,x\nB,2024-01-02,6,60,S,y\nA,2024-01-03,7,70,N,x\n';

  test('each is kept apart and mappable: by index, by its numbered name, as an extra', () => {
    const p = previewCsv(text);
    expect(p.headers).toEqual(['customer', 'date', 'Sales', 'Sales (2)', 'Region', 'Region (2)']);
    expect(p.mapping.columns).toMatchObject({ customer: 0, date: 1, amount: 2, region: 4 });
    expect(p.mapping.numbers).toEqual([3]);
    const second = importText(text, { headersMap: { amount: 'Sales (2)', region: 'Region (2)' } });
    expect(second.report.totalAmount).toBe(180);
    expect(second.table.region?.labels).toEqual(['x', 'y']);
    const both = importText(text, { mapping: { categories: [5] } });
    expect(both.table.numbers['Sales (2)']).toEqual(new Float64Array([50, 60, 70]));
    expect(both.table.categories['Region (2)'].labels).toEqual(['x', 'y']);
  });

  test('a written `A (2)` keeps its name; the repeated A is numbered past it', () => {
    const { headers, table } = importText('customer,amount,A,A,A (2)\nc,1,p,q,r\nd,2,p,q,r\n', { mapping: { categories: [2, 3, 4] } });
    expect(headers).toEqual(['customer', 'amount', 'A', 'A (3)', 'A (2)']);
    expect(Object.fromEntries(Object.entries(table.categories).map(([k, v]) => [k, v.labels]))).toEqual({ A: ['p'], 'A (3)': ['q'], 'A (2)': ['r'] });
  });

  test('the SQL export names the columns as Kefen does (DuckDB alone would say Sales_1)', () => {
    const p = previewCsv(text);
    expect(rawSource('x.csv', { ...p.mapping, columns: { customer: 0, date: 1, amount: 3 } }, p.headers)).toMatchObject({ columns: { amount: 'Sales (2)' }, headers: p.headers });
  });
});

describe('withFirstRow(preview, firstRowIsData, columnName)', () => {
  const text = 'CS1000,1/5/2013,20\nCS1001,2/11/2013,35\nCS1002,3/15/2013,72\n';

  test('switches a preview between header and data, and back, guessing anew', () => {
    const p = previewCsv(text);
    const asHeader = withFirstRow({ ...p }, false);
    expect(asHeader.headers).toEqual(['CS1000', '1/5/2013', '20']);
    expect(asHeader.rows).toHaveLength(2);
    expect(asHeader.mapping.firstRowIsData).toBeUndefined();
    const back = withFirstRow({ ...p, ...asHeader }, true, (n) => `第 ${n} 列`);
    expect(back.headers).toEqual(['第 1 列', '第 2 列', '第 3 列']);
    expect(back.rows).toEqual(p.rows);
    expect(back.mapping).toMatchObject({ firstRowIsData: true, columnNames: back.headers, columns: { customer: 0, date: 1, amount: 2 }, dayOrder: 'mdy' });
  });
});
