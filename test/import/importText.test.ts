import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { importBlocks, importBytes, importText } from '../../src/lib/import/importText.ts';
import { splitBlocks } from '../../src/lib/import/splitBlocks.ts';
import { generateTransactions } from '../../src/lib/sample/synthetic.ts';
import { dayOfIso, isoOfDay } from '../../src/lib/analysis/day.ts';
import { Analyzer } from '../../src/lib/analysis/analyze.ts';
import { defaultConfig } from '../../src/lib/analysis/defaults.ts';
import type { Category } from '../../src/lib/analysis/table.ts';
import { encode } from '../fixtures/real-world/generate.ts';
import { codedError } from './codedError.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
const labels = (c: Category | undefined) => [...(c?.codes ?? [])].map((k) => (k < 0 ? null : c!.labels[k]));
const days = (d: Int32Array | undefined) => [...(d ?? [])].map(isoOfDay);


describe('importBytes(bytes) on the fixtures', () => {
  test('orders-mixed.csv: UTF-8 BOM, CRLF, every reason for rejection, with line and column', () => {
    const { table, report, encoding, mapping } = importBytes(fixture('orders-mixed.csv'));
    expect(encoding).toBe('utf-8');
    expect(mapping.columns).toEqual({ order: 0, date: 1, customer: 2, amount: 3, cost: 4 });
    expect(report.rowsRead).toBe(11);
    expect(report.rowsAccepted).toBe(5);
    expect(report.rowsRejected).toBe(6);
    expect(report.rowsRead).toBe(report.rowsAccepted + report.rowsRejected);
    expect(report.rejected.map((r) => [r.line, r.column, r.reason])).toEqual([
      [4, 'order_date', 'reject.badDate'],
      [6, 'amount', 'reject.badNumber'],
      [9, 'order_date', 'reject.missingDate'],
      [10, 'cost', 'reject.badNumber'],
      [11, 'amount', 'reject.missingNumber'],
      [12, 'customer_id', 'reject.tooFewFields']
    ]);
    expect(report.rejected[0].raw).toBe('A3,not a date,C3,50,20,bad date');
    expect(report.rowsWithoutCustomer).toBe(0);
    expect(report.customers).toBe(4);
    expect(report.orders).toBe(5);
    expect(report.totalAmount).toBeCloseTo(100 + 1250.5 - 20 + 0.12 + 1000, 9);
    expect(isoOfDay(report.firstDay)).toBe('2024-01-31');
    expect(isoOfDay(report.lastDay)).toBe('2024-12-31');
    expect(report.coercions).toEqual({
      'customer_id|trimmed': 1,
      'order_date|excelSerial': 1,
      'amount|thousands': 2,
      'amount|currency': 1,
      'amount|parentheses': 1,
      'amount|percent': 1
    });
    expect(table.length).toBe(5);
    expect(labels(table.customer)).toEqual(['C1', 'C2', 'C4', 'C7', 'C1']);
    expect(labels(table.order)).toEqual(['A1', 'A2', 'A5', 'A10', 'A11']);
    expect(days(table.date)).toEqual(['2024-01-31', '2024-02-29', '2024-12-31', '2024-03-05', '2024-07-01']);
    expect([...table.amount!]).toEqual([100, 1250.5, -20, 0.12, 1000]);
    expect([...table.cost!]).toEqual([60, NaN, 5, 0, 0]);
  });

  test('orders-zh-gbk.csv: GBK with Chinese headers and Chinese date and number forms', () => {
    const { table, report, encoding, mapping, headers } = importBytes(fixture('orders-zh-gbk.csv'));
    expect(encoding).toBe('gb18030');
    expect(headers[1]).toBe('客户名称');
    expect(mapping.columns).toEqual({ order: 0, customer: 1, date: 2, product: 3, quantity: 4, price: 5, amount: 6, region: 7 });
    expect(mapping.categories).toEqual([8]);
    expect(report).toMatchObject({ rowsRead: 7, rowsAccepted: 6, rowsRejected: 1, rowsWithoutCustomer: 1, customers: 3, orders: 6 });
    expect(report.rejected.map((r) => [r.line, r.column, r.reason])).toEqual([[6, '订单日期', 'reject.badDate']]);
    expect(report.totalAmount).toBe(1200 + 800 + 450 + 1000 - 120 + 600);
    expect(days(table.date)).toEqual(['2024-01-05', '2024-02-03', '2024-03-01', '2024-03-15', '2024-03-31', '2024-04-01']);
    expect(labels(table.categories['渠道'])).toEqual(['经销', '直销', '经销', '经销', '直销', '经销']);
    expect(labels(table.region)).toEqual(['华东', '华南', '华东', '华北', '华南', '华东']);
    expect(report.coercions).toMatchObject({
      '订单日期|slashDate': 1,
      '订单日期|chineseDate': 1,
      '订单日期|dateTime': 1,
      '订单日期|dotDate': 1,
      '订单日期|compactDate': 1,
      '金额|currency': 1,
      '金额|thousands': 1,
      '金额|parentheses': 1,
      '金额|fullWidth': 1
    });
  });

  test('customers-zh.csv: a customer table; a repeated customer id rejects the later row', () => {
    const { table, report, mapping } = importBytes(fixture('customers-zh.csv'));
    expect(mapping.shape).toBe('customers');
    expect(mapping.columns).toEqual({ customer: 0, amount: 1, profit: 2 });
    expect(report).toMatchObject({ rowsRead: 7, rowsAccepted: 5, rowsRejected: 2, customers: 5, orders: 0, duplicateCustomers: 1 });
    expect(report.rejected.map((r) => [r.line, r.column, r.reason])).toEqual([
      [6, '客户编号', 'reject.duplicateCustomer'],
      [7, '利润（万元）', 'reject.badNumber']
    ]);
    expect(report.totalAmount).toBe(590 + 140 + 100 + 740 + 68);
    expect(report.firstDay).toBeNaN();
    expect(table.date).toBeUndefined();
    expect(labels(table.customer)).toEqual(['1', '2', '3', '4', '6']);
    expect([...table.numbers['服务评分']]).toEqual([4.5, 3.9, 4.1, 4.8, NaN]);
    expect(labels(table.categories['客户类型'])).toEqual(['经济型', '道德型', '个性化', '方便型', '个性化']);
  });

  test('orders-semicolon.csv: semicolons, decimal comma, day-first dates; a month-first date conflicts', () => {
    const { table, report, mapping } = importBytes(fixture('orders-semicolon.csv'));
    expect(mapping.delimiter).toBe(';');
    expect(mapping.decimalComma).toBe(true);
    expect(report.rejected.map((r) => [r.line, r.column, r.reason])).toEqual([[5, 'date', 'reject.dayOrderConflict']]);
    expect([...table.amount!]).toEqual([1234.5, 7.25, -10]);
    expect(days(table.date)).toEqual(['2024-03-16', '2024-03-05', '2024-04-01']);
    expect(report.coercions).toMatchObject({ 'amount|decimalComma': 3, 'amount|thousands': 1, 'amount|parentheses': 1, 'date|dotDate': 3 });
  });

  test('orders-utf16le.csv: UTF-16 LE with BOM, tab-separated', () => {
    const { table, report, encoding, mapping } = importBytes(fixture('orders-utf16le.csv'));
    expect(encoding).toBe('utf-16le');
    expect(mapping.delimiter).toBe('\t');
    expect(report).toMatchObject({ rowsRead: 2, rowsAccepted: 2, customers: 2, totalAmount: 30.5 });
    expect(table.customer.labels).toEqual(['A', '客户乙']);
  });

  test('an encoding can be forced', () => {
    const bytes = fixture('orders-zh-gbk.csv');
    const forced = importBytes(bytes, { encoding: 'utf-8', mapping: { shape: 'transactions', columns: { customer: 1, date: 2, amount: 6 } } });
    expect(forced.encoding).toBe('utf-8');
    expect(forced.headers[1]).not.toBe('客户名称');
  });
});

