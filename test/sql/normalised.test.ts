import { describe, expect, it } from 'vitest';
import { importText } from '../../src/lib/import/importText.ts';
import { columnsOfTable, normalisedCsv, normalisedSidecar, numberText } from '../../src/lib/sql/normalised.ts';

describe('numberText(v): String(v), faster for amounts with few decimals', () => {
  it('equals String(v) on whole numbers, cents, 4 decimals, tiny, huge and awkward doubles', () => {
    const values = [1, -1, 0.1, 0.2 + 0.1, 25.3, 1234.5, -0.05, 1e-4, 9.9999, 99999999999.99, 1e11, 123456789012.5, 1e21, 5e-7, 2 ** 53, 0.30000000000000004, 1 / 3, 1e-4 + 1e-20, 4.35, 1.005, 8.675, -0];
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 20_000; i++) {
      values.push(Math.round(random() * 1e7) / 100, -Math.round(random() * 1e9) / 10000, random() * 1e6, Math.round(random() * 1e12) / 10);
    }
    for (const v of values) expect(numberText(v), String(v)).toBe(String(v === 0 ? 0 : v));
    expect(numberText(NaN)).toBe('');
  });
});

describe('normalisedCsv(table) and normalisedSidecar', () => {
  const text = 'order_id,order_date,customer_id,amount,region\nO1,2024/3/5,"Lee, Ann",￥1.234,50,North\nO2,bad,X,1,South\nO3,2024-03-06,,"(120)", East \n';
  it('writes ISO dates, plain numbers, quoted text where needed, empty for missing, the source line; rejected rows left out', () => {
    const imported = importText(text.replace('￥1.234,50', '"￥1,234.50"'), { lines: true });
    expect(columnsOfTable(imported.table)).toEqual(['customer', 'date', 'amount', 'order', 'region', 'line']);
    expect([...normalisedCsv(imported.table, 1)].join('')).toBe('customer,date,amount,order,region,line\n"Lee, Ann",2024-03-05,1234.5,O1,North,2\n,2024-03-06,-120,O3,East,4\n');
    const sidecar = normalisedSidecar({ file: 'x.csv', encoding: 'utf-8', table: imported.table, report: imported.report, mapping: imported.mapping, headers: imported.headers });
    expect(sidecar).toMatchObject({ rowsRead: 3, rowsKept: 2, rowsRejected: 1, rejectedByReason: { 'reject.badDate': 1 }, rowsWithoutCustomer: 1, mapping: { customer: 'customer_id', date: 'order_date', amount: 'amount', order: 'order_id', region: 'region' } });
  });
});

describe('normalisedCsvBytes(table): the same text written byte by byte', () => {
  it('numbers as numberText, labels in UTF-8 (quoted where needed), dates, missing values, several pieces', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const n = 30_000;
    const values = Float64Array.from({ length: n }, (_, i) => (i % 7 === 0 ? NaN : i % 5 === 0 ? random() * 1e13 : i % 3 === 0 ? -Math.round(random() * 1e8) / 10000 : Math.round(random() * 1e7) / 100));
    const labels = ['客户 1', 'a,b', 'say "hi"', 'x'];
    const codes = Int32Array.from({ length: n }, (_, i) => (i % 11 === 0 ? -1 : i % labels.length));
    const date = Int32Array.from({ length: n }, (_, i) => 19000 + (i % 400));
    const table = { shape: 'transactions' as const, length: n, customer: { codes, labels }, date, amount: values, numbers: {}, categories: {} };
    const quote = (l: string) => (/[",]/.test(l) ? `"${l.replace(/"/g, '""')}"` : l);
    const expected = ['customer,date,amount', ...Array.from({ length: n }, (_, i) => `${codes[i] < 0 ? '' : quote(labels[codes[i]])},${new Date(date[i] * 86_400_000).toISOString().slice(0, 10)},${numberText(values[i])}`)].join('\n') + '\n';
    const pieces = [...normalisedCsv(table, 4096)];
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.join('')).toBe(expected);
  });
});
