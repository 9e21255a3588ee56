import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { Analyzer } from '../../../src/lib/analysis/analyze.ts';
import { defaultConfig } from '../../../src/lib/analysis/defaults.ts';
import { importText } from '../../../src/lib/import/importText.ts';
import { memberLists, rankOrder, reportListLimits } from '../../../src/views/report/memberLists.ts';

describe('memberLists(groupOf, groups, order, ids, limits)', () => {
  test('the 长海物流 case (METHOD §3 golden case): each class in rank order', () => {
    const { table } = importText(readFileSync('public/samples/changhai.csv', 'utf8'));
    const { abc, summary } = new Analyzer(table).run(defaultConfig()).result;
    const lists = memberLists(abc.cls, 3, abc.order, summary.ids);
    expect(lists.map((l) => l.ids)).toEqual([
      ['4', '1', '2', '5'],
      ['3', '6', '7', '8', '10'],
      ['12', '9', '14', '11', '13']
    ]);
    expect(lists.map((l) => l.count)).toEqual([4, 5, 5]);
  });

  test('a large dataset lists only the groups up to perClass; counts always', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const groupOf = [0, 1, 1, 1, 2, 1];
    const lists = memberLists(groupOf, 3, [0, 1, 2, 3, 4, 5], ids, { all: 5, perClass: 2 });
    expect(lists).toEqual([
      { count: 1, ids: ['a'] },
      { count: 4, ids: null },
      { count: 1, ids: ['e'] }
    ]);
    // up to `all` customers every group is listed
    expect(memberLists(groupOf, 3, [5, 4, 3, 2, 1, 0], ids, { all: 6, perClass: 2 })[1]).toEqual({ count: 4, ids: ['f', 'd', 'c', 'b'] });
  });

  test('empty input, an empty group and codes outside the range', () => {
    expect(memberLists([], 2, [], [])).toEqual([
      { count: 0, ids: [] },
      { count: 0, ids: [] }
    ]);
    expect(memberLists([0, 255], 1, [0, 1], ['x', 'y'])).toEqual([{ count: 1, ids: ['x'] }]);
  });

  test('the default limits: 200 customers in all, 50 per class', () => {
    expect(reportListLimits).toEqual({ all: 200, perClass: 50 });
    const ids = Array.from({ length: 201 }, (_, i) => `c${i}`);
    const groupOf = ids.map((_, i) => (i < 50 ? 0 : 1));
    const lists = memberLists(groupOf, 2, ids.map((_, i) => i), ids);
    expect(lists[0].ids).toHaveLength(50);
    expect(lists[1]).toEqual({ count: 151, ids: null });
  });
});

describe('rankOrder(values)', () => {
  test('descending, ties by index, NaN last; the input is not changed', () => {
    const values = Float64Array.from([3, NaN, 5, 3, -1]);
    expect(Array.from(rankOrder(values))).toEqual([2, 0, 3, 4, 1]);
    expect(Array.from(values)).toEqual([3, NaN, 5, 3, -1]);
    expect(Array.from(rankOrder([]))).toEqual([]);
  });
});
