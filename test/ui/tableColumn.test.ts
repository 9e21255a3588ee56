import { describe, expect, test } from 'vitest';
import { columnWidths, tableRows, type TableColumn } from '../../src/lib/ui/tableColumn.ts';

const ids = ['a', 'b', '客户'];
const values = [1.5, NaN, -2];
const columns: TableColumn[] = [
  { id: 'id', header: 'Customer', numeric: false, value: (i) => ids[i], text: (i) => ids[i] },
  { id: 'v', header: '营业收入', numeric: true, value: (i) => values[i], text: (i) => String(values[i]) }
];

describe('tableRows()', () => {
  test('header, then the rows in the given order; numbers as numbers, missing values empty', () => {
    expect(tableRows(columns, [2, 0, 1])).toEqual([
      ['Customer', '营业收入'],
      ['客户', -2],
      ['a', 1.5],
      ['b', '']
    ]);
  });

  test('no rows: the header only; no columns: empty rows', () => {
    expect(tableRows(columns, [])).toEqual([['Customer', '营业收入']]);
    expect(tableRows([], [0])).toEqual([[], []]);
  });
});

describe('columnWidths()', () => {
  test('given widths in rem, 7 when absent or not positive, and their sum', () => {
    expect(columnWidths([{ width: 3 }, {}, { width: 0 }, { width: 9.5 }])).toEqual({ widths: [3, 7, 7, 9.5], total: 26.5 });
    expect(columnWidths([])).toEqual({ widths: [], total: 0 });
  });
});
