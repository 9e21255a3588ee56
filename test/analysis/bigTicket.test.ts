import { describe, expect, test } from 'vitest';
import { abc } from '../../src/lib/analysis/abc.ts';
import { bigTicket, type BigTicketConfig } from '../../src/lib/analysis/bigTicket.ts';
import { summarize } from '../../src/lib/analysis/summarize.ts';
import { customerTable, snapshot, summaryConfig, transactionTable } from './transactionTable.ts';

// D = 2024-12-31. With A ≤ 99.99 % the first four customers by revenue are class A; "small" is C.
const summary = summarize(transactionTable([
  { customer: 'many', date: '2023-01-01', amount: 5000 },
  { customer: 'many', date: '2024-06-01', amount: 5000 },
  { customer: 'one', date: '2023-06-01', amount: 10000 },
  { customer: 'recent', date: '2024-11-01', amount: 9000 },
  { customer: 'oneRet', date: '2023-03-01', amount: 8000 },
  { customer: 'oneRet', date: '2023-04-01', amount: -100 }, // a return is not a second order with value
  { customer: 'small', date: '2023-01-01', amount: 10 }
]), summaryConfig({ analysisDate: '2024-12-31' }));
const classes = abc(summary, { metric: 'revenue', a: 0.9999, b: 0.99999, rule: 'textbook' });
const config = (patch: Partial<BigTicketConfig> = {}): BigTicketConfig => ({ classes: ['A'], windowDays: 365, ...patch });
const names = (list: number[] | undefined) => (list ?? []).map((i) => summary.ids[i]);

describe('bigTicket(): top-class customers with a single positive order and no order since within W', () => {
  test('fixture classes', () => {
    expect(summary.ids.filter((_, i) => classes.cls[i] === 0)).toEqual(['many', 'one', 'oneRet', 'recent']);
  });

  test('flagged (ABC rank order) and pending (single order less than W days old)', () => {
    const r = bigTicket(summary, classes, config())!;
    expect(names(r.customers)).toEqual(['one', 'oneRet']);
    expect(names(r.pending)).toEqual(['recent']);
  });

  test.each([
    [0, ['one', 'recent', 'oneRet'], []],
    [60, ['one', 'recent', 'oneRet'], []], // 2024-11-01 is exactly 60 days before D
    [61, ['one', 'oneRet'], ['recent']],
    [600, ['oneRet'], ['one', 'recent']] // 671 and 579 days before D
  ])('W = %i days', (W, flagged, pending) => {
    const r = bigTicket(summary, classes, config({ windowDays: W }))!;
    expect(names(r.customers)).toEqual(flagged);
    expect(names(r.pending)).toEqual(pending);
  });

  test('classes setting: C includes the small one-off customer', () => {
    expect(names(bigTicket(summary, classes, config({ classes: ['C'] }))!.customers)).toEqual(['small']);
    expect(bigTicket(summary, classes, config({ classes: [] }))!.customers).toEqual([]);
  });

  test('customer tables and empty input give null; invalid settings refused; input not mutated', () => {
    const cs = summarize(customerTable(['a'], [1]), summaryConfig());
    expect(bigTicket(cs, abc(cs, { metric: 'revenue', a: 0.8, b: 0.95, rule: 'textbook' }), config())).toBeNull();
    const before = snapshot(summary);
    expect(() => bigTicket(summary, classes, config({ classes: ['D'] }))).toThrow(/class: D/);
    expect(() => bigTicket(summary, classes, config({ windowDays: -1 }))).toThrow(/windowDays: -1/);
    bigTicket(summary, classes, config());
    expect(snapshot(summary)).toEqual(before);
  });
});
