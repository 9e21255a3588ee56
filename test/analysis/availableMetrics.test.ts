import { describe, expect, test } from 'vitest';
import { absentMetrics, availableMetrics, isAvailable, optionalMetrics } from '../../src/lib/analysis/availableMetrics.ts';
import { summarize } from '../../src/lib/analysis/summarize.ts';
import type { Table } from '../../src/lib/analysis/table.ts';
import { messages } from '../../src/lib/i18n/messages.ts';
import { customerTable, summaryConfig, transactionTable, type Row } from './transactionTable.ts';

const rows = (extra: Partial<Row>): Row[] => [
  { customer: 'a', date: '2024-01-31', amount: 100, ...extra },
  { customer: 'b', date: '2024-12-31', amount: 50, ...extra }
];

// Each table shape and the optional metrics it lacks (profit: a profit column, or amount − cost).
const cases: [string, Table, string[]][] = [
  ['transactions, only customer/date/amount', transactionTable(rows({})), ['profit', 'payment', 'quantity']],
  ['transactions with cost', transactionTable(rows({ cost: 60 })), ['payment', 'quantity']],
  ['transactions with profit', transactionTable(rows({ profit: 10 })), ['payment', 'quantity']],
  ['transactions with payment', transactionTable(rows({ payment: 80 })), ['profit', 'quantity']],
  ['transactions with quantity', transactionTable(rows({ quantity: 2 })), ['profit', 'payment']],
  ['transactions with every column', transactionTable(rows({ cost: 60, profit: 10, payment: 80, quantity: 2 })), []],
  ['customer table, only revenue', customerTable(['a', 'b'], [100, 50]), ['profit', 'payment', 'quantity', 'orders', 'recency', 'tenure']],
  ['customer table with cost', customerTable(['a', 'b'], [100, 50], {}, {}, { cost: Float64Array.of(60, 20) }), ['payment', 'quantity', 'orders', 'recency', 'tenure']],
  ['customer table with cost but no amount', customerTable(['a', 'b'], null, {}, {}, { cost: Float64Array.of(60, 20) }), ['profit', 'payment', 'quantity', 'orders', 'recency', 'tenure']],
  ['customer table with order-count and recency columns', customerTable(['a', 'b'], [100, 50], { 订单数: [3, 1], 最近购买天数: [5, 40] }), ['profit', 'payment', 'quantity', 'tenure']],
  ['customer table with payment and quantity', customerTable(['a', 'b'], [100, 50], {}, {}, { payment: Float64Array.of(90, 50), quantity: Float64Array.of(3, 1) }), ['profit', 'orders', 'recency', 'tenure']]
];

describe('absentMetrics(summary), isAvailable(summary, metric), availableMetrics(summary)', () => {
  test.each(cases)('%s', (_name, table, absent) => {
    const summary = summarize(table, summaryConfig());
    expect(absentMetrics(summary)).toEqual(absent);
    for (const m of optionalMetrics) expect(isAvailable(summary, m), m).toBe(!absent.includes(m));
    expect(availableMetrics(summary)).toEqual(Object.keys(summary.metrics).filter((m) => !absent.includes(m)));
    expect(availableMetrics(summary)).toContain('revenue');
  });

  test('the stats say where profit comes from', () => {
    const source = (t: Table) => summarize(t, summaryConfig()).stats.profitSource;
    expect(source(transactionTable(rows({})))).toBeNull();
    expect(source(transactionTable(rows({ cost: 60 })))).toBe('amountMinusCost');
    expect(source(transactionTable(rows({ cost: 60, profit: 10 })))).toBe('profit');
    expect(summarize(transactionTable(rows({ payment: 1, quantity: 1 })), summaryConfig()).stats).toMatchObject({ hasPayment: true, hasQuantity: true, hasCost: false, hasProfit: false });
  });

  test('a customer table’s own numeric columns are offered; unknown and prototype names are not', () => {
    const summary = summarize(customerTable(['a', 'b'], [100, 50], { 潜力: [1, 2] }), summaryConfig());
    expect(isAvailable(summary, '潜力')).toBe(true);
    expect(isAvailable(summary, 'nope')).toBe(false);
    expect(isAvailable(summary, 'constructor')).toBe(false);
  });

  test('an empty transactions table lacks only what has no column', () => {
    expect(absentMetrics(summarize(transactionTable([]), summaryConfig()))).toEqual(['profit', 'payment', 'quantity']);
  });

  test('every optional metric has its notes and its hint in the catalogue, in both languages', () => {
    for (const m of optionalMetrics) {
      for (const key of [`engine.unavailable.${m}`, `engine.valueScore.without.${m}`, `engine.needs.${m}`]) {
        expect(messages.en[key], key).toBeTypeOf('string');
        expect(messages.zh[key], key).toBeTypeOf('string');
      }
    }
  });
});
