import { describe, expect, test } from 'vitest';
import { maxRejectedKept } from '../../src/lib/import/ImportReport.ts';
import { lineSpan, maxColumnTotal, TableBuilder } from '../../src/lib/import/TableBuilder.ts';
import type { Mapping } from '../../src/lib/import/mapping.ts';
import { dayOfIso, isoOfDay } from '../../src/lib/analysis/day.ts';
import { splitBlocks } from '../../src/lib/import/splitBlocks.ts';
import Papa from 'papaparse';

const tx = (patch: Partial<Mapping> = {}): Mapping => ({
  shape: 'transactions',
  columns: { customer: 0, date: 1, amount: 2 },
  amountFrom: 'column',
  dayOrder: 'auto',
  decimalComma: false,
  excel1904: false,
  numbers: [],
  categories: [],
  ...patch
});
const headers = ['customer', 'date', 'amount', 'qty', 'price', 'extra', 'kind'];

describe('TableBuilder', () => {
  test.each([3, 30])('addRows with %i clean labels: ids with spaces or a .0 tail are still converted and counted', (n) => {
    const b = new TableBuilder(tx({ columns: { customer: 0, date: 1, amount: 2, order: 3 } }), ['customer', 'date', 'amount', 'order']);
    const clean = Array.from({ length: n }, (_, i) => [`C${i}`, '2024-01-01', '1', `${100 + i}`]);
    b.addRows([...clean, [' C0', '2024-01-01', '1', '100.0'], ['C1 ', '2024-01-01', '1', '\u00a0101'], ['C2', '2024-01-01', '1', '17850.0']], 2);
    const chunk = b.takeChunk();
    const { dictionaries, report } = b.finish();
    expect([...chunk.customer].slice(n)).toEqual([0, 1, 2]);
    expect([...chunk.order].slice(n)).toEqual([0, 1, n]);
    expect(dictionaries.customer).toHaveLength(n);
    expect(dictionaries.order.at(-1)).toBe('17850');
    expect(report.coercions).toEqual({ 'customer|trimmed': 2, 'order|wholeNumberId': 2, 'order|trimmed': 1 });
  });

  test('stores typed columns chunk by chunk and reports every row', () => {
    const b = new TableBuilder(tx({ numbers: [5], categories: [6] }), headers);
    b.addRows(
      [
        ['A', '2024-01-01', '10', '', '', '1.5', 'x'],
        ['B', '2024-01-02', '-4', '', '', '', 'y'],
        ['', '2024-01-03', '0', '', '', '2', '']
      ],
      2
    );
    const first = b.takeChunk();
    expect(Object.keys(first).sort()).toEqual(['amount', 'c:kind', 'customer', 'date', 'n:extra'].sort());
    expect([...first.customer]).toEqual([0, 1, -1]);
    expect([...first.date]).toEqual([dayOfIso('2024-01-01'), dayOfIso('2024-01-02'), dayOfIso('2024-01-03')]);
    expect(first.date).toBeInstanceOf(Int32Array);
    expect([...first.amount]).toEqual([10, -4, 0]);
    expect([...first['n:extra']]).toEqual([1.5, NaN, 2]);
    expect([...first['c:kind']]).toEqual([0, 1, -1]);
    b.addRows([['A', '2024-01-05', '1', '', '', '', 'x']], 5);
    const second = b.takeChunk();
    expect([...second.customer]).toEqual([0]);
    expect(b.takeChunk().customer).toHaveLength(0);
    const { dictionaries, columns, report } = b.finish();
    expect(dictionaries).toEqual({ customer: ['A', 'B'], 'c:kind': ['x', 'y'] });
    expect(columns).toEqual([
      { name: 'customer', kind: 'category' },
      { name: 'c:kind', kind: 'category' },
      { name: 'date', kind: 'int32' },
      { name: 'amount', kind: 'float64' },
      { name: 'n:extra', kind: 'float64' }
    ]);
    expect(report).toMatchObject({ rowsRead: 4, rowsAccepted: 4, rowsRejected: 0, rowsWithoutCustomer: 1, customers: 2, orders: 4, totalAmount: 7 });
    expect(report.firstDay).toBe(dayOfIso('2024-01-01'));
    expect(report.lastDay).toBe(dayOfIso('2024-01-05'));
  });

  test('blank lines are skipped and not counted; quoted line breaks advance the line number', () => {
    const b = new TableBuilder(tx(), ['customer', 'date', 'amount']);
    b.addRows([['A', '2024-01-01', '1'], [''], ['B\nsecond line', 'x', '1'], ['  '], ['C', '2024-01-01', 'y']], 2);
    const { report } = b.finish();
    expect(report.rowsRead).toBe(3);
    expect(report.rejected.map((r) => [r.line, r.column, r.reason])).toEqual([
      [4, 'date', 'reject.badDate'],
      [7, 'amount', 'reject.badNumber']
    ]);
    expect(report.rejected[0].raw).toBe('"B\nsecond line",x,1');
  });

  test('quantity × price: the amount is computed, both are required', () => {
    const m = tx({ columns: { customer: 0, date: 1, quantity: 3, price: 4 }, amountFrom: 'quantityTimesPrice' });
    const b = new TableBuilder(m, headers);
    b.addRows(
      [
        ['A', '2024-01-01', '', '3', '2.5', '', ''],
        ['A', '2024-01-01', '', '', '2.5', '', ''],
        ['A', '2024-01-01', '', '-1', '(4)', '', '']
      ],
      2
    );
    const chunk = b.takeChunk();
    expect([...chunk.amount]).toEqual([7.5, 4]);
    expect([...chunk.quantity]).toEqual([3, -1]);
    const { report, columns } = b.finish();
    expect(columns.map((c) => c.name)).toEqual(['customer', 'date', 'amount', 'quantity', 'price']);
    expect(report.rejected.map((r) => [r.line, r.column, r.reason])).toEqual([[3, 'qty', 'reject.missingNumber']]);
    expect(report.totalAmount).toBe(11.5);
    expect(report.orders).toBe(1);
    expect(report.coercions).toEqual({ 'price|parentheses': 1 });
  });

  test('orders: distinct order ids when mapped, else distinct (customer, day)', () => {
    const rows = [
      ['A', '2024-01-01', '1', 'O1'],
      ['A', '2024-01-01', '1', 'O2'],
      ['B', '2024-01-01', '1', 'O2'],
      ['B', '2024-01-02', '1', 'O3']
    ];
    const withIds = new TableBuilder(tx({ columns: { customer: 0, date: 1, amount: 2, order: 3 } }), ['c', 'd', 'a', 'o']);
    withIds.addRows(rows, 2);
    expect(withIds.finish().report.orders).toBe(3);
    const without = new TableBuilder(tx(), ['c', 'd', 'a', 'o']);
    without.addRows(rows, 2);
    expect(without.finish().report.orders).toBe(3);
  });

  test('customer tables: the later row of a repeated customer is rejected; ids like 7.0 equal 7', () => {
    const m: Mapping = { ...tx(), shape: 'customers', columns: { customer: 0 }, numbers: [1] };
    const b = new TableBuilder(m, ['id', 'revenue']);
    b.addRows([['7', '10'], ['8', '5'], ['7.0', '3'], [' 8 ', '1'], ['9', '']], 2);
    const { report } = b.finish();
    expect(report).toMatchObject({ rowsRead: 5, rowsAccepted: 3, rowsRejected: 2, duplicateCustomers: 2, orders: 0, totalAmount: 0, customers: 3 });
    expect(report.rejected.map((r) => [r.line, r.reason])).toEqual([
      [4, 'reject.duplicateCustomer'],
      [5, 'reject.duplicateCustomer']
    ]);
    expect(report.firstDay).toBeNaN();
  });

  test('an empty import reports zeros and no date range', () => {
    const b = new TableBuilder(tx(), ['customer', 'date', 'amount']);
    b.addRows([], 2);
    const { report } = b.finish();
    expect(report).toMatchObject({ rowsRead: 0, rowsAccepted: 0, rowsRejected: 0, customers: 0, orders: 0, totalAmount: 0 });
    expect(report.firstDay).toBeNaN();
    expect(report.lastDay).toBeNaN();
  });

  test('rows read = accepted + rejected; rejected rows beyond the kept maximum are still counted', () => {
    const b = new TableBuilder(tx(), ['customer', 'date', 'amount']);
    const bad = Array.from({ length: maxRejectedKept + 5 }, (_, i) => [`C${i}`, 'no', '1']);
    b.addRows(bad, 2);
    b.addRows([['A', '2024-02-29', '1']], bad.length + 2);
    const { report } = b.finish();
    expect(report.rowsRejected).toBe(maxRejectedKept + 5);
    expect(report.rejected).toHaveLength(maxRejectedKept);
    expect(report.rowsRead).toBe(report.rowsAccepted + report.rowsRejected);
  });

  test('extra fields are ignored; missing fields reject the row naming the first missing column', () => {
    const b = new TableBuilder(tx(), ['customer', 'date', 'amount']);
    b.addRows([['A', '2024-01-01', '1', 'surplus'], ['B', '2024-01-01']], 2);
    const { report } = b.finish();
    expect(report.rowsAccepted).toBe(1);
    expect(report.rejected.map((r) => [r.column, r.reason])).toEqual([['amount', 'reject.tooFewFields']]);
  });

  test('does not modify the rows it is given', () => {
    const rows = [[' A ', '2024/1/1', '$1,000']];
    const copy = JSON.stringify(rows);
    const b = new TableBuilder(tx(), ['customer', 'date', 'amount']);
    b.addRows(rows, 2);
    expect(JSON.stringify(rows)).toBe(copy);
  });

  test.each([
    ['no customer', tx({ columns: { date: 1, amount: 2 } }), /customer/],
    ['no amount', tx({ columns: { customer: 0, date: 1 } }), /amount/],
    ['no date', tx({ columns: { customer: 0, amount: 2 } }), /date/],
    ['quantity × price without price', tx({ columns: { customer: 0, date: 1, quantity: 3 }, amountFrom: 'quantityTimesPrice' }), /quantity/],
    ['a column past the end', tx({ numbers: [9] }), /9/]
  ])('refuses a mapping with %s, saying what it received', (_, mapping, message) => {
    expect(() => new TableBuilder(mapping, headers)).toThrow(message);
  });
});

