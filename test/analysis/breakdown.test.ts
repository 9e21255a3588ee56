import { describe, expect, test } from 'vitest';
import { abc } from '../../src/lib/analysis/abc.ts';
import { breakdown } from '../../src/lib/analysis/breakdown.ts';
import { summarize } from '../../src/lib/analysis/summarize.ts';
import { customerTable, snapshot, summaryConfig, transactionTable } from './transactionTable.ts';

// Revenue a 100 North, b 300 South, c 50 North, d 20 (no region), e −10 South.
// ABC 80/95 textbook over positive total 470: b 63.8 % A, a 85.1 % B, c 95.7 % C, d C, e C.
const summary = summarize(transactionTable([
  { customer: 'a', date: '2024-01-01', amount: 100, region: 'North', attrs: { 渠道: '直销' } },
  { customer: 'b', date: '2024-01-01', amount: 300, region: 'South', attrs: { 渠道: '经销' } },
  { customer: 'c', date: '2024-01-01', amount: 50, region: 'North', attrs: { 渠道: '直销' } },
  { customer: 'd', date: '2024-01-01', amount: 20, region: null, attrs: { 渠道: '直销' } },
  { customer: 'e', date: '2024-01-01', amount: -10, region: 'South', attrs: { 渠道: null } }
]), summaryConfig());
const classes = abc(summary, { metric: 'revenue', a: 0.8, b: 0.95, rule: 'textbook' });

describe('breakdown(): per attribute label', () => {
  test('rows by revenue, then the (none) row; customers, shares, class mix', () => {
    const before = snapshot(summary);
    const r = breakdown(summary, classes, { attribute: 'region', metric: 'revenue' });
    expect(r.attribute).toBe('region');
    expect(r.attributes).toEqual(['region', '渠道']);
    expect(r.rows.map((x) => [x.label, x.customers, x.revenue, x.classMix, x.missing ?? false])).toEqual([
      ['South', 2, 290, [1, 0, 1], false],
      ['North', 2, 150, [0, 1, 1], false],
      ['(none)', 1, 20, [0, 0, 1], true]
    ]);
    expect(r.rows.map((x) => x.customerShare)).toEqual([0.4, 0.4, 0.2]);
    r.rows.forEach((x) => expect(x.revenueShare).toBeCloseTo(x.revenue / 460, 12));
    expect(snapshot(summary)).toEqual(before);
  });

  test('any categorical column and any metric', () => {
    const r = breakdown(summary, classes, { attribute: '渠道', metric: 'orders' });
    expect(r.rows.map((x) => [x.label, x.customers, x.revenue])).toEqual([
      ['直销', 3, 3],
      ['经销', 1, 1],
      ['(none)', 1, 0] // e's only order is a return: F = 0
    ]);
  });

  test('ties in the metric: by label in natural order', () => {
    const s = summarize(customerTable(['1', '2', '3'], [5, 5, 5], {}, { 组: ['组10', '组2', '组1'] }), summaryConfig());
    const r = breakdown(s, abc(s, { metric: 'revenue', a: 0.8, b: 0.95, rule: 'textbook' }), { attribute: '组', metric: 'revenue' });
    expect(r.rows.map((x) => x.label)).toEqual(['组1', '组2', '组10']);
  });

  test('unknown attribute: no rows; unknown metric refused; no customers', () => {
    expect(breakdown(summary, classes, { attribute: 'nope', metric: 'revenue' }).rows).toEqual([]);
    expect(() => breakdown(summary, classes, { attribute: 'region', metric: 'nope' })).toThrow(/unknown metric: nope/);
    const empty = summarize(transactionTable([]), summaryConfig());
    expect(breakdown(empty, abc(empty, { metric: 'revenue', a: 0.8, b: 0.95, rule: 'textbook' }), { attribute: 'region', metric: 'revenue' }).attributes).toEqual([]);
  });
});
