import { describe, expect, test } from 'vitest';
import { keyAccounts, type KeyAccountConfig } from '../../src/lib/analysis/keyAccounts.ts';
import { summarize } from '../../src/lib/analysis/summarize.ts';
import type { AbcConfig } from '../../src/lib/analysis/abc.ts';
import { customerTable, snapshot, summaryConfig, transactionTable } from './transactionTable.ts';

const abcConfig: AbcConfig = { metric: 'revenue', a: 0.8, b: 0.95, rule: 'textbook' };
const config = (patch: Partial<KeyAccountConfig> = {}): KeyAccountConfig => ({ standard: 'rolling', months: 3, threshold: 150, ...patch });

// D = 2024-03-31; month ends 2023-12-31 … 2024-03-31. Rolling 3 months = (end − 3 months, end]:
//            Dec 31   Jan 31   Feb 29   Mar 31
//   a          0       100      100      200
//   b        300       300      300        0   (2023-12-31 is outside (2023-12-31, 2024-03-31])
//   c          0         0       50      250
const summary = summarize(transactionTable([
  { customer: 'a', date: '2024-01-15', amount: 100 },
  { customer: 'a', date: '2024-03-10', amount: 100 },
  { customer: 'b', date: '2023-12-31', amount: 300 },
  { customer: 'c', date: '2024-02-29', amount: 50 },
  { customer: 'c', date: '2024-03-31', amount: 200 }
]), summaryConfig());

describe('keyAccounts(): rolling-N-month revenue ≥ threshold at each month end', () => {
  test('counts, entries and exits (customer indices a 0, b 1, c 2)', () => {
    const r = keyAccounts(summary, config(), abcConfig)!;
    expect(r.months).toEqual(['2023-12-31', '2024-01-31', '2024-02-29', '2024-03-31']);
    expect(r.counts).toEqual([1, 1, 1, 2]);
    expect(r.entries).toEqual([[1], [], [], [0, 2]]);
    expect(r.exits).toEqual([[], [], [], [1]]);
    expect(r.threshold).toBe(150);
    expect(r.partial).toEqual([true, true, true, false]);
  });

  test('threshold is inclusive', () => {
    expect(keyAccounts(summary, config({ threshold: 300 }), abcConfig)!.counts).toEqual([1, 1, 1, 0]);
    expect(keyAccounts(summary, config({ threshold: 300.01 }), abcConfig)!.counts).toEqual([0, 0, 0, 0]);
  });

  test('one month: (29 Feb, 31 Mar] — the month end maps to the previous month end', () => {
    const r = keyAccounts(summary, config({ months: 1, threshold: 100 }), abcConfig)!;
    expect(r.counts).toEqual([1, 1, 0, 2]); // Feb: c's 50 only; Mar: a 100, c 200
    expect(r.partial).toEqual([true, false, false, false]); // (30 Nov, 31 Dec] starts before the first data day
  });

  test('automatic threshold (≤ 0): the 90th percentile (type 7) of the positive rolling revenues at the analysis date', () => {
    const r = keyAccounts(summary, config({ threshold: 0 }), abcConfig)!;
    expect(r.threshold).toBeCloseTo(200 + 0.9 * 50, 12);
    expect(r.counts).toEqual([1, 1, 1, 1]);
    expect(r.entries[3]).toEqual([2]);
  });

  test("'classA': ABC class A by rolling revenue with the ABC settings", () => {
    const textbook = keyAccounts(summary, config({ standard: 'classA' }), abcConfig)!;
    // Dec: b alone has cum 100 % → C by the textbook rule; Jan: b 75 %; Feb: b 66.7 %; Mar: c 55.6 %.
    expect(textbook.counts).toEqual([0, 1, 1, 1]);
    expect(textbook.entries).toEqual([[], [1], [], [2]]);
    expect(textbook.exits).toEqual([[], [], [], [1]]);
    expect(textbook.threshold).toBeNaN();
    const crossing = keyAccounts(summary, config({ standard: 'classA' }), { ...abcConfig, rule: 'crossing' })!;
    // Crossing: the customer carrying the cumulative past 80 % joins A (Jan: b, a; Feb: b, a; Mar: c, a).
    expect(crossing.counts).toEqual([1, 2, 2, 2]);
  });

  test('customer tables and empty input give null; invalid settings are refused; input not mutated', () => {
    expect(keyAccounts(summarize(customerTable(['a'], [1]), summaryConfig()), config(), abcConfig)).toBeNull();
    expect(keyAccounts(summarize(transactionTable([]), summaryConfig()), config(), abcConfig)).toBeNull();
    const before = snapshot(summary);
    expect(() => keyAccounts(summary, config({ months: 0 }), abcConfig)).toThrow(/months: 0/);
    expect(() => keyAccounts(summary, config({ months: 1.5 }), abcConfig)).toThrow(/months: 1.5/);
    expect(() => keyAccounts(summary, config({ standard: 'x' as 'rolling' }), abcConfig)).toThrow(/standard: x/);
    expect(() => keyAccounts(summary, config({ threshold: NaN }), abcConfig)).toThrow(/threshold: NaN/);
    keyAccounts(summary, config({ standard: 'classA' }), abcConfig);
    expect(snapshot(summary)).toEqual(before);
  });

  test('returns net off in the rolling revenue', () => {
    const s = summarize(transactionTable([
      { customer: 'a', date: '2024-01-10', amount: 200 },
      { customer: 'a', date: '2024-01-20', amount: -120 }
    ]), summaryConfig());
    expect(keyAccounts(s, config({ threshold: 100 }), abcConfig)!.counts).toEqual([0]);
  });
});