describe('importText(text, options)', () => {
  test('order count without order ids is the number of distinct (customer, day)', () => {
    const { report } = importText('customer,date,amount\nA,2024-01-01,1\nA,2024-01-01,2\nA,2024-01-02,3\nB,2024-01-01,4\n,2024-01-01,5\n');
    expect(report.orders).toBe(4);
    expect(report.rowsWithoutCustomer).toBe(1);
    expect(report.totalAmount).toBe(15);
  });

  test('quantity × unit price gives the amount (Online Retail form, ids written as 17850.0)', () => {
    const text =
      'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n' +
      '536365,85123A,WHITE HANGING HEART,6,2010-12-01 08:26:00,2.55,17850.0,United Kingdom\n' +
      'C536379,D,Discount,-1,2010-12-01 09:41:00,27.5,14527.0,United Kingdom\n' +
      '536414,22139,,56,2010-12-01 11:52:00,0,,United Kingdom\n';
    const { table, report, mapping } = importText(text);
    expect(mapping.amountFrom).toBe('quantityTimesPrice');
    expect([...table.amount!]).toEqual([6 * 2.55, -27.5, 0]);
    expect([...table.quantity!]).toEqual([6, -1, 56]);
    expect(labels(table.customer)).toEqual(['17850', '14527', null]);
    expect(labels(table.product)).toEqual(['85123A', 'D', '22139']);
    expect(report.coercions).toMatchObject({ 'CustomerID|wholeNumberId': 2, 'InvoiceDate|dateTime': 3 });
    expect(report).toMatchObject({ rowsAccepted: 3, rowsWithoutCustomer: 1, customers: 2, orders: 3 });
  });

  test("day order 'auto': rows before the deciding value (beyond the preview) are read again in the decided order", () => {
    const lines = ['customer,date,amount'];
    for (let i = 0; i < 60; i++) lines.push(`C${i},5/3/2024,1`);
    lines.push('Z,16/3/2024,1');
    const { table, report, mapping } = importText(lines.join('\n'));
    expect(mapping.dayOrder).toBe('dmy');
    expect(report.rowsRejected).toBe(0);
    expect(report.rowsAccepted).toBe(61);
    expect(isoOfDay(table.date![0])).toBe('2024-03-05');
  });

  test("day order 'auto' with no deciding value rejects the ambiguous rows and says why", () => {
    const { report } = importText('customer,date,amount\nA,5/3/2024,1\nB,2024-03-07,2\n');
    expect(report.rejected.map((r) => [r.line, r.reason])).toEqual([[2, 'reject.ambiguousDate']]);
    const chosen = importText('customer,date,amount\nA,5/3/2024,1\nB,2024-03-07,2\n', { mapping: { dayOrder: 'mdy' } });
    expect(isoOfDay(chosen.table.date![0])).toBe('2024-05-03');
  });

  test('headersMap assigns roles by header name on top of the guess', () => {
    const { mapping, table } = importText('buyer_ref,when,gross,net\nA,2024-01-01,10,8\n', { headersMap: { customer: 'buyer_ref', date: 'when', amount: 'net' } });
    expect(mapping.columns).toMatchObject({ customer: 0, date: 1, amount: 3 });
    expect([...table.amount!]).toEqual([8]);
  });

  test('the mapping option replaces guessed settings; the 1904 system is used on request', () => {
    const { table } = importText('customer,date,amount\nA,43894,1\n', { mapping: { excel1904: true } });
    expect(isoOfDay(table.date![0])).toBe('2024-03-05');
  });

  test('a quoted header with a line break keeps line numbers right', () => {
    const { report } = importText('customer,"order\ndate",amount\nA,2024-01-01,1\nB,bad,2\n', { headersMap: { date: 'order\ndate' } });
    expect(report.rejected.map((r) => r.line)).toEqual([4]);
  });

  test.each([
    ['', 'error.emptyFile'],
    ['  \n \n', 'error.emptyFile'],
    ['customer,date,amount\n', 'error.noRows'],
    ['x,y\n1,2\n', 'mapping.error.noCustomer'],
    ['customer,date\nA,2024-01-01\n', 'mapping.error.noAmount']
  ])('%j is refused with %s', (text, code) => {
    expect(codedError(() => importText(text)).code).toBe(code);
  });

  test('an unknown header in headersMap names the header', () => {
    const error = codedError(() => importText('customer,date,amount\nA,2024-01-01,1\n', { headersMap: { amount: 'Betrag' } }));
    expect(error.code).toBe('mapping.error.unknownHeader');
    expect(error.params).toEqual({ column: 'Betrag' });
  });

  test('does not modify the options it receives', () => {
    const options = { mapping: { dayOrder: 'dmy' as const }, headersMap: { amount: 'amount' } };
    const copy = JSON.stringify(options);
    importText('customer,date,amount\nA,5/3/2024,1\n', options);
    expect(JSON.stringify(options)).toBe(copy);
  });
});

