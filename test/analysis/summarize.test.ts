import { describe, expect, test } from 'vitest';
import { summarize } from '../../src/lib/analysis/summarize.ts';
import type { FullSummary } from '../../src/lib/analysis/types.ts';
import { customerTable, day, snapshot, summaryConfig, transactionTable, type Row } from './transactionTable.ts';

/** Orders of customer i as [ISO day, value] pairs. */
function ordersOf(s: FullSummary, i: number): [string, number][] {
  const out: [string, number][] = [];
  for (let k = s.orders.offsets[i]; k < s.orders.offsets[i + 1]; k++) out.push([new Date(s.orders.day[k] * 864e5).toISOString().slice(0, 10), s.orders.value[k]]);
  return out;
}

function row(s: FullSummary, id: string) {
  const i = s.ids.indexOf(id);
  expect(i, `customer ${id}`).toBeGreaterThanOrEqual(0);
  return {
    F: s.frequency[i],
    M: s.monetary[i],
    revenue: s.revenue[i],
    R: s.recencyDays[i],
    first: s.firstDay[i],
    last: s.lastDay[i],
    tenure: s.tenureDays[i],
    profit: s.profit[i],
    quantity: s.quantity[i],
    payment: s.payment[i]
  };
}

// a: a same-day pair at a month end, a return on a leap day, an order on 1 March.
// b: an order on New Year's Eve, a full return later. A row without customer; c only after D.
const rows: Row[] = [
  { customer: 'a', date: '2024-01-31', amount: 100 },
  { customer: 'a', date: '2024-01-31', amount: 50 },
  { customer: 'a', date: '2024-02-29', amount: -30 },
  { customer: 'a', date: '2024-03-01', amount: 200 },
  { customer: 'b', date: '2023-12-31', amount: 80 },
  { customer: 'b', date: '2024-03-01', amount: -80 },
  { customer: null, date: '2024-02-01', amount: 1000 },
  { customer: 'c', date: '2024-03-05', amount: 500 }
];