describe('lineSpan(row)', () => {
  test.each([
    [['a', 'b'], 1],
    [['a\nb', 'c\nd\ne'], 4],
    [[''], 1]
  ])('%j spans %i lines', (row, n) => expect(lineSpan(row)).toBe(n));
});

describe('TableBuilder.addText(block, firstLine, skipHeader)', () => {
  const lines = ['customer,note,date,amount'];
  for (let i = 0; i < 3000; i++) {
    if (i % 89 === 0) lines.push('');
    else if (i % 97 === 0) lines.push(`C${i % 40},"multi\nline, ""quoted""",2024-02-${String(1 + (i % 29)).padStart(2, '0')},${i}`);
    else if (i % 500 === 0) lines.push(`C${i % 40},x,${i % 1000 === 0 ? 'bad' : '2024-01-05'},"${i},5"`);
    else if (i % 777 === 0) lines.push(`C${i}`);
    else lines.push(` C${i % 40} ,n${i % 3},2024-01-${String(1 + (i % 31)).padStart(2, '0')},${i}.5`);
  }
  const m = tx({ columns: { customer: 0, date: 2, amount: 3 } });
  const heads = ['customer', 'note', 'date', 'amount'];

  function run(text: string, size: number, how: 'text' | 'rows') {
    const b = new TableBuilder(m, heads);
    const chunks: Record<string, number[]> = {};
    let line = 1;
    let first = true;
    for (const block of splitBlocks(text, size)) {
      if (how === 'text') b.addText(block, line, first);
      else {
        let rows = Papa.parse<string[]>(block, { delimiter: ',', newline: text.includes('\r\n') ? '\r\n' : '\n' }).data;
        let at = line;
        if (first) {
          at += lineSpan(rows[0]);
          rows = rows.slice(1);
        }
        b.addRows(rows, at);
      }
      first = false;
      line += (block.match(/\n/g) ?? []).length;
      for (const [k, v] of Object.entries(b.takeChunk())) (chunks[k] ??= []).push(...v);
    }
    return { chunks, ...b.finish() };
  }

  test.each([
    ['\n', 300],
    ['\r\n', 300],
    ['\n', 7],
    ['\r\n', 1 << 20]
  ])('line end %j, blocks of %i: same rows, codes, report and line numbers as PapaParse rows', (eol, size) => {
    const text = lines.join(eol) + eol;
    const fast = run(text, size, 'text');
    const papa = run(text, size, 'rows');
    expect(fast.report.rejected.map((r) => [r.line, r.column, r.reason])).toEqual(papa.report.rejected.map((r) => [r.line, r.column, r.reason]));
    expect(fast.report.rejected.length).toBeGreaterThan(5);
    expect({ ...fast.report, rejected: [] }).toEqual({ ...papa.report, rejected: [] });
    expect(fast.chunks).toEqual(papa.chunks);
    expect(fast.dictionaries).toEqual(papa.dictionaries);
  });

  test('a rejected row keeps its exact source text', () => {
    const b = new TableBuilder(tx(), ['customer', 'date', 'amount']);
    const lines = b.addText('customer,date,amount\r\n"A ""1""",2024-01-01,"1,0x"\r\n', 1, true);
    expect(lines).toBe(2);
    expect(b.finish().report.rejected).toEqual([{ line: 2, column: 'amount', reason: 'reject.badNumber', raw: '"A ""1""",2024-01-01,"1,0x"' }]);
  });
});

