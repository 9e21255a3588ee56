import { DuckDBInstance } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import { SparkSQL } from 'dt-sql-parser';
import NodeSqlParser from 'node-sql-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareIds } from '../../src/lib/analysis/compareIds.ts';
import { defaultConfig } from '../../src/lib/analysis/defaults.ts';
import type { AnalysisConfig } from '../../src/lib/analysis/analyze.ts';
import { dialectOf, dialectNames, type Dialect } from '../../src/lib/sql/dialects.ts';
import { normalisedColumns } from '../../src/lib/sql/normalised.ts';
import { ddlSql, warehouseStatements } from '../../src/lib/sql/warehouseSql.ts';
import { variants } from './variants.ts';

const spark = new SparkSQL();
const bigquery = new NodeSqlParser.Parser();
const sparkErrors = (sql: string) => spark.validate(sql).map((e) => `${e.startLine}:${e.startColumn} ${e.message}`);
const bigqueryErrors = (sql: string): string[] => {
  try {
    bigquery.astify(sql, { database: 'bigquery' });
    return [];
  } catch (error) {
    return [String(error).slice(0, 300)];
  }
};

const all = normalisedColumns.filter((c) => c !== 'profit');
const configOf = (patch: (c: AnalysisConfig) => void) => {
  const c = defaultConfig();
  patch(c);
  return c;
};

/** The grammars build their parse tables on first use: slow on a busy machine. */
const grammarTimeout = 300_000;

describe('Spark SQL and BigQuery text is accepted by a grammar of that dialect', () => {
  beforeAll(() => {
    sparkErrors(warehouseStatements({ dialect: 'spark', shape: 'transactions', source: { kind: 'normalised', columns: all, table: 't' }, config: defaultConfig() }).customers);
    bigqueryErrors('SELECT 1');
  }, grammarTimeout);

  for (const [name, patch] of variants) {
    it(name, { timeout: grammarTimeout }, () => {
      const config = configOf(patch);
      for (const shape of ['transactions', 'customers'] as const) {
        if (shape === 'customers' && !['revenue', 'quantity', 'profit', 'payment'].includes(config.abc.metric)) continue;
        if (shape === 'customers' && !['revenue', 'quantity', 'profit', 'payment'].includes(config.pyramid.metric)) continue;
        const columns = shape === 'customers' ? all.filter((c) => c !== 'date' && c !== 'order') : all;
        const sp = warehouseStatements({ dialect: 'spark', shape, source: { kind: 'normalised', columns, table: 'db.kefen_rows' }, config });
        expect(sparkErrors(sp.customers), `spark ${shape}`).toEqual([]);
        expect(sparkErrors(sp.cuts), `spark cuts ${shape}`).toEqual([]);
        const bq = warehouseStatements({ dialect: 'bigquery', shape, source: { kind: 'normalised', columns, table: 'shop.kefen_rows' }, config });
        expect(bigqueryErrors(bq.customers), `bigquery ${shape}`).toEqual([]);
        expect(bigqueryErrors(bq.cuts), `bigquery cuts ${shape}`).toEqual([]);
      }
    });
  }

  it('the CREATE TABLE of each', () => {
    expect(sparkErrors(ddlSql('spark', 'kefen_rows', normalisedColumns))).toEqual([]);
    expect(bigqueryErrors(ddlSql('bigquery', 'kefen_rows', normalisedColumns))).toEqual([]);
  });

  it('a grammar finds a broken statement (the check can fail)', () => {
    expect(sparkErrors('SELECT FROM WHERE')).not.toEqual([]);
    expect(bigqueryErrors('SELECT FROM WHERE')).not.toEqual([]);
  });
});