describe('RowReader and PapaParse give the same import', () => {
  test.each(['orders-mixed.csv', 'orders-zh-gbk.csv', 'customers-zh.csv', 'orders-semicolon.csv', 'orders-utf16le.csv'])('%s', (name) => {
    const fast = importBytes(fixture(name));
    const papa = importBytes(fixture(name), { parser: 'papaparse' });
    expect(fast.report).toEqual(papa.report);
    expect(fast.table).toEqual(papa.table);
  });
});

describe('importBytes: more encodings', () => {
  test('UTF-16 BE with BOM', () => {
    const le = fixture('orders-utf16le.csv');
    const be = new Uint8Array(le.length);
    for (let i = 0; i + 1 < le.length; i += 2) (be[i] = le[i + 1]), (be[i + 1] = le[i]);
    const { encoding, report, table } = importBytes(be);
    expect(encoding).toBe('utf-16be');
    expect(report.totalAmount).toBe(30.5);
    expect(table.customer.labels).toEqual(['A', '客户乙']);
  });
});

describe('rows read = rows accepted + rows rejected, always', () => {
  test('on random rows with good, bad, blank and short values', () => {
    let seed = 99;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)];
    for (let run = 0; run < 30; run++) {
      const lines = ['customer,date,amount,cost'];
      let dataLines = 0;
      for (let i = 0; i < 200; i++) {
        const row = [
          pick(['A', 'B', '', ' C ', '"D, Ltd"']),
          pick(['2024-01-05', '5/3/2024', '16/3/2024', '3/16/2024', 'x', '', '45356', '2024年3月5日', '9999-12-31', '1899-12-31', '2958465', '24-03-10', '5/3/24']),
          pick(['1', '(2)', '$3', '', 'abc', '1,234.5', '12%', '1e309', '-1e309', '9'.repeat(400), '1e307']),
          pick(['', '1', 'no', '1.8e308'])
        ];
        const line = random() < 0.05 ? row.slice(0, 2).join(',') : random() < 0.03 ? '' : row.join(',');
        lines.push(line);
        if (line !== '') dataLines++;
      }
      const { report } = importText(lines.join('\n'), { mapping: { dayOrder: pick(['auto', 'dmy', 'mdy'] as const) } });
      expect(report.rowsRead).toBe(dataLines);
      expect(report.rowsAccepted + report.rowsRejected).toBe(report.rowsRead);
      expect(report.rejected).toHaveLength(report.rowsRejected);
      expect(Object.values(report.rejectedByReason).reduce((x, y) => x + y, 0)).toBe(report.rowsRejected);
      expect(Number.isFinite(report.totalAmount)).toBe(true);
      expect(report.lastDay <= report.dateRange!.to || Number.isNaN(report.lastDay)).toBe(true);
    }
  });
});

