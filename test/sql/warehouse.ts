import { readFileSync, writeFileSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import { Analyzer, type AnalysisConfig } from '../../src/lib/analysis/analyze.ts';
import { importBytes, type ImportOptions } from '../../src/lib/import/importText.ts';
import type { Encoding } from '../../src/lib/import/encoding.ts';
import { toReport, type CustomerReport, type Report } from '../../src/cli/toReport.ts';
import { columnsOfTable, normalisedCsv } from '../../src/lib/sql/normalised.ts';
import { ddlSql, outputColumns, warehouseStatements, type WarehouseSource } from '../../src/lib/sql/warehouseSql.ts';
import type { DialectName } from '../../src/lib/sql/dialects.ts';

export type Field = (typeof outputColumns)[number];
export type Row = Record<Field, string | number | null>;

/** What `kefen analyze` reports for a file and settings (the same import, engine and report code). */
export function analyzeReport(file: string, config: AnalysisConfig, options: ImportOptions & { encoding?: Encoding } = {}): Report {
  const imported = importBytes(readFileSync(file), options);
  const { result } = new Analyzer(imported.table).run(config);
  return toReport({ file, encoding: imported.encoding, report: imported.report, columns: {}, config, result, translate: (n) => n.code });
}

/** The report's customers with exactly the SQL's fields. */
export function reportRows(report: Report): Row[] {
  return report.customers.map((c) => Object.fromEntries(outputColumns.map((k) => [k, (c as unknown as Record<string, unknown>)[k] ?? null])) as Row);
}

/** Imports `file` as the app does and writes its normalised CSV to `out`; returns the import. */
export function normaliseTo(file: string, out: string, options: ImportOptions & { encoding?: Encoding } = {}) {
  const imported = importBytes(readFileSync(file), { ...options, lines: true });
  writeFileSync(out, [...normalisedCsv(imported.table)].join(''));
  return imported;
}

let duck: Promise<DuckDBConnection> | undefined;
const duckdb = () => (duck ??= DuckDBInstance.create(':memory:').then((db) => db.connect()));

const numeric = new Set<Field>(['rank', 'recencyDays', 'frequency', 'monetary', 'revenue', 'r', 'f', 'm', 'abcValue', 'share', 'cumShare']);

function clean(o: Record<string, unknown>): Row {
  return Object.fromEntries(
    outputColumns.map((k) => {
      const v = o[k];
      if (v === null || v === undefined) return [k, null];
      return [k, numeric.has(k) ? Number(v) : String(v)];
    })
  ) as Row;
}

export interface CutRow {
  kind: string;
  name: string;
  level: number | null;
  value: number | null;
  text: string | null;
}

function cutRow(o: Record<string, unknown>): CutRow {
  return {
    kind: String(o.kind),
    name: String(o.name),
    level: o.level === null ? null : Number(o.level),
    value: o.value === null ? null : Number(o.value),
    text: o.text === null ? null : String(o.text)
  };
}

/** Runs the DuckDB SQL on `source` (a normalised file, or a raw one read_csv reads as Kefen does). */
export async function duckdbRows(source: WarehouseSource, shape: 'transactions' | 'customers', config: AnalysisConfig) {
  const statements = warehouseStatements({ dialect: 'duckdb', shape, source, config });
  const c = await duckdb();
  const rows = (await c.runAndReadAll(statements.customers)).getRowObjects().map((o) => clean(o as Record<string, unknown>));
  const cuts = (await c.runAndReadAll(statements.cuts)).getRowObjects().map((o) => cutRow(o as Record<string, unknown>));
  return { rows, cuts, statements };
}

let pg: Promise<PGlite> | undefined;
const postgres = () => (pg ??= PGlite.create());
let tables = 0;

/** Loads the normalised CSV into a fresh PostgreSQL table made from the DDL (COPY … CSV HEADER), runs the SQL. */
export async function postgresRows(csv: string, imported: ReturnType<typeof normaliseTo>, config: AnalysisConfig) {
  const db = await postgres();
  const table = `kefen_rows_${++tables}`;
  const columns = columnsOfTable(imported.table);
  await db.exec(ddlSql('postgres', table, columns));
  await db.query(`COPY ${table} FROM '/dev/blob' WITH (FORMAT csv, HEADER true)`, [], { blob: new Blob([readFileSync(csv)]) });
  const statements = warehouseStatements({ dialect: 'postgres', shape: imported.table.shape, source: { kind: 'normalised', columns, table }, config });
  const rows = (await db.query<Record<string, unknown>>(statements.customers)).rows.map(clean);
  const cuts = (await db.query<Record<string, unknown>>(statements.cuts)).rows.map(cutRow);
  await db.exec(`DROP TABLE ${table}`);
  return { rows, cuts, statements };
}

/**
 * Differences between SQL rows and the report's, customer by customer (empty when they agree; numbers within
 * a relative 1e-9). A rank may differ only between customers whose metric values agree within that tolerance
 * (sums added in another order can break such a near-tie the other way).
 */
export function differences(sql: Row[], engine: Row[]): string[] {
  const out: string[] = [];
  if (sql.length !== engine.length) out.push(`customers: SQL ${sql.length}, engine ${engine.length}`);
  const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b)));
  const byId = new Map(engine.map((r) => [r.id, r]));
  for (const row of sql) {
    const other = byId.get(row.id);
    if (!other) {
      out.push(`customer ${String(row.id)}: only in the SQL`);
      continue;
    }
    for (const key of outputColumns) {
      const a = row[key];
      const b = other[key];
      let same = numeric.has(key) ? close(a as number | null, b as number | null) : a === b;
      if (!same && (key === 'rank' || key === 'cumShare')) {
        // A near-tie broken the other way: the customer at the SQL's rank has the same value.
        const atRank = engine[(row.rank as number) - 1];
        same = atRank !== undefined && close(atRank.abcValue as number | null, other.abcValue as number | null) && (key === 'rank' || close(a as number, atRank.cumShare as number));
      }
      if (!same) out.push(`customer ${String(row.id)} ${key}: SQL ${String(a)}, engine ${String(b)}`);
    }
    if (out.length > 20) break;
  }
  return out;
}

