import { describe, expect, test } from 'vitest';
import type { ClassifierAt } from '../../../src/lib/analysis/classifierAt.ts';
import { isoOfDay } from '../../../src/lib/analysis/day.ts';
import { migration } from '../../../src/lib/analysis/migration.ts';
import { summarize } from '../../../src/lib/analysis/summarize.ts';
import { migrationCsv, migrationCustomers, migrationGrid, migrationMembers } from '../../../src/views/migration/migrationGrid.ts';
import { sankeyLayout } from '../../../src/views/migration/sankeyLayout.ts';
import { day, summaryConfig, transactionTable } from '../../analysis/transactionTable.ts';

// x stays A, y goes A → B, z enters as B, w leaves (last order beyond 30 days), q has no order up to E₂.
const rows = [
  ['x', '2024-01-05'], ['x', '2024-02-20'], ['y', '2024-01-06'], ['y', '2024-02-25'], ['z', '2024-01-20'], ['z', '2024-02-10'], ['w', '2024-01-02'], ['q', '2024-04-01']
].map(([customer, date]) => ({ customer, date, amount: 10 }));
const full = summarize(transactionTable(rows), summaryConfig());
const classes: Record<string, [number, number, number]> = { x: [0, 0, 0], y: [0, 0, 1], z: [255, 1, 1], w: [1, 1, 1], q: [255, 255, 255] };
const days = [day('2024-01-15'), day('2024-01-31'), day('2024-02-29')];
const fake: ClassifierAt = { by: 'abc', keys: ['A', 'B', 'C'], hasLost: false, at: (d) => Uint8Array.from(full.ids, (id) => classes[id][days.indexOf(d)]) };
const m = migration(full, fake, days[0], days[2], 30);

describe('migrationGrid(m)', () => {
  test('every class on both sides, entered as a row and left as a column when used, with totals', () => {
    const g = migrationGrid(m);
    expect(g.rows.map((i) => m.nodes[i])).toEqual(['A', 'B', 'C', 'entered']);
    expect(g.cols.map((i) => m.nodes[i])).toEqual(['A', 'B', 'C', 'left']);
    expect(g.counts).toEqual([[1, 1, 0, 0], [0, 0, 0, 1], [0, 0, 0, 0], [0, 1, 0, 0]]);
    expect(g.revenue[0]).toEqual([10, 10, 0, 0]);
    expect(g.rowTotals).toEqual([2, 1, 0, 1]);
    expect(g.colTotals).toEqual([1, 2, 0, 1]);
  });
});

test('migrationMembers(m, from, to): a cell, a row or a column (−1 = any)', () => {
  const ids = (from: number, to: number) => migrationMembers(m, from, to).map((i) => full.ids[i]).sort();
  expect([ids(0, 1), ids(0, -1), ids(-1, 1), ids(3, -1), ids(-1, 4)]).toEqual([['y'], ['x', 'y'], ['y', 'z'], ['z'], ['w']]);
});

test('migrationCustomers(m, ids): changed first (latest first), unchanged last; CSV rows', () => {
  const list = migrationCustomers(m, full.ids);
  expect(list.map((r) => [r.id, m.nodes[r.from], m.nodes[r.to], Number.isNaN(r.lastChange) ? null : isoOfDay(r.lastChange)])).toEqual([
    ['w', 'B', 'left', '2024-02-29'],
    ['y', 'A', 'B', '2024-02-29'],
    ['z', 'entered', 'B', '2024-01-31'],
    ['x', 'A', 'A', null]
  ]);
  expect(migrationCsv(list.slice(2), ['id', 'from', 'to', 'last', 'revenue'], (n) => m.nodes[n], isoOfDay)).toEqual([
    ['id', 'from', 'to', 'last', 'revenue'],
    ['z', 'entered', 'B', '2024-01-31', 20],
    ['x', 'A', 'A', '', 10]
  ]);
});

test('sankeyLayout(m, width, height): one node per used class on each side, one band per cell, as wide as its customers', () => {
  const { nodes, links } = sankeyLayout(m, 400, 200);
  expect(nodes.map((n) => [n.side, m.nodes[n.node], n.customers])).toEqual([[0, 'A', 2], [0, 'B', 1], [0, 'entered', 1], [1, 'A', 1], [1, 'B', 2], [1, 'left', 1]]);
  expect(nodes.every((n) => n.x0 >= 0 && n.x1 <= 400 && n.y0 >= -1e-9 && n.y1 <= 200 + 1e-9)).toBe(true);
  expect(nodes.filter((n) => n.side === 0).every((n) => n.x0 === 0)).toBe(true);
  expect(links.map((l) => [m.nodes[l.from], m.nodes[l.to], l.customers])).toEqual([['A', 'A', 1], ['A', 'B', 1], ['B', 'left', 1], ['entered', 'B', 1]]);
  expect(new Set(links.map((l) => l.width.toFixed(6))).size).toBe(1);
  expect(links.every((l) => l.d.startsWith('M'))).toBe(true);
  expect(sankeyLayout({ ...m, matrix: [] }, 400, 200)).toEqual({ nodes: [], links: [] });
});