describe('importBytes: encodings through the whole file', () => {
  const ascii = (rows: number) => new TextEncoder().encode('customer,date,amount\n' + 'C0001,2024-03-05,12.50\n'.repeat(rows));
  const gbkRows = encode('北京华联商厦,2024-03-06,88.00\n华东销售部,2024-03-07,35.00\n', 'gbk');

  test('GBK bytes first appearing after 256 KB of ASCII are decoded as GB18030, with no replacement characters', () => {
    const head = ascii(20_000);
    const bytes = new Uint8Array(head.length + gbkRows.length);
    bytes.set(head), bytes.set(gbkRows, head.length);
    const { encoding, replacements, table } = importBytes(bytes, { mapping: { shape: 'transactions', columns: { customer: 0, date: 1, amount: 2 } } });
    expect(encoding).toBe('gb18030');
    expect(replacements).toBe(0);
    expect(table.customer.labels).toContain('北京华联商厦');
  });

  test('characters that cannot be decoded are counted in `replacements`', () => {
    const bytes = new TextEncoder().encode('customer,date,amount\nA\u00e9,2024-03-05,1\n');
    const { replacements } = importBytes(bytes, { encoding: 'utf-8' });
    expect(replacements).toBe(0);
    const latin = encode('customer,date,amount\nAnna Häberlin,2024-03-05,1\nRésumé,2024-03-06,2\n', 'windows-1252');
    expect(importBytes(latin).table.customer.labels).toEqual(['Anna Häberlin', 'Résumé']);
    expect(importBytes(latin, { encoding: 'utf-8' }).replacements).toBe(3);
  });

  test.each([
    ['a PNG image', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52], 'error.binary.image'],
    ['an Excel workbook', [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0x06, 0, ...new TextEncoder().encode('xl/workbook.xml')], 'error.binary.xlsx'],
    ['a gzip file', [0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3], 'error.binary.gzip'],
    ['a PDF', [...new TextEncoder().encode('%PDF-1.4\n')], 'error.binary.pdf']
  ] as const)('%s is refused with %s', (_, bytes, code) => {
    expect(codedError(() => importBytes(Uint8Array.from(bytes))).code).toBe(code);
  });
});

