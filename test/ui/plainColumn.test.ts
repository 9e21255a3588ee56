import { describe, expect, test } from 'vitest';
import { fieldColumns, plainCellClass } from '../../src/lib/ui/plainColumn.ts';
import { metricOptions } from '../../src/lib/ui/selectOption.ts';

interface Row {
  name: string;
  count: number;
  share: number;
}

describe('fieldColumns(keys, header, format)', () => {
  const row: Row = { name: 'a', count: 1234, share: 0.25 };
  const columns = fieldColumns<Row>(['share', 'count'], (key) => key.toUpperCase(), (v, key) => (key === 'share' ? `${v * 100} %` : String(v)));

  test('one right-aligned column per key, in the order of the keys', () => {
    expect(columns.map((c) => [c.header, c.num])).toEqual([
      ['SHARE', true],
      ['COUNT', true]
    ]);
  });

  test('each cell formats its field with its key', () => {
    expect(columns.map((c) => c.text?.(row, 0))).toEqual(['25 %', '1234']);
  });

  test('no keys, no columns', () => {
    expect(fieldColumns<Row>([], String, String)).toEqual([]);
  });
});

describe('plainCellClass(column)', () => {
  test.each([
    [{}, undefined],
    [{ num: true }, 'num'],
    [{ class: 'name' }, 'name'],
    [{ num: true, class: 'nowrap' }, 'num nowrap']
  ])('%o → %s', (column, expected) => {
    expect(plainCellClass(column)).toBe(expected);
  });
});

describe('metricOptions(locale, metrics)', () => {
  test('each metric with its display name, in order; a table column keeps its name', () => {
    expect(metricOptions('en', ['orders', '营业收入'])).toEqual([
      { value: 'orders', label: 'Orders (F)' },
      { value: '营业收入', label: '营业收入' }
    ]);
  });

  test('no metrics, no options', () => {
    expect(metricOptions('zh', [])).toEqual([]);
  });
});
