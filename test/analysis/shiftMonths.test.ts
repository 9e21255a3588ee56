import { describe, expect, test } from 'vitest';
import { isoOfDay } from '../../src/lib/analysis/day.ts';
import { monthEnds } from '../../src/lib/analysis/monthEnds.ts';
import { shiftMonths } from '../../src/lib/analysis/shiftMonths.ts';
import { day } from './transactionTable.ts';

describe('shiftMonths(day, months)', () => {
  test.each([
    ['2024-03-31', -1, '2024-02-29'],
    ['2023-03-31', -1, '2023-02-28'],
    ['2024-02-29', -12, '2023-02-28'],
    ['2024-04-30', -1, '2024-03-31'], // a month end maps to a month end
    ['2024-03-15', -1, '2024-02-15'],
    ['2023-03-30', -1, '2023-02-28'], // clamped
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-12-31', 2, '2024-02-29'],
    ['2024-12-31', -12, '2023-12-31'],
    ['2024-01-15', -13, '2022-12-15'],
    ['2024-06-10', 0, '2024-06-10']
  ])('%s %+i months → %s', (from, months, to) => {
    expect(isoOfDay(shiftMonths(day(from), months))).toBe(to);
  });

  test('months must be whole', () => {
    expect(() => shiftMonths(0, 1.5)).toThrow(/months: 1.5/);
  });
});

describe('monthEnds(firstDay, lastDay)', () => {
  test.each([
    ['2024-01-15', '2024-03-10', ['2024-01-31', '2024-02-29', '2024-03-10']],
    ['2023-12-01', '2024-01-31', ['2023-12-31', '2024-01-31']],
    ['2024-02-29', '2024-02-29', ['2024-02-29']],
    ['2024-03-01', '2024-02-29', []]
  ])('%s … %s → %j', (first, last, expected) => {
    expect(monthEnds(day(first), day(last)).map(isoOfDay)).toEqual(expected);
  });

  test('not finite → empty', () => {
    expect(monthEnds(NaN, 5)).toEqual([]);
    expect(monthEnds(Infinity, 5)).toEqual([]);
  });
});