describe('summarize(): transactions (METHOD §2)', () => {
  const table = transactionTable(rows);
  const before = snapshot(table);
  const s = summarize(table, summaryConfig({ analysisDate: '2024-03-01' }));

  test('analysis date, rows after it, rows without customer, totals', () => {
    expect(s.shape).toBe('transactions');
    expect(s.analysisDay).toBe(day('2024-03-01'));
    expect(s.ids).toEqual(['a', 'b']);
    expect(s.stats).toMatchObject({
      rows: 8,
      rowsAfterAnalysisDate: 1,
      rowsWithoutCustomer: 1,
      rowsUsed: 6,
      rowsBeforeWindow: 0,
      customers: 2,
      orders: 5,
      totalAmount: 1320,
      firstDay: day('2023-12-31'),
      lastDay: day('2024-03-01'),
      hasCost: false,
      hasProfit: false
    });
  });

  test.each([
    // id, F, M, R, first, last, tenure
    ['a', 2, 320, 0, '2024-01-31', '2024-03-01', 30],
    ['b', 1, 0, 61, '2023-12-31', '2024-03-01', 61]
  ])('customer %s: F %i, M %d, R %d, first %s, last %s, tenure %i', (id, F, M, R, first, last, tenure) => {
    expect(row(s, id)).toMatchObject({ F, M, revenue: M, R, first: day(first), last: day(last), tenure });
  });

  test('orders: customer-days, summed, sorted by day (returns kept as non-positive orders)', () => {
    expect(ordersOf(s, 0)).toEqual([
      ['2024-01-31', 150],
      ['2024-02-29', -30],
      ['2024-03-01', 200]
    ]);
    expect(ordersOf(s, 1)).toEqual([
      ['2023-12-31', 80],
      ['2024-03-01', -80]
    ]);
    expect(s.codeToIndex[table.customer.labels.indexOf('c')]).toBe(-1);
  });

  test('metrics record names every customer metric', () => {
    expect(Object.keys(s.metrics).sort()).toEqual(['monetary', 'orders', 'payment', 'profit', 'quantity', 'recency', 'revenue', 'tenure']);
    expect(Array.from(s.metrics.orders)).toEqual([2, 1]);
    expect(Array.from(s.metrics.recency)).toEqual([0, 61]);
  });

  test('input not mutated', () => {
    expect(snapshot(table)).toEqual(before);
  });

  test('analysis date defaults to the latest date in the data', () => {
    const all = summarize(table, summaryConfig());
    expect(all.analysisDay).toBe(day('2024-03-05'));
    expect(all.ids).toEqual(['a', 'b', 'c']);
    expect(all.stats.rowsAfterAnalysisDate).toBe(0);
    expect(row(all, 'a').R).toBe(4);
    expect(row(all, 'c')).toMatchObject({ F: 1, M: 500, R: 0, tenure: 0 });
  });

  test('monetary average = net sum / F, 0 when F = 0', () => {
    const avg = summarize(table, summaryConfig({ analysisDate: '2024-03-01', monetary: 'average' }));
    expect(Array.from(avg.monetary)).toEqual([160, 0]);
    expect(Array.from(avg.revenue)).toEqual([320, 0]);
    const w = summarize(table, summaryConfig({ analysisDate: '2024-03-01', windowDays: 30, monetary: 'average' }));
    expect(Array.from(w.monetary)).toEqual([170, 0]); // b: F = 0 in the window
  });

  test("frequency 'rows' counts the customer's rows (the R rfm package)", () => {
    const r = summarize(table, summaryConfig({ analysisDate: '2024-03-01', frequency: 'rows' }));
    expect(Array.from(r.frequency)).toEqual([4, 2]);
    expect(Array.from(r.monetary)).toEqual([320, 0]);
  });

  test('window: only rows in (D − W, D] count toward F and M; R, first order and tenure use all history', () => {
    const w = summarize(table, summaryConfig({ analysisDate: '2024-03-01', windowDays: 30 }));
    expect(w.windowDays).toBe(30);
    expect(row(w, 'a')).toMatchObject({ F: 1, M: 170, R: 0, first: day('2024-01-31'), tenure: 30 });
    expect(row(w, 'b')).toMatchObject({ F: 0, M: -80, R: 61, first: day('2023-12-31'), tenure: 61 });
    expect(w.stats).toMatchObject({ rowsUsed: 3, rowsBeforeWindow: 3, orders: 3, customers: 2 });
    // The window's first day is D − 29: 2024-02-01 is in, 2024-01-31 is out.
    const edge = summarize(transactionTable([
      { customer: 'x', date: '2024-01-31', amount: 1 },
      { customer: 'x', date: '2024-02-01', amount: 2 },
      { customer: 'x', date: '2024-03-01', amount: 4 }
    ]), summaryConfig({ windowDays: 30 }));
    expect(edge.monetary[0]).toBe(6);
  });

  test('a customer with only returns has F 0 and R NaN', () => {
    const s2 = summarize(transactionTable([
      { customer: 'r', date: '2024-05-01', amount: -10 },
      { customer: 'p', date: '2024-05-02', amount: 0 }
    ]), summaryConfig());
    expect(row(s2, 'r')).toMatchObject({ F: 0, M: -10, tenure: 1 });
    expect(row(s2, 'r').R).toBeNaN();
    expect(row(s2, 'p').F).toBe(0); // a zero-value order is not counted
    expect(row(s2, 'p').R).toBeNaN();
  });

  test('invalid settings are refused with the value received', () => {
    expect(() => summarize(table, summaryConfig({ windowDays: 0 }))).toThrow(/windowDays: 0/);
    expect(() => summarize(table, summaryConfig({ windowDays: -5 }))).toThrow(/-5/);
    expect(() => summarize(table, summaryConfig({ analysisDate: '2024-02-30' }))).toThrow(/2024-02-30/);
    expect(() => summarize(table, summaryConfig({ frequency: 'x' as 'rows' }))).toThrow(/frequency: x/);
    expect(() => summarize(table, summaryConfig({ monetary: 'mean' as 'sum' }))).toThrow(/monetary: mean/);
  });
});

