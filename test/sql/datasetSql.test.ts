import { describe, expect, test } from 'vitest';
import { defaultConfig } from '../../src/lib/analysis/defaults.ts';
import { importText } from '../../src/lib/import/importText.ts';
import { datasetSql } from '../../src/lib/sql/datasetSql.ts';

const csv = 'order_id,order_date,customer_id,amount\nO1,2024-01-05,C1,100\nO2,2024-02-01,C2,50\nO3,2024-02-03,C1,20\n';

describe('datasetSql(dataset, config)', () => {
  const imported = importText(csv);
  const dataset = { source: { name: 'orders 2024.csv', encoding: 'utf-8' }, headers: imported.headers, mapping: imported.mapping };

  test('reads the source file by name with the stored mapping and the current settings', () => {
    const config = defaultConfig();
    config.abc.a = 0.7;
    const sql = datasetSql(dataset, config);
    expect(sql).toContain("read_csv('orders 2024.csv'");
    expect(sql).toContain('"customer_id"');
    expect(sql).toContain('"order_date"');
    expect(sql).toContain('0.7');
  });

  test('a non-UTF-8 source gets the note to convert it first', () => {
    expect(datasetSql({ ...dataset, source: { name: 'x.csv', encoding: 'gb18030' } }, defaultConfig())).toMatch(/gb18030/i);
  });

  test('a dataset without source columns (opened from a link) says so', () => {
    expect(() => datasetSql({ ...dataset, headers: [] }, defaultConfig())).toThrow('no source file columns');
  });

  test('an unusable stored mapping says which check failed', () => {
    expect(() => datasetSql({ ...dataset, mapping: { shape: 'transactions' } }, defaultConfig())).toThrow('the stored column mapping is not usable');
  });
});
