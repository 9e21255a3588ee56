import { describe, expect, test } from 'vitest';
import { defaultConfig } from '../../src/lib/analysis/defaults.ts';
import { datasetColumns, datasetSql } from '../../src/lib/sql/datasetSql.ts';

const dataset = { shape: 'transactions' as const, columns: [{ name: 'customer' }, { name: 'order' }, { name: 'date' }, { name: 'amount' }, { name: 'n:note' }, { name: 'line' }] };

describe('datasetSql(dataset, config, dialect, names)', () => {
  test('the stored columns in the order of the normalised file', () => {
    expect(datasetColumns(dataset)).toEqual(['customer', 'date', 'amount', 'order', 'line']);
  });

  test('DuckDB reads the normalised file with the current settings', () => {
    const config = defaultConfig();
    config.abc.a = 0.7;
    const sql = datasetSql(dataset, config, 'duckdb', { file: 'orders 2024.normalised.csv' });
    expect(sql).toContain("read_csv('orders 2024.normalised.csv'");
    expect(sql).toContain("'order': 'VARCHAR'");
    expect(sql).toContain('CAST(0.7 AS DOUBLE) AS abc_a');
  });

  test('PostgreSQL reads the table, its CREATE TABLE first as a comment', () => {
    const sql = datasetSql(dataset, defaultConfig(), 'postgres', { file: 'x.normalised.csv' });
    expect(sql).toMatch(/^-- Load x\.normalised\.csv/);
    expect(sql).toContain('-- CREATE TABLE kefen_rows (');
    expect(sql).toContain('FROM kefen_rows');
    expect(sql).toContain('AS "recencyDays"');
  });

  test('a dataset without a customer column says so', () => {
    expect(() => datasetSql({ shape: 'transactions', columns: [] }, defaultConfig(), 'duckdb', { file: 'x.csv' })).toThrow('no customer column');
  });
});