describe('importText: implausible values', () => {
  const today = dayOfIso('2026-12-01');
  const rows = (dates: string[]) => 'customer,date,amount\n' + dates.map((d, i) => `C${i % 3},${d},${i + 1}`).join('\n') + '\n';

  test('a 9999-12-31 row is set aside: never the analysis date, counted, and the range is written into the mapping', () => {
    const text = rows(['2024-01-05', '2024-02-10', '9999-12-31', '2024-03-01']);
    const { table, report, mapping } = importText(text, { today });
    expect(mapping).toMatchObject({ dateFrom: '1900-01-01', dateTo: '2027-12-01' });
    expect(report).toMatchObject({ rowsRead: 4, rowsAccepted: 3, rowsRejected: 1, rejectedByReason: { 'reject.implausibleDate': 1 } });
    expect(report.rejected).toEqual([{ line: 4, column: 'date', reason: 'reject.implausibleDate', raw: 'C2,9999-12-31,3' }]);
    expect(isoOfDay(report.lastDay)).toBe('2024-03-01');
    const { result } = new Analyzer(table).run(defaultConfig());
    expect(isoOfDay(result.summary.analysisDay)).toBe('2024-03-01');
    expect(result.summary.stats.rowsAfterAnalysisDate).toBe(0);
  });

  test('imported again with the range widened, the row is kept', () => {
    const text = rows(['2024-01-05', '9999-12-31']);
    const { report } = importText(text, { today, mapping: { dateTo: '9999-12-31' } });
    expect(report.rowsAccepted).toBe(2);
    expect(report.dateRange).toMatchObject({ after: 0, to: dayOfIso('9999-12-31') });
  });

  test('Excel serial 2958465 (9999-12-31) and 1899-12-31 are set aside, counted before and after', () => {
    const { report } = importText('customer,date,amount\nA,45356,1\nB,2958465,2\nC,1899-12-31,3\n', { today });
    expect(report.rowsAccepted).toBe(1);
    expect(report.dateRange).toMatchObject({ before: 1, after: 1, firstDay: dayOfIso('1899-12-31'), lastDay: dayOfIso('9999-12-31') });
  });

  test('a date range that ends before it starts is refused with a coded error', () => {
    const error = codedError(() => importText(rows(['2024-01-05']), { today, mapping: { dateFrom: '2025-01-01', dateTo: '2024-01-01' } }));
    expect(error.code).toBe('mapping.error.dateRange');
    expect(error.params).toEqual({ from: '2025-01-01', to: '2024-01-01' });
  });

  test.each([
    ['at the start', ['24-03-10', '2024-03-10', '2024-03-11', '2024-03-12']],
    ['in the middle', ['2024-03-10', '24-03-10', '2024-03-11', '2024-03-12']],
    ['at the end', ['2024-03-10', '2024-03-11', '2024-03-12', '24-03-10']]
  ])('24-03-10 among four-digit years %s is rejected as twoDigitYear, the rest accepted', (_, dates) => {
    const { report, mapping, table } = importText(rows(dates), { today });
    expect(mapping.twoDigitYears).toBe('reject');
    expect(report).toMatchObject({ rowsRead: 4, rowsAccepted: 3, rowsRejected: 1, rejectedByReason: { 'reject.twoDigitYear': 1 } });
    expect(report.rejected[0]).toMatchObject({ line: 2 + dates.indexOf('24-03-10'), column: 'date', reason: 'reject.twoDigitYear' });
    expect(report.coercions['date|twoDigitYear']).toBeUndefined();
    expect(days(table.date)).toEqual(['2024-03-10', '2024-03-11', '2024-03-12']);
  });

  test('a refused two-digit year does not decide the day order: 5/3/2024 is then read in the order the rest decides', () => {
    // 24-03-10 would have fixed day-first; without it, 3/16/2024 decides month-first and 5/3/2024 is 3 May... read again.
    const { report, mapping, table } = importText(rows(['24-03-10', '5/3/2024', '2024-03-10', '2024-03-11', '3/16/2024']), { today });
    expect(mapping).toMatchObject({ twoDigitYears: 'reject', dayOrder: 'mdy' });
    expect(report.rejectedByReason).toEqual({ 'reject.twoDigitYear': 1 });
    expect(days(table.date)).toEqual(['2024-05-03', '2024-03-10', '2024-03-11', '2024-03-16']);
  });

  test('a column of only two-digit years (2/24/03) is accepted with its conversion counted', () => {
    const { report, mapping } = importText(rows(['2/24/03', '2/25/03', '3/1/03']), { today });
    expect(mapping.twoDigitYears).toBeUndefined();
    expect(report).toMatchObject({ rowsAccepted: 3, rowsRejected: 0 });
    expect(report.coercions['date|twoDigitYear']).toBe(3);
  });

  test('non-finite numbers and quantity × price overflow are rejected; the total stays finite', () => {
    const text = 'customer,date,quantity,unit price\nA,2024-01-05,2,3\nB,2024-01-05,1e309,1\nC,2024-01-05,1e200,1e200\nD,2024-01-05,1,' + '9'.repeat(400) + '\n';
    const { report } = importText(text, { today });
    expect(report.rejected.map((r) => [r.line, r.column, r.reason])).toEqual([
      [3, 'quantity', 'reject.notFinite'],
      [4, 'quantity × unit price', 'reject.notFinite'],
      [5, 'unit price', 'reject.notFinite']
    ]);
    expect(report.totalAmount).toBe(6);
  });
});