describe('summarize(): orders by order id', () => {
  const orderRows: Row[] = [
    { customer: 'a', date: '2023-12-31', amount: 10, order: 'o1' },
    { customer: 'a', date: '2023-12-31', amount: 5, order: 'o1' },
    { customer: 'a', date: '2023-12-31', amount: 7, order: 'o2' }, // same day, another order
    { customer: 'a', date: '2024-01-01', amount: 3, order: 'o3' },
    { customer: 'a', date: '2024-01-02', amount: 4, order: 'o3' }, // an order spanning two days is dated by its first day
    { customer: 'a', date: '2024-01-05', amount: -22, order: 'C4' }, // cancellation: its own non-positive order
    { customer: 'b', date: '2024-01-05', amount: 9, order: null } // no order id: the customer-day is the order
  ];
  const s = summarize(transactionTable(orderRows), summaryConfig());

  test('distinct order ids; value = sum of rows; dated by the first day', () => {
    expect(ordersOf(s, 0)).toEqual([
      ['2023-12-31', 15],
      ['2023-12-31', 7],
      ['2024-01-01', 7],
      ['2024-01-05', -22]
    ]);
    expect(row(s, 'a')).toMatchObject({ F: 3, M: 7, R: 4, tenure: 5 });
    expect(ordersOf(s, 1)).toEqual([['2024-01-05', 9]]);
    expect(s.stats.orders).toBe(5);
  });

  test('without the order column the same rows are customer-day orders', () => {
    const noIds = summarize(transactionTable(orderRows.map(({ order: _o, ...r }) => r)), summaryConfig());
    expect(ordersOf(noIds, 0)).toEqual([
      ['2023-12-31', 22],
      ['2024-01-01', 3],
      ['2024-01-02', 4],
      ['2024-01-05', -22]
    ]);
    expect(row(noIds, 'a').F).toBe(3);
  });
});

describe('summarize(): orders from rows in any order', () => {
  test('rows of an order apart and out of order; an order id shared by two customers is one order each', () => {
    const s = summarize(transactionTable([
      { customer: 'a', date: '2024-01-03', amount: 1, order: 'o2' },
      { customer: 'b', date: '2024-01-02', amount: 10, order: 'o1' },
      { customer: 'a', date: '2024-01-02', amount: 2, order: 'o1' },
      { customer: 'a', date: '2024-01-01', amount: 4, order: 'o2' }, // o2 is dated by its earliest row
      { customer: 'a', date: '2024-01-02', amount: 8, order: 'o3' },
      { customer: 'a', date: '2024-01-02', amount: 16, order: 'o1' },
      { customer: 'a', date: '2024-01-02', amount: 32, order: null },
      { customer: 'c', date: '2024-01-03', amount: 1, order: 'o6' }, // rows newest first
      { customer: 'c', date: '2024-01-02', amount: 2, order: 'o5' },
      { customer: 'c', date: '2024-01-02', amount: 4, order: 'o4' },
      { customer: 'c', date: '2024-01-01', amount: 8, order: null }
    ]), summaryConfig());
    expect(ordersOf(s, 0)).toEqual([
      ['2024-01-01', 5],
      ['2024-01-02', 18],
      ['2024-01-02', 8],
      ['2024-01-02', 32]
    ]);
    expect(ordersOf(s, 1)).toEqual([['2024-01-02', 10]]);
    expect(ordersOf(s, 2)).toEqual([
      ['2024-01-01', 8],
      ['2024-01-02', 2], // o5 before o4: same day, by order id as first met in the file
      ['2024-01-02', 4],
      ['2024-01-03', 1]
    ]);
    expect(s.stats.orders).toBe(9);
  });
});

