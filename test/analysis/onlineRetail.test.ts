/*
 * METHOD §2 on real data: UCI Online Retail (../shared/data/online_retail.csv) imported with importText
 * and summarised by the engine, against the same metrics computed by DuckDB straight from the CSV
 * (orders = invoices per customer, value = Σ Quantity × UnitPrice; D = the latest invoice date).
 */
import { existsSync, readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, test } from 'vitest';
import { summarize } from '../../src/lib/analysis/summarize.ts';
import type { FullSummary } from '../../src/lib/analysis/types.ts';
import { importText } from '../../src/lib/import/importText.ts';
import { summaryConfig } from './transactionTable.ts';

const candidates = ['../shared/data/online_retail.csv', '/work/shared/data/online_retail.csv'];
const path = candidates.find((p) => existsSync(p));
if (!path) throw new Error(`online_retail.csv not found (looked in ${candidates.join(', ')})`);

interface Expected {
  id: number;
  F: number;
  M: number;
  R: number | null;
  tenure: number;
  rows: number;
  F90: number;
  M90: number;
}

let summary: FullSummary;
let rowsMode: FullSummary;
let windowed: FullSummary;
let stats: { rows: number; noCustomer: number; total: number; customers: number };
let expected: Expected[];

beforeAll(async () => {
  const { table } = importText(readFileSync(path, 'utf8'));
  summary = summarize(table, summaryConfig());
  rowsMode = summarize(table, summaryConfig({ frequency: 'rows' }));
  windowed = summarize(table, summaryConfig({ windowDays: 90 }));

  const db = await (await DuckDBInstance.create(':memory:')).connect();
  const src = `read_csv('${path.replace(/'/g, "''")}', header = true, columns = {
    'InvoiceNo': 'VARCHAR', 'StockCode': 'VARCHAR', 'Description': 'VARCHAR', 'Quantity': 'DOUBLE',
    'InvoiceDate': 'TIMESTAMP', 'UnitPrice': 'DOUBLE', 'CustomerID': 'VARCHAR', 'Country': 'VARCHAR'})`;
  await db.run(`CREATE TABLE r AS SELECT CAST(CustomerID AS DOUBLE) AS c, InvoiceNo AS inv, CAST(InvoiceDate AS DATE) AS d, Quantity * UnitPrice AS a FROM ${src}`);
  const s = (await db.runAndReadAll(`SELECT count(*) AS n, count(*) FILTER (WHERE c IS NULL) AS nc, sum(a) AS total, count(DISTINCT c) AS customers FROM r`)).getRowObjects()[0];
  stats = { rows: Number(s.n), noCustomer: Number(s.nc), total: Number(s.total), customers: Number(s.customers) };
  const rows = (await db.runAndReadAll(`
    WITH dd AS (SELECT max(d) AS D FROM r),
    inv AS (SELECT c, inv, min(d) AS d, sum(a) AS v, count(*) AS n FROM r WHERE c IS NOT NULL GROUP BY c, inv)
    SELECT c,
      count(*) FILTER (WHERE v > 0) AS F, sum(v) AS M,
      (SELECT D FROM dd) - max(d) FILTER (WHERE v > 0) AS R,
      (SELECT D FROM dd) - min(d) AS tenure, sum(n) AS rows,
      count(*) FILTER (WHERE v > 0 AND d > (SELECT D FROM dd) - 90) AS F90,
      coalesce(sum(v) FILTER (WHERE d > (SELECT D FROM dd) - 90), 0) AS M90
    FROM inv GROUP BY c ORDER BY c`)).getRowObjects();
  expected = rows.map((o) => ({
    id: Number(o.c),
    F: Number(o.F),
    M: Number(o.M),
    R: o.R === null ? null : Number(o.R),
    tenure: Number(o.tenure),
    rows: Number(o.rows),
    F90: Number(o.F90),
    M90: Number(o.M90)
  }));
}, 180_000);

describe('Online Retail: the engine summary equals DuckDB on the raw CSV', () => {
  test('dataset totals: rows, rows without customer, customers, total amount (README: 541,909 / 135,080 / 4,372 / 9,747,747.93)', () => {
    expect(summary.stats.rows).toBe(stats.rows);
    expect(stats.rows).toBe(541_909);
    expect(summary.stats.rowsWithoutCustomer).toBe(stats.noCustomer);
    expect(stats.noCustomer).toBe(135_080);
    expect(summary.ids.length).toBe(stats.customers);
    expect(stats.customers).toBe(4372);
    expect(summary.stats.totalAmount).toBeCloseTo(stats.total, 4);
    expect(summary.stats.totalAmount).toBeCloseTo(9_747_747.93, 2);
    expect(summary.analysisDay).toBe(Date.UTC(2011, 11, 9) / 864e5);
  });

  test('per customer: F (invoices with positive value), net M, R, tenure, F as rows', () => {
    const index = new Map(summary.ids.map((id, i) => [Number(id), i]));
    let returnsOnly = 0;
    for (const e of expected) {
      const i = index.get(e.id)!;
      expect(i, String(e.id)).toBeDefined();
      expect(summary.frequency[i], `F of ${e.id}`).toBe(e.F);
      expect(summary.monetary[i], `M of ${e.id}`).toBeCloseTo(e.M, 6);
      if (e.R === null) {
        returnsOnly++;
        expect(summary.recencyDays[i]).toBeNaN();
      } else expect(summary.recencyDays[i], `R of ${e.id}`).toBe(e.R);
      expect(summary.tenureDays[i], `tenure of ${e.id}`).toBe(e.tenure);
      expect(rowsMode.frequency[i], `rows of ${e.id}`).toBe(e.rows);
    }
    expect(returnsOnly).toBeGreaterThan(0); // customers with cancellations only: no R
  });

  test('a 90-day window limits F and M only', () => {
    const index = new Map(windowed.ids.map((id, i) => [Number(id), i]));
    for (const e of expected) {
      const i = index.get(e.id)!;
      expect(windowed.frequency[i], `F90 of ${e.id}`).toBe(e.F90);
      expect(windowed.monetary[i], `M90 of ${e.id}`).toBeCloseTo(e.M90, 6);
      expect(windowed.tenureDays[i]).toBe(e.tenure);
      if (e.R !== null) expect(windowed.recencyDays[i]).toBe(e.R);
    }
  });
});
