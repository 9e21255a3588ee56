import { describe, expect, test } from 'vitest';
import { classifierAt, notYet, type ClassifierAt } from '../../src/lib/analysis/classifierAt.ts';
import { isoOfDay } from '../../src/lib/analysis/day.ts';
import { defaultConfig } from '../../src/lib/analysis/defaults.ts';
import { migration, snapshotDays } from '../../src/lib/analysis/migration.ts';
import { summarize } from '../../src/lib/analysis/summarize.ts';
import { day, snapshot, summaryConfig, transactionTable, type Row } from './transactionTable.ts';

const rowsOf = (spec: Record<string, [string, number][]>): Row[] => Object.entries(spec).flatMap(([customer, orders]) => orders.map(([date, amount]) => ({ customer, date, amount })));

describe('snapshotDays(E₁, E₂): E₁, the month ends strictly between, E₂', () => {
  test.each([
    ['2024-01-15', '2024-04-10', ['2024-01-15', '2024-01-31', '2024-02-29', '2024-03-31', '2024-04-10']],
    ['2024-01-31', '2024-03-31', ['2024-01-31', '2024-02-29', '2024-03-31']],
    ['2023-11-30', '2024-01-01', ['2023-11-30', '2023-12-31', '2024-01-01']],
    ['2024-03-02', '2024-03-20', ['2024-03-02', '2024-03-20']]
  ])('%s → %s', (from, to, expected) => {
    expect(snapshotDays(day(from), day(to)).map(isoOfDay)).toEqual(expected);
  });
});

describe('migration(): entered, left, last change over the month ends (METHOD §10)', () => {
  // Snapshots: 2024-01-15, 01-31, 02-29, 03-31, 2024-04-10; churn horizon 60 days.
  const spec: Record<string, [string, number][]> = {
    stay: [['2024-01-05', 100], ['2024-02-05', 100], ['2024-03-05', 100], ['2024-04-01', 100]],
    twice: [['2024-01-05', 100], ['2024-02-15', 100], ['2024-03-20', 100]],
    up: [['2024-01-05', 100], ['2024-02-20', 100], ['2024-03-25', 100]],
    new: [['2024-02-10', 100], ['2024-03-10', 100]],
    gone: [['2024-01-10', 100]],
    late: [['2024-04-05', 100]],
    never: [['2024-05-01', 100]]
  };
  const table = transactionTable(rowsOf(spec));
  const full = summarize(table, summaryConfig({ analysisDate: '2024-05-31' }));
  const _ = notYet;
  // Classes the method gives at each snapshot (as a table, so the test is about migration alone).
  const classes: Record<string, number[]> = {
    stay: [0, 0, 0, 0, 0],
    twice: [0, 1, 1, 0, 0],
    up: [1, 1, 0, 0, 0],
    new: [_, _, 0, 0, 0],
    gone: [0, 0, 0, 1, 1],
    late: [_, _, _, _, 1],
    never: [_, _, _, _, _]
  };
  const days = snapshotDays(day('2024-01-15'), day('2024-04-10'));
  const fake = (hasLost: boolean): ClassifierAt => ({
    by: 'abc',
    keys: ['A', 'B'],
    hasLost,
    at: (d) => Uint8Array.from(full.ids, (id) => classes[id][days.indexOf(d)])
  });
  const before = snapshot(full);
  const r = migration(full, fake(false), day('2024-01-15'), day('2024-04-10'), 60);
  const row = (id: string) => {
    const i = full.ids.indexOf(id);
    return [r.fromNode[i] === notYet ? null : r.nodes[r.fromNode[i]], r.toNode[i] === notYet ? null : r.nodes[r.toNode[i]], Number.isNaN(r.lastChange[i]) ? null : isoOfDay(r.lastChange[i]), r.revenue[i]];
  };

  test.each([
    ['stay', 'A', 'A', null, 300],
    ['twice', 'A', 'A', '2024-03-31', 200], // A → B → A: back to A at the March month end
    ['up', 'B', 'A', '2024-02-29', 200],
    ['new', 'entered', 'A', '2024-02-29', 200],
    ['gone', 'A', 'left', '2024-03-31', 0], // last positive order 01-10: beyond 60 days from 03-31
    ['late', 'entered', 'B', '2024-04-10', 100], // first order after the last month end: changed at E₂
    ['never', null, null, null, 0] // no order up to E₂: not in the migration
  ])('%s: %s → %s, last change %s, revenue in (E₁, E₂] %d', (id, from, to, lastChange, revenue) => {
    expect(row(id)).toEqual([from, to, lastChange, revenue]);
  });

  test('the matrix counts each customer once, with its revenue, in node order; the input is not mutated', () => {
    expect(r.nodes).toEqual(['A', 'B', 'entered', 'left']);
    expect(r.matrix).toEqual([
      { from: 'A', to: 'A', customers: 2, revenue: 500 },
      { from: 'A', to: 'left', customers: 1, revenue: 0 },
      { from: 'B', to: 'A', customers: 1, revenue: 200 },
      { from: 'entered', to: 'A', customers: 1, revenue: 200 },
      { from: 'entered', to: 'B', customers: 1, revenue: 100 }
    ]);
    expect(r.snapshots.map(isoOfDay)).toEqual(['2024-01-15', '2024-01-31', '2024-02-29', '2024-03-31', '2024-04-10']);
    expect(full).toEqual(before);
  });

  test('a method with a class of its own for lapsed customers (lifecycle) has no "left"', () => {
    const m = migration(full, fake(true), day('2024-01-15'), day('2024-04-10'), 60);
    const gone = full.ids.indexOf('gone');
    expect(m.nodes[m.toNode[gone]]).toBe('B');
    expect(isoOfDay(m.lastChange[gone])).toBe('2024-03-31');
    expect(m.matrix.some((c) => c.to === 'left')).toBe(false);
  });

  test('errors: dates not in order, no horizon', () => {
    expect(() => migration(full, fake(false), day('2024-04-10'), day('2024-04-10'), 60)).toThrow('invalid migration dates: 2024-04-10 to 2024-04-10 (expected the first date before the second)');
    expect(() => migration(full, fake(false), day('2024-01-10'), day('2024-04-10'), 0)).toThrow('invalid churn horizon: 0 days');
  });
});

