import { entered, left, type MigrationResult } from '../../lib/analysis/migration.ts';

export interface MigrationGrid {
  /** Node indices of the rows (classes, then "entered" when anyone entered) and the columns (classes, then "left"). */
  rows: number[];
  cols: number[];
  /** counts[i][j], revenue[i][j] for rows[i] → cols[j]. */
  counts: number[][];
  revenue: number[][];
  /** Customers per row and per column. */
  rowTotals: number[];
  colTotals: number[];
}

/** The from × to matrix of a migration: every class on both sides, "entered" as a row and "left" as a column only when used. */
export function migrationGrid(m: MigrationResult): MigrationGrid {
  const K = m.keys.length;
  const used = (name: string) => m.matrix.some((c) => c.from === name || c.to === name);
  const classes = m.keys.map((_, i) => i);
  const rows = used(entered) ? [...classes, K] : classes;
  const cols = used(left) ? [...classes, K + 1] : classes;
  const counts = rows.map(() => cols.map(() => 0));
  const revenue = rows.map(() => cols.map(() => 0));
  for (const cell of m.matrix) {
    const i = rows.indexOf(m.nodes.indexOf(cell.from));
    const j = cols.indexOf(m.nodes.indexOf(cell.to));
    counts[i][j] = cell.customers;
    revenue[i][j] = cell.revenue;
  }
  const rowTotals = counts.map((r) => r.reduce((s, x) => s + x, 0));
  const colTotals = cols.map((_, j) => counts.reduce((s, r) => s + r[j], 0));
  return { rows, cols, counts, revenue, rowTotals, colTotals };
}

/** Customers (summary indices) going from node `from` to node `to`; either may be −1 for "any". */
export function migrationMembers(m: MigrationResult, from: number, to: number): number[] {
  const out: number[] = [];
  for (let c = 0; c < m.fromNode.length; c++) {
    if (m.toNode[c] === 255) continue;
    if ((from < 0 || m.fromNode[c] === from) && (to < 0 || m.toNode[c] === to)) out.push(c);
  }
  return out;
}

export interface MigrationCustomer {
  index: number;
  id: string;
  from: number;
  to: number;
  /** Epoch day or NaN. */
  lastChange: number;
  revenue: number;
}

/** Every customer of the migration: those who changed first, latest change first, then by id order. */
export function migrationCustomers(m: MigrationResult, ids: readonly string[]): MigrationCustomer[] {
  const out: MigrationCustomer[] = [];
  for (let c = 0; c < ids.length; c++) {
    if (m.toNode[c] === 255) continue;
    out.push({ index: c, id: ids[c], from: m.fromNode[c], to: m.toNode[c], lastChange: m.lastChange[c], revenue: m.revenue[c] });
  }
  const key = (x: MigrationCustomer) => (Number.isNaN(x.lastChange) ? -Infinity : x.lastChange);
  return out.sort((a, b) => key(b) - key(a) || a.index - b.index);
}

/** The per-customer table as CSV rows. */
export function migrationCsv(rows: readonly MigrationCustomer[], headers: readonly [string, string, string, string, string], nodeName: (node: number) => string, iso: (day: number) => string): (string | number)[][] {
  return [[...headers], ...rows.map((r) => [r.id, nodeName(r.from), nodeName(r.to), Number.isNaN(r.lastChange) ? '' : iso(r.lastChange), r.revenue])];
}
