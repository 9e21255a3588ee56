import { expect, test } from 'vitest';
import { backtest } from '../../../src/lib/analysis/backtest.ts';
import type { ClassifierAt } from '../../../src/lib/analysis/classifierAt.ts';
import { summarize } from '../../../src/lib/analysis/summarize.ts';
import { backtestCsv, backtestMembers, liftBar } from '../../../src/views/backtest/backtestRows.ts';
import { day, summaryConfig, transactionTable } from '../../analysis/transactionTable.ts';

const rows = [['a', '2024-01-05', 10], ['a', '2024-02-05', 30], ['b', '2024-01-06', 10], ['c', '2024-01-07', 5], ['c', '2024-02-07', -5]].map(([customer, date, amount]) => ({ customer: customer as string, date: date as string, amount: amount as number }));
const full = summarize(transactionTable(rows), summaryConfig());
const fake: ClassifierAt = { by: 'abc', keys: ['A', 'B', 'C'], hasLost: false, at: () => Uint8Array.from([0, 0, 2]) };
const b = backtest(full, fake, day('2024-01-31'), day('2024-02-29'));

test('backtestMembers(b, key): the customers of a class at the first date', () => {
  expect([backtestMembers(b, 'A'), backtestMembers(b, 'B'), backtestMembers(b, 'C')]).toEqual([[0, 1], [], [2]]);
});

test('backtestCsv(b, headers, name): one row per class with customers, then all', () => {
  expect(backtestCsv(b, ['class', 'n', 'active', 'orders', 'revenue', 'share', 'lift'], (r) => r.class)).toEqual([
    ['class', 'n', 'active', 'orders', 'revenue', 'share', 'lift'],
    ['A', 2, 0.5, 0.5, 15, 30 / 25, 15 / (25 / 3)],
    ['C', 1, 0, 0, -5, -5 / 25, -5 / (25 / 3)],
    ['all', 3, 1 / 3, 1 / 3, 25 / 3, 1, 1]
  ]);
});

test.each([
  [2, 4, 0.5],
  [0, 4, 0],
  [-1, 4, 0],
  [NaN, 4, 0],
  [1, 0, 0]
])('liftBar(%d, %d) = %d', (lift, max, expected) => {
  expect(liftBar(lift, max)).toBe(expected);
});