describe('the constructs of the dialect layer', () => {
  it('identifiers and string literals: "x" is a string in Spark; Spark and BigQuery read backslash escapes', () => {
    expect(dialectOf('duckdb').ident('order')).toBe('"order"');
    expect(dialectOf('postgres').ident('a"b')).toBe('"a""b"');
    expect(dialectOf('spark').ident('order')).toBe('`order`');
    expect(dialectOf('bigquery').ident('date')).toBe('`date`');
    expect(dialectOf('postgres').literal("it's \\1")).toBe("'it''s \\1'");
    expect(dialectOf('spark').literal("it's \\1")).toBe("'it\\'s \\\\1'");
    expect(dialectOf('bigquery').literal('\\')).toBe("'\\\\'");
  });

  it('output names are quoted only where the dialect folds case', () => {
    expect(dialectNames.map((n) => dialectOf(n).alias('recencyDays'))).toEqual(['recencyDays', '"recencyDays"', 'recencyDays', 'recencyDays']);
  });

  it('a regular expression group: \\1 in DuckDB and PostgreSQL, $1 in Spark, \\\\1 written in BigQuery', () => {
    expect(dialectOf('duckdb').replaceAll('x', '([0-9]+)', '<$1>')).toBe("regexp_replace(x, '([0-9]+)', '<\\1>', 'g')");
    expect(dialectOf('postgres').replaceAll('x', '([0-9]+)', '<$1>')).toBe("regexp_replace(x, '([0-9]+)', '<\\1>', 'g')");
    expect(dialectOf('spark').replaceAll('x', '([0-9]+)', '<$1>')).toBe("regexp_replace(x, '([0-9]+)', '<$1>')");
    expect(dialectOf('bigquery').replaceAll('x', '([0-9]+)', '<$1>')).toBe("REGEXP_REPLACE(x, '([0-9]+)', '<\\\\1>')");
  });

  it('an unknown dialect names the choices', () => {
    expect(() => dialectOf('oracle')).toThrow('unknown SQL dialect: oracle (available: duckdb, postgres, spark, bigquery)');
  });

  const ids = ['b2', 'A10', 'A2', 'a1', 'A02', 'A1x', '7', '007', 'A', 'Z-9', 'é1', '客户2', '客户10', 'x 1', 'x~1', 'A00000000000000000001', 'A1.5', 'A1.10'];
  const probe = (d: Dialect) => {
    const rows = d.values([{ name: 'id', type: 'text' }, { name: 'day', type: 'text' }], ids.map((id, i) => [id, `2024-01-${String(i + 1).padStart(2, '0')}`]));
    const key = d.replaceAll(d.replaceAll('id', '([0-9]+)', '00000000000000000000$1'), '0*([0-9]{20})([^0-9]|$)', '$1$2');
    return `SELECT id, ${d.dayNumber(`CAST(day AS ${d.types.date})`)} AS n, ${d.dateText(d.dayNumber(`CAST(day AS ${d.types.date})`))} AS back,
      CASE WHEN ${d.matches('id', '^[0-9]+$')} THEN ${d.toDouble('id')} END AS num
    FROM (${rows}) AS t ORDER BY ${d.binary(key)}, ${d.binary('id')}`;
  };
  const expected = [...ids].sort(compareIds);
  const check = (rows: Record<string, unknown>[]) => {
    expect(rows.map((r) => r.id)).toEqual(expected);
    for (const r of rows) {
      const i = ids.indexOf(String(r.id));
      expect(Number(r.n)).toBe(19723 + i);
      expect(String(r.back)).toBe(`2024-01-${String(i + 1).padStart(2, '0')}`);
      expect(r.num === null ? null : Number(r.num)).toBe(/^[0-9]+$/.test(String(r.id)) ? Number(r.id) : null);
    }
  };

  it('DuckDB: days, dates back, numbers, the id order key and a VALUES table, run', async () => {
    const c = await (await DuckDBInstance.create(':memory:')).connect();
    check((await c.runAndReadAll(probe(dialectOf('duckdb')))).getRowObjects() as Record<string, unknown>[]);
  });

  it('PostgreSQL: the same, run (COLLATE "C" against the database collation)', async () => {
    const db = await PGlite.create();
    check((await db.query<Record<string, unknown>>(probe(dialectOf('postgres')))).rows);
  });

  it('Spark SQL and BigQuery: the same probe parses', () => {
    expect(sparkErrors(probe(dialectOf('spark')))).toEqual([]);
    expect(bigqueryErrors(probe(dialectOf('bigquery')))).toEqual([]);
  });
});
