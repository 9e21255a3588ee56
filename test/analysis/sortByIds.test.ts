import { describe, expect, test } from 'vitest';
import { compareIds } from '../../src/lib/analysis/compareIds.ts';
import { sortByIds } from '../../src/lib/analysis/sortByIds.ts';

describe('sortByIds(items, ids): indices in compareIds order of their ids', () => {
  test.each([
    [[]],
    [['7']],
    [['14', '9', '2', '1.5', '-3', '17850.0', '12346.0', '007', '7', '1e400', '2e400', '-0', '0']],
    [['14', '9', 'a10', 'a2', '1', '100', 'a', 'B', '客户10', '客户2', '007', '7', '', 'x01', 'x1', 'C-9', 'C-10']]
  ])('sortByIds(indices of %j) matches sort(compareIds)', (ids) => {
    const items = ids.map((_, i) => i).reverse();
    const expected = [...items].sort((x, y) => compareIds(ids[x], ids[y]));
    expect(sortByIds(items, ids)).toEqual(expected);
  });

  test('sorts in place and reads only the listed ids', () => {
    const ids = ['9', 'not listed', '14', '2'];
    const items = [2, 0, 3];
    expect(sortByIds(items, ids)).toBe(items);
    expect(items).toEqual([3, 0, 2]);
  });
});