describe('migration() of ABC on the 长海物流 classroom values as orders (METHOD §3 golden case at E₂)', () => {
  // Customers 1–7 buy on 2024-03-15, customers 8–14 on 2024-06-15, each its 营业收入 of the exercise.
  const revenue = [590, 140, 100, 740, 120, 68, 50, 50, 20, 40, 12, 40, 10, 20];
  const table = transactionTable(revenue.map((amount, i) => ({ customer: String(i + 1), date: i < 7 ? '2024-03-15' : '2024-06-15', amount })));
  const config = defaultConfig();
  const full = summarize(table, config.summary);
  const r = migration(full, classifierAt(table, full, config, 'abc'), day('2024-03-31'), day('2024-06-30'), config.lifecycle.horizonDays);
  const members = (node: Uint8Array, cls: string) => full.ids.filter((_, i) => r.nodes[node[i]] === cls);

  test('at E₂ the golden classes; at E₁ the classes of customers 1–7 alone (4, 1 | 2, 5, 3 | 6, 7); 8–14 entered', () => {
    expect(members(r.toNode, 'A').sort()).toEqual(['1', '2', '4', '5']);
    expect(members(r.toNode, 'B').sort()).toEqual(['10', '3', '6', '7', '8']);
    expect(members(r.toNode, 'C').sort()).toEqual(['11', '12', '13', '14', '9']);
    expect(members(r.fromNode, 'A').sort()).toEqual(['1', '4']);
    expect(members(r.fromNode, 'B').sort()).toEqual(['2', '3', '5']);
    expect(members(r.fromNode, 'C').sort()).toEqual(['6', '7']);
    expect(members(r.fromNode, 'entered').length).toBe(7);
  });

  test('the classes change only at E₂ (no order in April or May); 4, 1 and 3 never change', () => {
    const last = (id: string) => {
      const x = r.lastChange[full.ids.indexOf(id)];
      return Number.isNaN(x) ? null : isoOfDay(x);
    };
    expect(['4', '1', '3'].map(last)).toEqual([null, null, null]);
    expect(['2', '5', '6', '7', '8', '14'].map(last)).toEqual(Array(6).fill('2024-06-30'));
    expect(r.matrix.map((c) => [c.from, c.to, c.customers])).toEqual([
      ['A', 'A', 2],
      ['B', 'A', 2],
      ['B', 'B', 1],
      ['C', 'B', 2],
      ['entered', 'B', 2],
      ['entered', 'C', 5]
    ]);
  });
});
