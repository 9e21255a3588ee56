import { describe, expect, test } from 'vitest';
import { cohorts } from '../../../src/lib/analysis/cohorts.ts';
import { summarize } from '../../../src/lib/analysis/summarize.ts';
import { cohortCsv, cohortGrid, cohortMembers, layerCake } from '../../../src/views/cohorts/cohortCells.ts';
import { summaryConfig, transactionTable, type Row } from '../../analysis/transactionTable.ts';

const rows: Row[] = [
  ['a', '2023-12-31', 100], ['a', '2024-01-01', 50], ['a', '2024-03-15', -20],
  ['b', '2024-01-31', 30], ['b', '2024-02-01', 40],
  ['c', '2024-01-20', 70], ['c', '2024-03-31', 10],
  ['e', '2024-03-31', 25]
].map(([customer, date, amount]) => ({ customer: customer as string, date: date as string, amount: amount as number }));
const summary = summarize(transactionTable(rows), summaryConfig());
const result = cohorts(summary, 'month');

describe('cohortGrid(result, measure, layout)', () => {
  test('by age: period 0 is 100 %, later cells the share active; the scale tops at the largest later share', () => {
    const g = cohortGrid(result, 'share', 'age');
    expect(g.columns).toEqual(['0', '1', '2', '3']);
    expect(g.rows.map((r) => [r.cohort, r.customers, r.cells.map((c) => c?.value ?? null)])).toEqual([
      ['2023-12', 1, [1, 1, 0, 0]],
      ['2024-01', 2, [1, 0.5, 0.5, null]],
      ['2024-03', 1, [1, null, null, null]]
    ]);
    expect(g.max).toBe(1);
  });

  test('by calendar period, revenue per cohort customer', () => {
    const g = cohortGrid(result, 'revenue', 'calendar');
    expect(g.columns).toEqual(['2023-12', '2024-01', '2024-02', '2024-03']);
    expect(g.rows.map((r) => r.cells.map((c) => c?.value ?? null))).toEqual([
      [100, 50, 0, -20],
      [null, 50, 20, 5],
      [null, null, null, 25]
    ]);
    expect(g.max).toBe(50);
  });

  test('no cohorts: an empty grid', () => {
    expect(cohortGrid({ ...result, cohorts: [] }, 'share', 'age')).toEqual({ columns: [], rows: [], max: 0 });
  });
});

test('cohortMembers(result, row, age): the customers active in that cell', () => {
  const ids = (row: number, age: number) => cohortMembers(result, row, age).map((i) => summary.ids[i]);
  expect([ids(0, 0), ids(0, 1), ids(0, 2), ids(1, 1), ids(1, 2), ids(2, 0)]).toEqual([['a'], ['a'], [], ['b'], ['c'], ['e']]);
});

test('layerCake(result): revenue per calendar period stacked by cohort, negatives as 0', () => {
  expect(layerCake(result)).toEqual({
    labels: ['2023-12', '2024-01', '2024-02', '2024-03'],
    counts: [[100, 0, 0], [50, 100, 0], [0, 40, 0], [0, 10, 25]],
    series: ['2023-12', '2024-01', '2024-03']
  });
});

test('cohortCsv(grid, headers)', () => {
  expect(cohortCsv(cohortGrid(result, 'share', 'age'), { cohort: 'Cohort', customers: 'Customers' })).toEqual([
    ['Cohort', 'Customers', '0', '1', '2', '3'],
    ['2023-12', 1, 1, 1, 0, 0],
    ['2024-01', 2, 1, 0.5, 0.5, ''],
    ['2024-03', 1, 1, '', '', '']
  ]);
});
