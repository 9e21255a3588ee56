import { describe, expect, test } from 'vitest';
import { keyAccountMembers } from '../../../src/views/accounts/keyAccountMembers.ts';
import { firstIds, keyAccountMonths } from '../../../src/views/accounts/keyAccountMonths.ts';

const result = {
  months: ['2024-01-31', '2024-02-29', '2024-03-31'],
  counts: [2, 2, 1],
  entries: [[3, 1], [0], []],
  exits: [[], [3], [1]],
  partial: [true, false, false]
};

describe('keyAccountMembers()', () => {
  test.each([
    [0, [1, 3]],
    [1, [0, 1]],
    [2, [0]]
  ])('month %i: replayed entries and exits, ascending', (month, expected) => {
    const members = keyAccountMembers(result, month);
    expect(Array.from(members)).toEqual(expected);
    expect(members.length).toBe(result.counts[month]);
  });

  test('a customer leaving and coming back in a later month', () => {
    const r = { months: ['a', 'b', 'c'], entries: [[5], [], [5]], exits: [[], [5], []] };
    expect([0, 1, 2].map((m) => Array.from(keyAccountMembers(r, m)))).toEqual([[5], [], [5]]);
  });

  test.each([-1, 3, 0.5])('rejects month index %s', (m) => {
    expect(() => keyAccountMembers(result, m)).toThrow(/invalid month index: .* \(months: 3\)/);
  });
});

describe('keyAccountMonths()', () => {
  test('one row per month with counts, entries, exits and the partial flag', () => {
    expect(keyAccountMonths(result)).toEqual([
      { index: 0, month: '2024-01-31', count: 2, entries: 2, exits: 0, partial: true },
      { index: 1, month: '2024-02-29', count: 2, entries: 1, exits: 1, partial: false },
      { index: 2, month: '2024-03-31', count: 1, entries: 0, exits: 1, partial: false }
    ]);
  });

  test('no partial flags: none partial; no months: no rows', () => {
    expect(keyAccountMonths({ ...result, partial: undefined }).every((m) => !m.partial)).toBe(true);
    expect(keyAccountMonths({ months: [], counts: [], entries: [], exits: [] })).toEqual([]);
  });

  test('arrays of different lengths are refused', () => {
    expect(() => keyAccountMonths({ ...result, counts: [1] })).toThrow(/differ in length: months 3, counts 1/);
  });
});

describe('firstIds()', () => {
  const ids = ['C1', 'C2', 'C3', 'C4'];
  test.each([
    [[3, 0, 2], 2, { shown: ['C4', 'C1'], more: 1 }],
    [[1], 5, { shown: ['C2'], more: 0 }],
    [[], 5, { shown: [], more: 0 }],
    [[0, 1], 0, { shown: [], more: 2 }]
  ])('%j, limit %i', (customers, limit, expected) => {
    expect(firstIds(customers, ids, limit)).toEqual(expected);
  });
});
