import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { Analyzer } from '../../src/lib/analysis/analyze.ts';
import { changeDay, defaultSpan } from '../../src/lib/analysis/change.ts';
import { classifiers } from '../../src/lib/analysis/classifierAt.ts';
import { isoOfDay } from '../../src/lib/analysis/day.ts';
import { defaultConfig } from '../../src/lib/analysis/defaults.ts';
import { importText } from '../../src/lib/import/importText.ts';
import { customerTable, day } from './transactionTable.ts';

const { table } = importText(readFileSync('public/samples/synthetic.csv', 'utf8'));
const enabled = (patch: Partial<ReturnType<typeof defaultConfig>['change']> = {}) => {
  const c = defaultConfig();
  c.change = { ...c.change, enabled: true, ...patch };
  return c;
};

describe('Analyzer: change over time (METHOD §10), computed only when enabled', () => {
  const analyzer = new Analyzer(table);

  test('off by default: null', () => {
    expect(analyzer.run(defaultConfig()).result.change).toBeNull();
  });

  test('on: cohorts, the migration of the chosen classifier, the backtest of every classifier, the RFM sensitivity', () => {
    const { result } = analyzer.run(enabled());
    const change = result.change!;
    const D = result.summary.analysisDay;
    expect(change.cohorts.cohorts.length).toBeGreaterThan(3);
    expect(change.migration.by).toBe('abc');
    expect([change.migration.fromDay, change.migration.toDay]).toEqual([D - 180, D]);
    expect(change.backtests.map((b) => b.by)).toEqual([...classifiers]);
    expect(change.backtests.every((b) => b.atDay === D - 180 && b.untilDay === D)).toBe(true);
    expect(change.sensitivity?.customers).toBe(result.summary.ids.length);
    expect(change.ms.migration).toBeGreaterThan(0);
  });

  test('each part is cached on the settings it reads: a new classifier recomputes the migration only', () => {
    const { result } = analyzer.run(enabled({ by: 'lifecycle' }));
    expect(result.change!.migration.by).toBe('lifecycle');
    expect(result.change!.ms.migration).toBeGreaterThan(0);
    expect([result.change!.ms.cohorts, result.change!.ms.backtest, result.change!.ms.sensitivity]).toEqual([0, 0, 0]);
  });

  test('the summary window sets the default first date; dates given are used', () => {
    const c = enabled({ from: '2024-03-31', to: '2024-09-30' });
    c.summary.windowDays = 90;
    const change = analyzer.run(c).result.change!;
    expect([change.migration.from, change.migration.to]).toEqual(['2024-03-31', '2024-09-30']);
    expect(change.backtests[0].atDay).toBe(change.backtests[0].untilDay - 90);
  });

  test.each([
    [{ to: '2099-01-01' }, { code: 'engine.change.dateAfter', params: { section: 'change', date: '2099-01-01', analysisDate: '2025-12-31' } }],
    [{ until: '2026-01-01' }, { code: 'engine.change.dateAfter', params: { section: 'change', date: '2026-01-01', analysisDate: '2025-12-31' } }],
    [{ from: '2025-06-30', to: '2025-06-30' }, { code: 'engine.change.datesOrder', params: { section: 'change', from: '2025-06-30', to: '2025-06-30' } }],
    [{ at: '2025-12-31' }, { code: 'engine.change.datesOrder', params: { section: 'change', from: '2025-12-31', to: '2025-12-31' } }]
  ])('dates that cannot be used %j: no result, a note says why', (patch, note) => {
    const { result } = analyzer.run(enabled(patch));
    expect(result.change).toBeNull();
    expect(result.notes).toContainEqual(note);
  });

  test('a customer table (no dates): null', () => {
    expect(new Analyzer(customerTable(['a', 'b'], [1, 2])).run(enabled()).result.change).toBeNull();
  });
});

describe('changeDay(iso, fallback, analysisDay, name) and defaultSpan(config)', () => {
  test.each([
    [null, '2024-06-30'],
    ['2024-02-29', '2024-02-29'],
    ['2024-12-31', '2024-12-31']
  ])('%s → %s', (iso, expected) => {
    expect(isoOfDay(changeDay(iso, day('2024-06-30'), day('2024-12-31'), 'from'))).toBe(expected);
  });
  test('errors', () => {
    expect(() => changeDay('2024-02-30', 0, day('2024-12-31'), 'from')).toThrow('invalid from date: 2024-02-30 (expected YYYY-MM-DD)');
    expect(() => changeDay('2025-01-01', 0, day('2024-12-31'), 'at')).toThrow('invalid at date: 2025-01-01 is after the analysis date');
  });
  test('the summary window, else the lifecycle window', () => {
    const c = defaultConfig();
    expect(defaultSpan(c)).toBe(180);
    c.summary.windowDays = 30;
    expect(defaultSpan(c)).toBe(30);
  });
});
