import { readFileSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { abc } from '../../src/lib/analysis/abc.ts';
import { rfm } from '../../src/lib/analysis/rfm.ts';
import { summarize } from '../../src/lib/analysis/summarize.ts';
import type { AnalysisConfig } from '../../src/lib/analysis/analyze.ts';
import { importText, type ImportOptions } from '../../src/lib/import/importText.ts';
import { sqlMapping } from '../../src/lib/sql/sqlMapping.ts';
import { toDuckDbSql } from '../../src/lib/sql/toDuckDbSql.ts';

/** One customer's results, as the SQL returns them and as the engine computes them. */
export interface CustomerRow {
  id: string;
  recencyDays: number | null;
  frequency: number | null;
  monetary: number | null;
  r: number | null;
  f: number | null;
  m: number | null;
  rfm: string | null;
  segment: string | null;
  value: number;
  share: number;
  cumShare: number;
  abcClass: string;
  rank: number;
}

let connection: Promise<DuckDBConnection> | undefined;

function connect(): Promise<DuckDBConnection> {
  connection ??= DuckDBInstance.create(':memory:').then((db) => db.connect());
  return connection;
}

const asNumber = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/** Runs the generated SQL for `file` and returns its rows in rank order, with the SQL text. */
export async function sqlRows(file: string, config: AnalysisConfig, options: ImportOptions = {}): Promise<{ sql: string; rows: CustomerRow[] }> {
  const imported = importText(readFileSync(file, 'utf8'), options);
  const sql = toDuckDbSql({ file, mapping: sqlMapping(imported.mapping, imported.headers), config });
  const c = await connect();
  const reader = await c.runAndReadAll(sql);
  const rows = reader.getRowObjects().map((o) => ({
    id: String(o.customer_id),
    recencyDays: asNumber(o.recency_days),
    frequency: asNumber(o.frequency),
    monetary: asNumber(o.monetary),
    r: asNumber(o.r),
    f: asNumber(o.f),
    m: asNumber(o.m),
    rfm: o.rfm === null ? null : String(o.rfm),
    segment: o.segment === null ? null : String(o.segment),
    value: Number(o.abc_value),
    share: Number(o.share),
    cumShare: Number(o.cum_share),
    abcClass: String(o.abc_class),
    rank: Number(o.abc_rank)
  }));
  return { sql, rows };
}

/** The engine's per-customer results for the same file and settings, in rank order. */
export function engineRows(file: string, config: AnalysisConfig, options: ImportOptions = {}): CustomerRow[] {
  const { table } = importText(readFileSync(file, 'utf8'), options);
  const summary = summarize(table, config.summary);
  const a = abc(summary, config.abc);
  const hasDates = summary.shape === 'transactions';
  const scores = hasDates ? rfm(summary, config.rfm) : null;
  const nan = (v: number) => (Number.isNaN(v) ? null : v);
  const rows: CustomerRow[] = summary.ids.map((id, i) => {
    const scored = scores !== null && scores.r[i] > 0;
    return {
      id,
      recencyDays: hasDates ? nan(summary.recencyDays[i]) : null,
      frequency: hasDates ? nan(summary.frequency[i]) : null,
      monetary: hasDates ? nan(summary.monetary[i]) : null,
      r: scored ? scores.r[i] : null,
      f: scored ? scores.f[i] : null,
      m: scored ? scores.m[i] : null,
      rfm: scored ? `${scores.r[i]}${scores.f[i]}${scores.m[i]}` : null,
      segment: scores ? scores.segments[scores.segment[i]].name : null,
      value: a.value[i],
      share: a.share[i],
      cumShare: a.cumShare[i],
      abcClass: 'ABC'[a.cls[i]],
      rank: a.rank[i]
    };
  });
  return rows.sort((x, y) => x.rank - y.rank);
}

/** Differences between two row lists (empty when they agree; numbers within a relative 1e-9). */
export function differences(sql: CustomerRow[], engine: CustomerRow[]): string[] {
  const out: string[] = [];
  if (sql.length !== engine.length) out.push(`customers: SQL ${sql.length}, engine ${engine.length}`);
  const close = (a: number | null, b: number | null) =>
    a === null || b === null ? a === b : Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  const keys: (keyof CustomerRow)[] = ['id', 'recencyDays', 'frequency', 'monetary', 'r', 'f', 'm', 'rfm', 'segment', 'value', 'share', 'cumShare', 'abcClass', 'rank'];
  for (let k = 0; k < Math.min(sql.length, engine.length); k++) {
    for (const key of keys) {
      const a = sql[k][key];
      const b = engine[k][key];
      const same = typeof a === 'number' || typeof b === 'number' ? close(a as number | null, b as number | null) : a === b;
      if (!same) out.push(`rank ${k} (${engine[k].id}) ${key}: SQL ${String(a)}, engine ${String(b)}`);
    }
    if (out.length > 20) break;
  }
  return out;
}