describe('importBlocks: the columns of many blocks in one array each', () => {
  const text = [...generateTransactions({ rows: 20_000, seed: 3 })].join('\n') + '\n';
  const blocks = () => splitBlocks(text, 10_000);

  test('the same table in about 200 blocks, whatever expectRows says (too few, about right, far too many)', () => {
    const whole = importText(text);
    for (const expectRows of [undefined, 1, 20_000, 1_000_000]) {
      const many = importBlocks(text.slice(0, 300_000), blocks, { expectRows });
      expect(many.report).toEqual(whole.report);
      expect(many.table).toEqual(whole.table);
      expect(many.table.amount!.length).toBe(whole.report.rowsAccepted);
    }
  });

  test('omit leaves columns out of the table; the rows, report and mapping are the same', () => {
    const whole = importText(text);
    const bad = text.replace(/\n([^\n]*)\n/, (_m, row: string) => `\n${row}\n${row.replace(/,([\d.]+),([\d.]+),([\d.]+),([\d.]+),/, ',$1,not a price,$3,$4,')}\n`);
    const omitted = importBlocks(text.slice(0, 300_000), blocks, { omit: ['price', 'c:channel'] });
    expect(omitted.table.price).toBeUndefined();
    expect(omitted.table.categories.channel).toBeUndefined();
    expect(omitted.report).toEqual(whole.report);
    expect(omitted.mapping).toEqual(whole.mapping);
    const { price: _price, ...rest } = whole.table;
    const { channel: _channel, ...categories } = whole.table.categories;
    expect(omitted.table).toEqual({ ...rest, categories });
    // A prefix ending in ':' leaves out every such column.
    expect(Object.keys(whole.table.categories).length).toBe(2);
    const prefixed = importText(text, { omit: ['c:'] });
    expect(prefixed.table.categories).toEqual({});
    expect(prefixed.table.price).toEqual(whole.table.price);
    expect(prefixed.report).toEqual(whole.report);
    // A price that is not a number still rejects its row, the column left out or not.
    const kept = importText(bad);
    const left = importText(bad, { omit: ['price'] });
    expect(kept.report.rowsRejected).toBe(1);
    expect(left.report).toEqual(kept.report);
  });

  test('rows read again (the day order decided by the last row) are not added twice', () => {
    const lines = ['customer,date,amount'];
    for (let i = 0; i < 3_000; i++) lines.push(`C${i % 50},${1 + (i % 12)}/${1 + ((i * 7) % 12)}/2023,${i % 97}.5`); // day and month ≤ 12: undecided
    lines.push('C1,2/13/2023,1');
    const late = lines.join('\n') + '\n';
    const whole = importText(late);
    expect(whole.mapping.dayOrder).toBe('mdy');
    // A head without the deciding row: day order 'auto', the undecided rows refused, then all read again.
    const head = lines.slice(0, -1).join('\n') + '\n';
    const many = importBlocks(head, () => splitBlocks(late, 2_000), { expectRows: 10 });
    expect(many.mapping.dayOrder).toBe('mdy');
    expect(many.table).toEqual(whole.table);
    expect(many.table.length).toBe(3_001);
  });

  test('narrowCodes keeps each category in the narrowest array its codes fit, and number roles in float32 while exact; widened when a later block outgrows them', () => {
    // 3 regions (one byte), products reaching 200 only after the first blocks (one byte, then two), 40,000 customers (four);
    // whole quantities (float32), amounts in halves until a cent amount comes late (float32, then float64).
    const lines = ['customer,date,amount,product,region,quantity'];
    for (let i = 0; i < 40_000; i++) {
      const amount = i === 30_000 ? '0.1' : `${(i % 89) + 0.5}`;
      lines.push(`C${i},2024-0${1 + (i % 9)}-1${i % 10},${amount},P${i < 20_000 ? i % 100 : i % 200},R${i % 3},${i % 7}`);
    }
    lines.push('C7,2024-05-05,3,,,'); // missing product, region and quantity: code -1 and NaN in any width
    const text = lines.join('\n') + '\n';
    const wide = importText(text);
    const narrow = importBlocks(text.slice(0, 100_000), () => splitBlocks(text, 50_000), { narrowCodes: true, expectRows: 1_000 });
    expect(narrow.table.region!.codes).toBeInstanceOf(Int8Array);
    expect(narrow.table.product!.codes).toBeInstanceOf(Int16Array);
    expect(narrow.table.customer.codes).toBeInstanceOf(Int32Array);
    expect(narrow.table.quantity).toBeInstanceOf(Float32Array);
    expect(narrow.table.amount).toBeInstanceOf(Float64Array);
    expect(wide.table.region!.codes).toBeInstanceOf(Int32Array);
    expect(wide.table.quantity).toBeInstanceOf(Float64Array);
    for (const name of ['customer', 'product', 'region'] as const) {
      expect(labels(narrow.table[name])).toEqual(labels(wide.table[name]));
      expect(narrow.table[name]!.codes.at(-1)).toBe(name === 'customer' ? wide.table.customer.codes.at(-1) : -1);
    }
    expect([...narrow.table.amount!]).toEqual([...wide.table.amount!]);
    expect([...narrow.table.quantity!]).toEqual([...wide.table.quantity!]);
    expect(narrow.table.quantity!.at(-1)).toBeNaN();
    expect(narrow.report).toEqual(wide.report);
    const summary = (table: typeof wide.table) => new Analyzer(table).summary(defaultConfig().summary).summary;
    expect(summary(narrow.table)).toEqual(summary(wide.table));
  });
});