describe('TableBuilder: implausible values', () => {
  const today = dayOfIso('2026-12-01');
  const build = (mapping: Mapping, head: string[], rows: string[][]) => {
    const b = new TableBuilder(mapping, head, { today });
    b.addRows(rows, 2);
    const chunk = b.takeChunk();
    return { b, chunk, ...b.finish() };
  };
  const reasons = (report: { rejected: { reason: string }[] }) => report.rejected.map((r) => r.reason);

  const full = ['customer', 'date', 'amount', 'qty', 'price', 'cost', 'profit', 'payment', 'potential'];
  const fullMapping = tx({ columns: { customer: 0, date: 1, amount: 2, quantity: 3, price: 4, cost: 5, profit: 6, payment: 7 }, numbers: [8] });
  test.each([
    [2, 'amount'],
    [3, 'qty'],
    [4, 'price'],
    [5, 'cost'],
    [6, 'profit'],
    [7, 'payment'],
    [8, 'potential']
  ])('a non-finite number in column %i (%s) rejects the row as notFinite', (at, header) => {
    for (const bad of ['1e309', '-1e309', '9'.repeat(400), '1.8e308']) {
      const row = ['A', '2024-01-01', '1', '1', '1', '1', '1', '1', '1'];
      row[at] = bad;
      const { report } = build(fullMapping, full, [['A', '2024-01-01', '1', '1', '1', '1', '1', '1', '1'], row]);
      expect(report.rejected).toEqual([{ line: 3, column: header, reason: 'reject.notFinite', raw: row.join(',') }]);
      expect(report.rejectedByReason).toEqual({ 'reject.notFinite': 1 });
      expect(report).toMatchObject({ rowsRead: 2, rowsAccepted: 1, rowsRejected: 1, totalAmount: 1 });
    }
  });

  test('customer-table indicators: a non-finite value is rejected too', () => {
    const mapping: Mapping = { ...tx(), shape: 'customers', columns: { customer: 0, amount: 1 }, numbers: [2] };
    const { report } = build(mapping, ['customer', 'revenue', 'score'], [['A', '10', '1'], ['B', '1e309', '2'], ['C', '5', '-1e309']]);
    expect(report.rejected.map((r) => [r.line, r.column, r.reason])).toEqual([[3, 'revenue', 'reject.notFinite'], [4, 'score', 'reject.notFinite']]);
    expect(report.totalAmount).toBe(10);
    expect(report.dateRange).toBeNull();
  });

  test('quantity × price that overflows is rejected as notFinite, naming both columns', () => {
    const mapping = tx({ columns: { customer: 0, date: 1, quantity: 3, price: 4 }, amountFrom: 'quantityTimesPrice' });
    const { report, chunk } = build(mapping, headers, [
      ['A', '2024-01-01', '', '2', '3', '', ''],
      ['B', '2024-01-01', '', '1e200', '1e200', '', ''],
      ['C', '2024-01-01', '', '-1e200', '1e200', '', '']
    ]);
    expect(report.rejected.map((r) => [r.line, r.column, r.reason])).toEqual([[3, 'qty × price', 'reject.notFinite'], [4, 'qty × price', 'reject.notFinite']]);
    expect([...chunk.amount]).toEqual([6]);
    expect(report.totalAmount).toBe(6);
  });

  test('finite values whose column total would overflow: the row that would carry it past MAX_VALUE / 4 is rejected', () => {
    expect(maxColumnTotal).toBe(Number.MAX_VALUE / 4);
    const { report, chunk } = build(tx(), headers, [
      ['A', '2024-01-01', '3e307', '', '', '', ''],
      ['A', '2024-01-02', '-3e307', '', '', '', ''],
      ['B', '2024-01-03', '1e307', '', '', '', ''],
      ['B', '2024-01-04', '1', '', '', '', '']
    ]);
    // |3e307| + |−3e307| = 6e307 > 4.49e307: the second row is refused, so no sum of any rows can overflow.
    expect(report.rejected.map((r) => [r.line, r.column, r.reason])).toEqual([[3, 'amount', 'reject.totalTooLarge']]);
    expect([...chunk.amount]).toEqual([3e307, 1e307, 1]);
    expect(Number.isFinite(report.totalAmount)).toBe(true);
  });

  test.each([
    ['9999-12-31', 'after'],
    ['2958465', 'after'],
    ['2028-12-01', 'after'],
    ['2027-12-02', 'after'],
    ['1899-12-31', 'before'],
    ['1000-01-01', 'before'],
    ['1/1/1899', 'before']
  ] as const)('%j is outside 1900-01-01 – 2027-12-01 (today 2026-12-01): set aside as implausibleDate, counted %s', (date, side) => {
    const { report, chunk } = build(tx(), headers, [
      ['A', '2024-01-01', '1', '', '', '', ''],
      ['B', date, '2', '', '', '', '']
    ]);
    expect(report.rejected).toEqual([{ line: 3, column: 'date', reason: 'reject.implausibleDate', raw: `B,${date},2,,,,` }]);
    expect(report.dateRange).toEqual({
      from: dayOfIso('1900-01-01'),
      to: dayOfIso('2027-12-01'),
      before: side === 'before' ? 1 : 0,
      after: side === 'after' ? 1 : 0,
      firstDay: report.dateRange!.firstDay,
      lastDay: report.dateRange!.firstDay
    });
    expect(report.lastDay).toBe(dayOfIso('2024-01-01'));
    expect([...chunk.date]).toEqual([dayOfIso('2024-01-01')]);
  });

  test.each(['1900-01-01', '2026-12-01', '2027-11-30', '2027-12-01', '1/1/1900'])('%j is inside the default range and accepted', (date) => {
    const { report } = build(tx({ dayOrder: 'dmy' }), headers, [['A', date, '1', '', '', '', '']]);
    expect(report.rowsAccepted).toBe(1);
    expect(report.dateRange).toMatchObject({ before: 0, after: 0, firstDay: NaN, lastDay: NaN });
  });

  test('today + 364 days is accepted, today + 2 years is set aside; the range holds the earliest and latest set-aside day', () => {
    const { report } = build(tx(), headers, [
      ['A', isoOfDay(today + 364), '1', '', '', '', ''],
      ['B', isoOfDay(today + 731), '1', '', '', '', ''],
      ['C', '1850-06-01', '1', '', '', '', ''],
      ['D', '9999-12-31', '1', '', '', '', '']
    ]);
    expect(report.rowsAccepted).toBe(1);
    expect(report.lastDay).toBe(today + 364);
    expect(report.dateRange).toMatchObject({ before: 1, after: 2, firstDay: dayOfIso('1850-06-01'), lastDay: dayOfIso('9999-12-31') });
    expect(report.rejectedByReason).toEqual({ 'reject.implausibleDate': 3 });
  });

  test('the range in the mapping replaces the default: a wider one keeps the rows', () => {
    const { report } = build(tx({ dateFrom: '1800-01-01', dateTo: '9999-12-31' }), headers, [
      ['A', '1850-06-01', '1', '', '', '', ''],
      ['B', '9999-12-31', '1', '', '', '', '']
    ]);
    expect(report.rowsAccepted).toBe(2);
    expect(report.lastDay).toBe(dayOfIso('9999-12-31'));
    expect(() => new TableBuilder(tx({ dateFrom: '2025-01-01', dateTo: '2024-01-01' }), headers, { today })).toThrow('invalid date range');
  });

  const twoDigitRows = (dates: string[]) => dates.map((d, i) => [`C${i}`, d, '1', '', '', '', '']);
  test.each([
    ['at the start', ['24-03-10', '2024-03-10', '2024-03-11', '2024-03-12']],
    ['at the end', ['2024-03-10', '2024-03-11', '2024-03-12', '24-03-10']]
  ])("two-digit years among four-digit years ('auto'), %s: readAgain asks to reject them; read again, they are rejected", (_, dates) => {
    const first = build(tx(), headers, twoDigitRows(dates));
    expect(first.report.rowsAccepted).toBe(4);
    expect(first.b.readAgain()).toEqual({ twoDigitYears: 'reject' });
    const again = build(tx({ twoDigitYears: 'reject' }), headers, twoDigitRows(dates));
    expect(again.b.readAgain()).toBeNull();
    expect(again.report.rejected.map((r) => [r.line, r.reason])).toEqual([[2 + dates.indexOf('24-03-10'), 'reject.twoDigitYear']]);
    expect(again.report.rejectedByReason).toEqual({ 'reject.twoDigitYear': 1 });
    expect(again.report.coercions).toEqual({});
  });

  test('a column of only two-digit years, or as many two-digit as four-digit years, is accepted with the conversion counted', () => {
    const only = build(tx(), headers, twoDigitRows(['2/24/03', '2/25/03', '3/1/03']));
    expect(only.b.readAgain()).toBeNull();
    expect(only.report.rowsAccepted).toBe(3);
    expect(only.report.coercions['date|twoDigitYear']).toBe(3);
    const half = build(tx(), headers, twoDigitRows(['2/24/03', '2024-02-25']));
    expect(half.b.readAgain()).toBeNull();
  });
});