/** Differences between the cut points and counts of statement 2 and the report's. */
export function cutDifferences(cuts: CutRow[], report: Report): string[] {
  const out: string[] = [];
  const get = (kind: string, name: string, level: number | null = null) => cuts.find((c) => c.kind === kind && c.name === name && c.level === level);
  const close = (a: number | null | undefined, b: number | null) =>
    a === undefined ? false : a === null || b === null || Number.isNaN(b) ? a === (Number.isNaN(b as number) ? null : b) : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  const expect = (what: string, a: number | null | undefined, b: number | null) => {
    if (!close(a, b)) out.push(`${what}: SQL ${String(a)}, engine ${String(b)}`);
  };
  const ds = report.dataset;
  expect('customers', get('count', 'customers')?.value, ds.customers);
  expect('rowsWithoutCustomer', get('count', 'rowsWithoutCustomer')?.value, ds.rowsWithoutCustomer);
  expect('abc total', get('abcTotal', 'total')?.value, report.abc.total);
  expect('abc non-positive', get('count', 'abcNonPositive')?.value, report.abc.nonPositive);
  if (ds.shape === 'transactions') {
    expect('rows', get('count', 'rows')?.value, ds.rowsAccepted);
    expect('rowsAfterAnalysisDate', get('count', 'rowsAfterAnalysisDate')?.value, ds.rowsAfterAnalysisDate);
    expect('rowsBeforeWindow', get('count', 'rowsBeforeWindow')?.value, ds.rowsBeforeWindow);
    expect('orders', get('count', 'orders')?.value, ds.orders);
    if (get('date', 'analysisDate')?.text !== ds.analysisDate) out.push(`analysis date: SQL ${get('date', 'analysisDate')?.text}, engine ${ds.analysisDate}`);
    if (report.lifecycle && get('date', 'snapshotDate')?.text !== report.lifecycle.snapshotDate) out.push(`snapshot: SQL ${get('date', 'snapshotDate')?.text}, engine ${report.lifecycle.snapshotDate}`);
    if (report.rfm) {
      for (const dim of ['r', 'f', 'm'] as const) {
        report.rfm.thresholds.cuts[dim].forEach((cut, i) => expect(`${dim} cut ${i + 1}`, get('rfmCut', dim, i + 1)?.value, cut));
        expect(`${dim} 8-class split`, get('eightSplit', dim)?.value, report.rfm.eight.split[dim]);
      }
      const scored = report.customers.filter((c) => c.r !== null).length;
      expect('scored customers', get('count', 'scoredCustomers')?.value, scored);
    }
  }
  return out;
}

export type { CustomerReport, DialectName };
