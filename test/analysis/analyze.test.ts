import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { Analyzer, publicSummary, type AnalysisConfig, type AnalysisResult } from '../../src/lib/analysis/analyze.ts';
import { defaultConfig } from '../../src/lib/analysis/defaults.ts';
import { messages } from '../../src/lib/i18n/messages.ts';
import { importText } from '../../src/lib/import/importText.ts';
import { customerTable, transactionTable } from './transactionTable.ts';

// The built-in synthetic distributor sample: order ids, regions, channels, products, costs and payments.
const { table } = importText(readFileSync('public/samples/synthetic.csv', 'utf8'));
const withPatch = (patch: (c: AnalysisConfig) => void): AnalysisConfig => {
  const c = defaultConfig();
  patch(c);
  return c;
};
const codes = (r: AnalysisResult) => r.notes.map((n) => n.code);

describe('Analyzer: every method on one table', () => {
  const analyzer = new Analyzer(table);
  const first = analyzer.run(defaultConfig());
  const r = first.result;

  test('all methods give results on dated transactions with cost', () => {
    expect(r.summary.ids.length).toBeGreaterThan(100);
    expect(r.rfm).not.toBeNull();
    expect(r.lifecycle).not.toBeNull();
    expect(r.keyAccounts).not.toBeNull();
    expect(r.bigTicket).not.toBeNull();
    expect(r.profitability.available).toBe(true);
    expect(r.breakdown.rows.length).toBeGreaterThan(1);
    expect(r.plan.rows.map((p) => p.cls)).toEqual(['A', 'B', 'C']);
    expect(r.valueScore.score.length).toBe(r.summary.ids.length);
  });

  test('the posted summary has no worker-only parts and the result can be structured-cloned', () => {
    expect('orders' in r.summary).toBe(false);
    expect('codeToIndex' in r.summary).toBe(false);
    expect(() => structuredClone(r)).not.toThrow();
  });

  test('every note code is a catalogue key', () => {
    for (const code of codes(r)) expect(messages.en[code], code).toBeTypeOf('string');
  });

  test('a threshold change recomputes ABC and its dependants only, not the summary', () => {
    const changed = withPatch((c) => (c.abc.a = 0.7));
    const second = analyzer.run(changed);
    expect(second.summaryMs).toBe(0);
    expect(second.result.summary.revenue).toBe(r.summary.revenue); // the same cached arrays
    expect(second.result.pyramid).toBe(r.pyramid);
    expect(second.result.rfm).toBe(r.rfm);
    expect(second.result.lifecycle).toBe(r.lifecycle);
    expect(second.result.valueScore).toBe(r.valueScore);
    expect(second.result.profitability).toBe(r.profitability);
    expect(second.result.keyAccounts).toBe(r.keyAccounts); // the rolling standard does not read ABC settings
    expect(second.result.abc).not.toBe(r.abc);
    expect(second.result.plan).not.toBe(r.plan);
    expect(second.result.breakdown).not.toBe(r.breakdown);
    expect(second.result.abc.config.a).toBe(0.7);
    // …and equals a fresh run.
    expect(second.result).toEqual(new Analyzer(table).run(changed).result);
  });

  test("key accounts by class A follow ABC threshold changes", () => {
    const a = analyzer.run(withPatch((c) => (c.keyAccounts.standard = 'classA')));
    const b = analyzer.run(withPatch((c) => {
      c.keyAccounts.standard = 'classA';
      c.abc.a = 0.6;
    }));
    expect(b.result.keyAccounts).not.toBe(a.result.keyAccounts);
    expect(b.result.keyAccounts!.counts.at(-1)).toBeLessThan(a.result.keyAccounts!.counts.at(-1)!);
  });

  test('the same config again: every result from the cache', () => {
    const again = analyzer.run(defaultConfig());
    expect(again.summaryMs).toBe(0);
    expect(again.result.abc).toEqual(r.abc);
    expect(again.result.keyAccounts).toEqual(r.keyAccounts);
  });

  test('a summary setting recomputes the summary; results equal a fresh run', () => {
    const dated = withPatch((c) => {
      c.summary.analysisDate = '2024-06-30';
      c.summary.windowDays = 180;
    });
    const x = analyzer.run(dated);
    expect(x.result.summary.revenue).not.toBe(r.summary.revenue);
    expect(x.result.summary.analysisDay).not.toBe(r.summary.analysisDay);
    expect(x.result).toEqual(new Analyzer(table).run(dated).result);
  });

  test('summary(): the full summary with orders, cached per summary settings', () => {
    const a = analyzer.summary(defaultConfig().summary);
    expect(a.ms).toBe(0);
    expect(a.summary.orders.offsets.length).toBe(a.summary.ids.length + 1);
    expect(publicSummary(a.summary)).not.toHaveProperty('orders');
  });
});

describe('Analyzer: invalid settings and unavailable methods', () => {
  const analyzer = new Analyzer(table);

  test('an invalid required setting falls back to the default with a note', () => {
    const { result } = analyzer.run(withPatch((c) => (c.abc.a = 2)));
    expect(result.abc.config.a).toBe(0.8);
    expect(result.notes).toContainEqual(expect.objectContaining({ code: 'engine.invalidSetting', params: expect.objectContaining({ section: 'abc' }) }));
  });

  test('an invalid optional setting leaves that method null with a note', () => {
    const { result } = analyzer.run(withPatch((c) => (c.lifecycle.windowDays = 0)));
    expect(result.lifecycle).toBeNull();
    expect(result.notes).toContainEqual(expect.objectContaining({ code: 'engine.methodFailed', params: expect.objectContaining({ section: 'lifecycle' }) }));
  });

  test('customer table: no dates → lifecycle, key accounts and big-ticket null; no RFM without recency', () => {
    const { result } = new Analyzer(customerTable(['1', '2', '3'], [590, 140, 100])).run(defaultConfig());
    expect(result.lifecycle).toBeNull();
    expect(result.keyAccounts).toBeNull();
    expect(result.bigTicket).toBeNull();
    expect(result.rfm).toBeNull();
    expect(codes(result)).toEqual(expect.arrayContaining(['engine.noDates', 'engine.rfm.unavailable']));
    expect(result.abc.classes.map((c) => c.customers)).toEqual([1, 1, 1]);
  });

  test('notes: rows after the analysis date, rows without customer, non-positive values, concentration warning', () => {
    const t = transactionTable([
      { customer: 'a', date: '2024-01-01', amount: 100 },
      { customer: 'b', date: '2024-01-02', amount: -5 },
      { customer: null, date: '2024-01-02', amount: 7 },
      { customer: 'a', date: '2024-02-01', amount: 1 }
    ]);
    const { result } = new Analyzer(t).run(withPatch((c) => (c.summary.analysisDate = '2024-01-31')));
    expect(result.notes).toEqual(expect.arrayContaining([
      { code: 'engine.rowsAfterAnalysisDate', params: { rows: 1 } },
      { code: 'engine.rowsWithoutCustomer', params: { rows: 1 } },
      { code: 'engine.abc.nonPositive', params: { customers: 1 } },
      { code: 'engine.rfm.notScored', params: { customers: 1 } },
      { code: 'engine.concentration.warning', params: { share: 100, limit: 20 } }
    ]));
    for (const code of codes(result)) expect(messages.zh[code], code).toBeTypeOf('string');
  });

  test('empty table: no customers note, every required result present', () => {
    const { result } = new Analyzer(transactionTable([])).run(defaultConfig());
    expect(codes(result)).toContain('engine.noCustomers');
    expect(result.abc.order.length).toBe(0);
    expect(result.plan.rows.length).toBe(3);
  });
});