describe('summarize(): profit, quantity, payment and attributes', () => {
  test('profit column wins over amount − cost; missing values are skipped', () => {
    const withProfit = summarize(transactionTable([
      { customer: 'a', date: '2024-01-01', amount: 100, profit: 30, cost: 1, quantity: 2, payment: 50 },
      { customer: 'a', date: '2024-01-02', amount: 50, profit: NaN, cost: 2, quantity: NaN, payment: 50 }
    ]), summaryConfig());
    expect(row(withProfit, 'a')).toMatchObject({ profit: 30, quantity: 2, payment: 100 });
    expect(withProfit.stats).toMatchObject({ hasProfit: true, hasCost: true });
    const withCost = summarize(transactionTable([
      { customer: 'a', date: '2024-01-01', amount: 100, cost: 60 },
      { customer: 'a', date: '2024-01-02', amount: -20, cost: -12 },
      { customer: 'a', date: '2024-01-03', amount: 10, cost: NaN }
    ]), summaryConfig());
    expect(row(withCost, 'a').profit).toBe(32);
    const none = summarize(transactionTable([{ customer: 'a', date: '2024-01-01', amount: 100 }]), summaryConfig());
    expect(row(none, 'a')).toMatchObject({ profit: 0, quantity: 0, payment: 0 });
  });

  test('profit, quantity and payment are limited to the window', () => {
    const s = summarize(transactionTable([
      { customer: 'a', date: '2024-01-01', amount: 100, profit: 10, quantity: 1, payment: 100 },
      { customer: 'a', date: '2024-03-01', amount: 100, profit: 20, quantity: 3, payment: 40 }
    ]), summaryConfig({ windowDays: 10 }));
    expect(row(s, 'a')).toMatchObject({ profit: 20, quantity: 3, payment: 40, M: 100, tenure: 60 });
  });

  test("attributes: each customer's most frequent label (ties: the column's first label); missing → −1", () => {
    const s = summarize(transactionTable([
      { customer: 'a', date: '2024-01-01', amount: 1, region: 'North', attrs: { channel: 'web' } },
      { customer: 'a', date: '2024-01-02', amount: 1, region: 'South', attrs: { channel: 'shop' } },
      { customer: 'a', date: '2024-01-03', amount: 1, region: 'South', attrs: { channel: 'web' } },
      { customer: 'b', date: '2024-01-01', amount: 1, region: 'South', attrs: { channel: null } },
      { customer: 'b', date: '2024-01-02', amount: 1, region: 'North', attrs: { channel: null } },
      { customer: 'c', date: '2024-01-01', amount: 1, region: null, attrs: { channel: null } }
    ]), summaryConfig());
    const label = (name: string, i: number) => {
      const c = s.attributes[name];
      return c.codes[i] < 0 ? null : c.labels[c.codes[i]];
    };
    expect(Object.keys(s.attributes)).toEqual(['region', 'channel']);
    expect([0, 1, 2].map((i) => label('region', i))).toEqual(['South', 'North', null]);
    expect([0, 1, 2].map((i) => label('channel', i))).toEqual(['web', null, null]);
  });
  test('attributes with many labels and customers: the same most frequent label', () => {
    // 1,500 customers × 1,501 labels is past the size where counts are kept in one array.
    const rows: Row[] = [];
    for (let c = 0; c < 1500; c++) {
      const id = `c${c}`;
      rows.push({ customer: id, date: '2024-01-01', amount: 1, region: `r${c + 1}` });
      rows.push({ customer: id, date: '2024-01-02', amount: 1, region: `r${c}` });
      rows.push({ customer: id, date: '2024-01-03', amount: 1, region: `r${c}` });
      rows.push({ customer: id, date: '2024-01-04', amount: 1, region: c % 2 ? `r${c + 1}` : null });
    }
    const s = summarize(transactionTable(rows), summaryConfig());
    const region = s.attributes.region;
    expect(region.labels.length).toBe(1501);
    for (const c of [0, 1, 2, 9, 10, 1499]) {
      // Odd customers: a tie between r(c) and r(c + 1), won by r(c), met first in the file.
      expect(region.labels[region.codes[s.ids.indexOf(`c${c}`)]]).toBe(`r${c}`);
    }
  });
});

