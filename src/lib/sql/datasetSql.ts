import type { AnalysisConfig } from '../analysis/analyze.ts';
import type { DialectName } from './dialects.ts';
import { normalisedColumns, type NormalisedColumn } from './normalised.ts';
import { ddlSql, warehouseSql } from './warehouseSql.ts';

/** What a stored dataset keeps that the SQL needs: its shape and its stored columns. */
export interface SqlDataset {
  shape: 'transactions' | 'customers';
  columns: readonly { name: string }[];
}

/** The normalised columns of a stored dataset (those it stores, in the export's order). */
export function datasetColumns(dataset: SqlDataset): NormalisedColumn[] {
  const stored = new Set(dataset.columns.map((c) => c.name));
  return normalisedColumns.filter((c) => stored.has(c));
}

/**
 * The SQL of a stored dataset with the given settings, in a dialect: DuckDB reads the normalised CSV `file`
 * (downloaded beside it); the other dialects read `table`, whose CREATE TABLE comes first as a comment.
 * Throws a RangeError saying what it cannot express.
 */
export function datasetSql(dataset: SqlDataset, config: AnalysisConfig, dialect: DialectName, names: { file: string; table?: string }): string {
  const columns = datasetColumns(dataset);
  if (!columns.includes('customer')) throw new RangeError('this dataset has no customer column');
  const table = names.table ?? 'kefen_rows';
  const source = dialect === 'duckdb' ? { kind: 'normalised' as const, columns, file: names.file } : { kind: 'normalised' as const, columns, table };
  const sql = warehouseSql({ dialect, shape: dataset.shape, source, config });
  if (dialect === 'duckdb') return sql;
  const ddl = ddlSql(dialect, table, columns)
    .split('\n')
    .map((line) => (line ? `-- ${line}` : line))
    .join('\n');
  return `-- Load ${names.file} (the normalised CSV) into ${table} first:\n${ddl}\n${sql}`;
}
