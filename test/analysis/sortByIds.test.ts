import { describe, expect, test } from 'vitest';
import { compareIds } from '../../src/lib/analysis/compareIds.ts';
import { sortByIds } from '../../src/lib/analysis/sortByIds.ts';

describe('sortByIds(items, ids): indices in compareIds order of their ids', () => {
  test.each([
    [[]],
    [['7']],
    [['14', '9', '2', '1.5', '-3', '17850.0', '12346.0', '007', '7', '1e400', '2e400', '-0', '0']],
    [['14', '9', 'a10', 'a2', '1', '100', 'a', 'B', '客户10', '客户2', '007', '7', '', 'x01', 'x1', 'C-9', 'C-10']],
    [['C00015', 'C15', 'C9', 'C010', 'C', 'C1a', 'CC1', 'D2', 'c3', 'C1234567890123456', 'C999999999999999', 'C0', 'C00', 'e5', 'e05', '-5', '-05', '+5', '.5', '-.5', 'C-5']]
  ])('sortByIds(indices of %j) matches sort(compareIds)', (ids) => {
    const items = ids.map((_, i) => i).reverse();
    const expected = [...items].sort((x, y) => compareIds(ids[x], ids[y]));
    expect(sortByIds(items, ids)).toEqual(expected);
  });

  test('random ids (seeded) sort as with compareIds', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const alphabet = ['C', 'c', '-', '+', '.', 'e', '0', '0', '1', '5', '9', 'x', '客'];
    const ids = Array.from({ length: 2000 }, () => Array.from({ length: Math.floor(random() * 7) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
    const unique = [...new Set(ids)];
    const items = unique.map((_, i) => i);
    const expected = [...items].sort((x, y) => compareIds(unique[x], unique[y]));
    expect(sortByIds(items, unique)).toEqual(expected);
  });

  test('sorts in place and reads only the listed ids', () => {
    const ids = ['9', 'not listed', '14', '2'];
    const items = [2, 0, 3];
    expect(sortByIds(items, ids)).toBe(items);
    expect(items).toEqual([3, 0, 2]);
  });
});