describe('summarize(): edge cases', () => {
  test('empty table', () => {
    const s = summarize(transactionTable([]), summaryConfig());
    expect(s.ids).toEqual([]);
    expect(s.stats).toMatchObject({ rows: 0, customers: 0, orders: 0, totalAmount: 0 });
    expect(s.analysisDay).toBeNaN();
    expect(Array.from(s.orders.offsets)).toEqual([0]);
  });

  test('only rows without customer', () => {
    const s = summarize(transactionTable([{ customer: null, date: '2024-01-01', amount: 5 }]), summaryConfig());
    expect(s.stats).toMatchObject({ rows: 1, rowsWithoutCustomer: 1, customers: 0, totalAmount: 5 });
  });

  test('an analysis date before every row leaves no customer', () => {
    const s = summarize(transactionTable(rows), summaryConfig({ analysisDate: '2020-01-01' }));
    expect(s.ids).toEqual([]);
    expect(s.stats.rowsAfterAnalysisDate).toBe(8);
  });

  test('one customer, one row', () => {
    const s = summarize(transactionTable([{ customer: '7', date: '2024-12-31', amount: 42 }]), summaryConfig());
    expect(row(s, '7')).toMatchObject({ F: 1, M: 42, R: 0, tenure: 0 });
  });

  test('customers are in natural id order (9 before 14)', () => {
    const s = summarize(transactionTable(['14', '9', 'a10', 'a2', '100'].map((c) => ({ customer: c, date: '2024-01-01', amount: 1 }))), summaryConfig());
    expect(s.ids).toEqual(['9', '14', '100', 'a2', 'a10']);
  });
});

describe('summarize(): customer tables', () => {
  const table = customerTable(
    ['2', '1', null, '10'],
    [100, 50, 7, -5],
    { 订单数: [4, 2, 1, 1], 最近购买天数: [10, 40, 3, 400], potential: [5, NaN, 1, 2] },
    { 地区: ['华东', '华北', null, null] }
  );
  const before = snapshot(table);
  const s = summarize(table, summaryConfig());

  test('one row per customer; numeric columns become metrics; recency and order-count columns are recognised', () => {
    expect(s.shape).toBe('customers');
    expect(s.ids).toEqual(['1', '2', '10']);
    expect(s.analysisDay).toBeNaN();
    expect(Array.from(s.revenue)).toEqual([50, 100, -5]);
    expect(Array.from(s.metrics.revenue)).toEqual([50, 100, -5]);
    expect(Array.from(s.frequency)).toEqual([2, 4, 1]);
    expect(Array.from(s.recencyDays)).toEqual([40, 10, 400]);
    expect(Array.from(s.metrics.potential)).toEqual([NaN, 5, 2]);
    expect(s.stats).toMatchObject({ rows: 4, rowsWithoutCustomer: 1, customers: 3, totalAmount: 152, orders: 0 });
    expect(Array.from(s.tenureDays).every(Number.isNaN)).toBe(true);
    expect(Object.keys(s.attributes)).toEqual(['地区']);
    expect(snapshot(table)).toEqual(before);
  });

  test('without recency/frequency columns R and F are NaN', () => {
    const plain = summarize(customerTable(['a', 'b'], [1, 2]), summaryConfig());
    expect(Array.from(plain.recencyDays).every(Number.isNaN)).toBe(true);
    expect(Array.from(plain.frequency).every(Number.isNaN)).toBe(true);
    expect(Array.from(plain.monetary)).toEqual([1, 2]);
  });

  test('a customer listed twice: its numbers add up', () => {
    const twice = summarize(customerTable(['a', 'a', 'b'], [1, 2, 3], { x: [NaN, 4, NaN] }), summaryConfig());
    expect(Array.from(twice.revenue)).toEqual([3, 3]);
    expect(Array.from(twice.metrics.x)).toEqual([4, NaN]);
  });
});
