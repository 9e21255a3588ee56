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

describe('Analyzer: a metric the dataset lacks is absent, not zero', () => {
  // Dated transactions with only customer, date and amount: no profit, payment or quantity.
  const bare = transactionTable([
    { customer: 'a', date: '2024-01-31', amount: 300 },
    { customer: 'b', date: '2024-06-30', amount: 200 },
    { customer: 'b', date: '2024-11-30', amount: 100 },
    { customer: 'c', date: '2024-12-31', amount: 50 }
  ]);
  const analyzer = new Analyzer(bare);
  const weights = (r: AnalysisResult) => r.valueScore.used!.map((u) => [u.metric, +u.weight.toFixed(12)]);

  test('the default value score drops profit and renormalises the other weights, with a note', () => {
    const { result } = analyzer.run(defaultConfig());
    expect(result.valueScore.skipped).toEqual(['profit']);
    expect(weights(result)).toEqual([['revenue', 0.5], ['orders', 0.25], ['tenure', 0.25]]);
    expect(result.notes).toContainEqual({ code: 'engine.valueScore.without.profit', params: { section: 'valueScore' } });
  });

  test('with every column the default weights are used as they are and no note is given', () => {
    const { result } = new Analyzer(table).run(defaultConfig());
    expect(result.valueScore.skipped).toEqual([]);
    expect(weights(result)).toEqual(defaultConfig().valueScore.indicators.map((i) => [i.metric, i.weight]));
    expect(codes(result).filter((c) => c.startsWith('engine.valueScore.') || c.startsWith('engine.unavailable.'))).toEqual([]);
  });

  test('a customer table: orders and tenure left out of the default score too', () => {
    const { result } = new Analyzer(customerTable(['1', '2', '3'], [590, 140, 100])).run(defaultConfig());
    expect(weights(result)).toEqual([['revenue', 1]]);
    expect(codes(result)).toEqual(expect.arrayContaining(['engine.valueScore.without.profit', 'engine.valueScore.without.orders', 'engine.valueScore.without.tenure']));
  });

  test('a user-set indicator the dataset lacks: left out with its note; an unknown one with the generic note', () => {
    const { result } = analyzer.run(withPatch((c) => {
      c.valueScore.indicators = [
        { metric: 'revenue', weight: 0.5, group: 'realised' },
        { metric: 'payment', weight: 0.3, group: 'realised' },
        { metric: 'potential', weight: 0.2, group: 'potential' }
      ];
    }));
    expect(weights(result)).toEqual([['revenue', 1]]);
    expect(result.notes).toEqual(expect.arrayContaining([
      { code: 'engine.valueScore.without.payment', params: { section: 'valueScore' } },
      { code: 'engine.valueScore.unknown', params: { section: 'valueScore', metric: 'potential' } }
    ]));
  });

  const sections: ['abc' | 'pyramid' | 'concentration' | 'breakdown', string][] = [
    ['abc', 'profit'],
    ['pyramid', 'payment'],
    ['concentration', 'quantity'],
    ['breakdown', 'profit']
  ];
  test.each(sections)('%s on %s: revenue is used instead, with the note engine.unavailable.<metric>', (section, metric) => {
    const { result } = analyzer.run(withPatch((c) => (c[section].metric = metric)));
    const fresh = analyzer.run(defaultConfig()).result;
    expect(result.notes).toContainEqual({ code: `engine.unavailable.${metric}`, params: { section } });
    expect(codes(result)).not.toContain('engine.invalidSetting');
    if (section === 'abc') expect([result.abc.metric, result.abc.config.metric]).toEqual(['revenue', 'revenue']);
    if (section === 'breakdown') expect(result.breakdown.metric).toBe('revenue');
    expect(Array.from(result.abc.cls)).toEqual(Array.from(fresh.abc.cls));
    expect(result.concentration.top1Share).toBe(fresh.concentration.top1Share);
  });

  test('an available metric is kept: ABC on profit of a table with cost', () => {
    const { result } = new Analyzer(table).run(withPatch((c) => (c.abc.metric = 'profit')));
    expect(result.abc.metric).toBe('profit');
    expect(codes(result).filter((c) => c.startsWith('engine.unavailable.'))).toEqual([]);
  });

  test('the requested config is not mutated', () => {
    const config = withPatch((c) => (c.abc.metric = 'profit'));
    analyzer.run(config);
    expect(config.abc.metric).toBe('profit');
  });
});
