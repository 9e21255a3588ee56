import { describe, expect, test } from 'vitest';
import { Analyzer } from '../../../src/lib/analysis/analyze.ts';
import { defaultConfig } from '../../../src/lib/analysis/defaults.ts';
import { breakdownMembers } from '../../../src/views/breakdown/breakdownMembers.ts';
import { breakdownTable } from '../../../src/views/breakdown/breakdownTable.ts';
import { category, customerTable } from '../../analysis/transactionTable.ts';

const attribute = { codes: Int32Array.from([0, 1, -1, 0, 1, 0]), labels: ['North', 'South', 'East'] };

describe('breakdownMembers()', () => {
  test.each([
    ['a label', { label: 'North' }, [0, 3, 5]],
    ['another label', { label: 'South' }, [1, 4]],
    ['a label without customers', { label: 'East' }, []],
    ['an unknown label', { label: 'West' }, []],
    ['the row of customers without a value', { label: '(none)', missing: true }, [2]]
  ])('%s', (_, row, expected) => {
    expect(Array.from(breakdownMembers(attribute, row))).toEqual(expected);
  });

  test('matches every row of the engine breakdown: counts agree and all customers are covered once', () => {
    const table = customerTable(['1', '2', '3', '4', '5'], [50, 30, 10, 5, 5], {}, {}, { region: category(['华东', '华南', null, '华东', '华北']) });
    const r = new Analyzer(table).run({ ...defaultConfig(), breakdown: { attribute: 'region', metric: 'revenue' } }).result;
    const attr = r.summary.attributes[r.breakdown.attribute];
    expect(r.breakdown.rows.length).toBeGreaterThan(2);
    const all: number[] = [];
    for (const row of r.breakdown.rows) {
      const m = breakdownMembers(attr, row);
      expect(m.length).toBe(row.customers);
      all.push(...m);
    }
    expect(all.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('breakdownTable()', () => {
  test('header, one line per row, percentages rounded to 0.01, the no-value row named', () => {
    const rows = [
      { label: '华东', customers: 3, customerShare: 0.6, revenue: 55, revenueShare: 0.55, classMix: [1, 1, 1] as [number, number, number] },
      { label: '(none)', customers: 2, customerShare: 0.4, revenue: 45, revenueShare: 0.45, classMix: [0, 0, 2] as [number, number, number], missing: true }
    ];
    const headers = { label: '地区', customers: '客户数', customerShare: '客户占比', value: '营业收入', valueShare: '价值占比' };
    expect(breakdownTable(rows, headers, '（无值）')).toEqual([
      ['地区', '客户数', '客户占比', '营业收入', '价值占比', 'A', 'B', 'C'],
      ['华东', 3, 60, 55, 55, 1, 1, 1],
      ['（无值）', 2, 40, 45, 45, 0, 0, 2]
    ]);
  });

  test('no rows: the header only', () => {
    expect(breakdownTable([], { label: 'l', customers: 'c', customerShare: 'cs', value: 'v', valueShare: 'vs' }, '-')).toHaveLength(1);
  });
});
