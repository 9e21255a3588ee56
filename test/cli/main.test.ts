import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/cli/toReport.ts';
import { realWorldFixtures } from '../fixtures/real-world/generate.ts';

const root = join(import.meta.dirname, '..', '..');
const changhai = join(root, 'public', 'samples', 'changhai.csv');
const rData = join(root, '..', 'shared', 'data', 'rfm_data_orders.csv');
const fixture = join(root, 'test', 'sql', 'fixtures', 'orders.csv');
const cdnow = join(root, '..', 'shared', 'data', 'cdnow_sample.csv');

/** Runs the command line as a child process (tsx, as `npm run kefen` does). */
function kefen(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C', LC_ALL: '', ...env },
    maxBuffer: 64 * 1024 * 1024
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('kefen analyze', () => {
  it('the 长海物流 classroom table: golden ABC classes of METHOD §3', () => {
    const { code, stdout, stderr } = kefen(['analyze', changhai]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.dataset).toMatchObject({ shape: 'customers', rowsRead: 14, rowsAccepted: 14, rowsRejected: 0, customers: 14, totalAmount: 2000, analysisDate: null });
    const ids = (cls: string) => report.customers.filter((c) => c.abcClass === cls).map((c) => c.id);
    expect(ids('A')).toEqual(['4', '1', '2', '5']);
    expect(ids('B')).toEqual(['3', '6', '7', '8', '10']);
    expect(ids('C')).toEqual(['12', '9', '14', '11', '13']);
    expect(report.customers[0]).toMatchObject({ id: '4', rank: 1, share: 0.37, recencyDays: null, r: null, rfm: null, lifecycleStage: null });
    expect(report.customers[5].cumShare).toBeCloseTo(0.879, 12);
    expect(report.abc.classes.map((c) => [c.class, c.customers, c.value])).toEqual([['A', 4, 1590], ['B', 5, 308], ['C', 5, 102]]);
    expect(report.concentration.top1Share).toBeCloseTo(0.37, 12);
    expect(report.rfm).toBeNull();
  });

  it('the R rfm package sample with --preset r-rfm --analysis-date 2006-12-31', () => {
    const { code, stdout } = kefen(['analyze', rData, '--preset', 'r-rfm', '--analysis-date', '2006-12-31']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.dataset).toMatchObject({ rowsRead: 4906, rowsAccepted: 4906, customers: 995, analysisDate: '2006-12-31', rowsAfterAnalysisDate: 0 });
    expect(report.settings.summary.frequency).toBe('rows');
    expect(report.rfm!.method).toBe('rfm-package');
    // F counts rows under the preset: every row of the file is counted once.
    expect(report.customers.reduce((n, c) => n + c.frequency!, 0)).toBe(4906);
    expect(report.rfm!.segments.reduce((n, s) => n + s.customers, 0)).toBe(995);
    // The package's breaks are quantile type 7 plus 1: integers or tenths of this integer data.
    for (const cut of [...report.rfm!.thresholds.cuts.f, ...report.rfm!.thresholds.cuts.m]) expect(Math.round(cut * 10)).toBeCloseTo(cut * 10, 9);
    for (const c of report.customers) {
      expect(c.rfm).toBe(`${c.r}${c.f}${c.m}`);
      expect(c.share).toBeGreaterThanOrEqual(0);
      expect(c.cumShare).toBeLessThanOrEqual(1 + 1e-12);
      expect(typeof c.lifecycleStage).toBe('string');
    }
    // The first ten rows the R package prints in its README (rfm_table at 2006-12-31; this copy of the
    // data drops name suffixes such as "DVM"): recency, transaction count, amount and RFM score.
    const published: [string, number, number, number, string][] = [
      ["Abbey O'Reilly", 205, 6, 472, '343'],
      ['Add Senger', 140, 3, 340, '412'],
      ['Aden Lesch', 194, 4, 405, '323'],
      ['Admiral Senger', 132, 5, 448, '433'],
      ["Agness O'Keefe", 90, 9, 843, '555'],
      ['Aileen Barton', 84, 9, 763, '555'],
      ['Ailene Hermann', 281, 8, 699, '355'],
      ['Aiyanna Bruen', 246, 4, 157, '321'],
      ['Ala Schmidt', 349, 3, 363, '212'],
      ['Alannah Borer', 619, 4, 196, '121']
    ];
    for (const [id, recency, count, amount, score] of published) {
      const c = report.customers.find((x) => x.id === id)!;
      expect([c.id, c.recencyDays, c.frequency, c.monetary, c.rfm]).toEqual([id, recency, count, amount, score]);
    }
    const champion = report.customers.find((c) => c.segment === 'champions')!;
    expect(champion.rfm).toBe('555');
    expect(report.lifecycle!.stages.reduce((n, s) => n + s.customers, 0)).toBe(995);
  });

  it('--format csv prints the customer table; options reach the engine', () => {
    const { code, stdout } = kefen(['analyze', fixture, '--format', 'csv', '--abc', '70,90', '--abc-rule', 'crossing', '--window-days', '90', '--rfm-bins', '3']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\r\n');
    expect(lines[0]).toBe('id,rank,recency_days,frequency,monetary,revenue,r,f,m,rfm,segment,abc_value,abc_class,share,cum_share,pyramid_tier,lifecycle_stage');
    expect(lines).toHaveLength(15);
    const first = lines[1].split(',');
    expect(first[0]).toBe('C4');
    expect(first[12]).toBe('A');
    // 3 levels: no score above 3.
    for (const line of lines.slice(1)) for (const s of line.split(',').slice(6, 9)) expect(s === '' || +s <= 3).toBe(true);
  });

  it('--format csv neutralises formula-like ids and keeps numbers numeric (the same cell writer as the app)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefen-csv-'));
    const file = join(dir, 'hostile.csv');
    writeFileSync(file, 'customer,date,amount\n-1+1,2024-01-01,5\n"-2+3+cmd|\' /C calc\'!A0",2024-01-02,7\n=1+1,2024-01-03,9\n');
    try {
      const { code, stdout } = kefen(['analyze', file, '--format', 'csv']);
      expect(code).toBe(0);
      const lines = stdout.trimEnd().split('\r\n');
      // The id cell of each line, in rank order (9, 7, 5): quoted with the leading apostrophe.
      expect(lines.slice(1).map((l) => l.slice(0, l.lastIndexOf('"') + 1))).toEqual([`"'=1+1"`, `"'-2+3+cmd|' /C calc'!A0"`, `"'-1+1"`]);
      // After the id: rank, recency, frequency, monetary, revenue as plain numbers.
      expect(lines.slice(1).map((l) => l.slice(l.lastIndexOf('"') + 2).split(',').slice(0, 5))).toEqual([['1', '0', '1', '9', '9'], ['2', '1', '1', '7', '7'], ['3', '2', '1', '5', '5']]);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it('a setting refused by the shared settings rules is reported in the words of the app, in English and Chinese', () => {
    const en = kefen(['analyze', fixture, '--abc-metric', 'constructor']);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe('kefen: error: the setting abc.metric is refused: abc.metric "constructor": not an acceptable value (reserved name).\n');
    const zh = kefen(['analyze', fixture, '--abc-metric', 'constructor', '--lang', 'zh']);
    expect(zh.stderr).toContain('设置 abc.metric 被拒绝：abc.metric "constructor"：不是可接受的值（reserved name）。');
  });

  it('--map chooses columns by header and --shape reads a table as customers', () => {
    const { code, stdout } = kefen(['analyze', fixture, '--shape', 'customers', '--map', 'customer=customer_id,amount=quantity']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.dataset.shape).toBe('customers');
    expect(report.dataset.columns).toMatchObject({ customer: 'customer_id', amount: 'quantity' });
  });
});

describe('the JSON report carries every method, with labels as text and undefined numbers as null', () => {
  const fixtures = join(root, 'test', 'cli', 'fixtures');
  const methods = ['abc', 'pyramid', 'rfm', 'lifecycle', 'concentration', 'keyAccounts', 'bigTicket', 'profitability', 'valueScore', 'breakdown', 'plan'];
  // fixture, metrics it lacks, whether profitability is computed, the breakdown's first label
  const cases: [string, string[], boolean, string | null][] = [
    ['orders-full.csv', [], true, 'East'],
    ['orders-bare.csv', ['profit', 'payment', 'quantity'], false, null]
  ];
  for (const [file, absent, hasProfit, firstLabel] of cases) {
    it(file, () => {
      const { code, stdout, stderr } = kefen(['analyze', join(fixtures, file)]);
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const report = JSON.parse(stdout) as Report;
      for (const key of ['dataset', 'settings', 'customers', ...methods, 'notes', 'rejectedRows']) expect(report, key).toHaveProperty(key);
      for (const key of methods) expect(report.settings, key).toHaveProperty(key);
      expect(report.dataset.absentMetrics).toEqual(absent);
      for (const m of absent) expect(report.dataset.metrics).not.toContain(m);
      expect(report.customers.map((c) => c.id).sort()).toEqual(['Acme', 'Bolt', 'Crane', 'Delta', 'Echo', 'Fjord']);
      // the value score never weighs a metric the file lacks
      expect(report.valueScore.indicators.map((i) => i.metric)).toEqual(hasProfit ? ['revenue', 'profit', 'orders', 'tenure'] : ['revenue', 'orders', 'tenure']);
      expect(report.valueScore.indicators.reduce((s, i) => s + i.weight, 0)).toBeCloseTo(1, 12);
      expect(report.valueScore.tiers.reduce((n, t) => n + t.customers, 0)).toBe(6);
      expect(report.plan.classes.map((c) => c.class)).toEqual(['A', 'B', 'C']);
      expect(report.plan.classes[0].measures).toMatch(/^[A-Z]/); // translated, not the catalogue key
      expect(report.keyAccounts!.points.at(-1)!.month).toBe('2024-12-30');
      expect(report.bigTicket).toEqual({ classes: ['A'], windowDays: 365, customers: [], pending: ['Crane'] });
      if (hasProfit) {
        const p = report.profitability!;
        expect(p.customers).toContain('Acme');
        expect(p.rows.map((r) => r.product)).toEqual(['Service plan', 'Gadget', 'Widget', 'Cable']);
        expect(p.rows[0].profit[p.customers.indexOf('Echo')]).toBe(210);
        expect(report.customers.find((c) => c.id === 'Delta')!.profitGroup).toBe('mixed'); // cable −2, widget +9
        expect(report.breakdown.attributes).toEqual(['region', 'category', 'channel']);
        expect(report.breakdown.rows[0]).toMatchObject({ label: firstLabel, customers: 2, value: 700 });
        expect(report.breakdown.rows.at(-1)).toMatchObject({ label: null, customers: 1 }); // Echo has no region
      } else {
        expect(report.profitability).toBeNull();
        expect(report.customers.every((c) => c.profitGroup === null)).toBe(true);
        expect(report.valueScore.skipped).toEqual(['profit']);
        expect(report.notes.map((n) => n.code)).toEqual(expect.arrayContaining(['engine.valueScore.without.profit', 'engine.profitability.unavailable']));
        expect(report.breakdown.rows).toEqual([]);
      }
      // No NaN or Infinity in the text: undefined numbers are null.
      expect(stdout).not.toMatch(/NaN|Infinity/);
    });
  }
});

describe('no result: exit code 3 and a clear message on stderr', () => {
  const fixtures = join(root, 'test', 'cli', 'fixtures');
  const cases: [string, string[], RegExp][] = [
    ['every row rejected', ['analyze', join(fixtures, 'all-rejected.csv')], /no result: no row of .*all-rejected\.csv was accepted — 3 of 3 rows rejected \(first: line 2, column “date”: not a date/],
    ['no row has a customer', ['analyze', join(fixtures, 'no-customer.csv')], /no result: none of the 3 accepted rows of .*no-customer\.csv has a customer/],
    ['no row up to the analysis date', ['analyze', join(fixtures, 'orders-bare.csv'), '--analysis-date', '2020-01-01'], /no result: no row of .*orders-bare\.csv with a customer is dated up to the analysis date/],
    ['in Chinese', ['analyze', join(fixtures, 'all-rejected.csv'), '--lang', 'zh'], /没有结果：.*中没有一行被接受——3 行中有 3 行被拒绝（第一处：第 2 行，“date”列：无法识别的日期）/]
  ];
  for (const [name, args, message] of cases) {
    it(name, () => {
      const { code, stdout, stderr } = kefen(args);
      expect(code).toBe(3);
      expect(stderr).toMatch(/^kefen: (error|错误): /);
      expect(stderr).toMatch(message);
      // the report is still printed, so the rejected rows can be read
      const report = JSON.parse(stdout) as Report;
      expect(report.dataset.customers).toBe(0);
    });
  }

  it('the rejected rows are in the report', () => {
    const report = JSON.parse(kefen(['analyze', join(fixtures, 'all-rejected.csv')]).stdout) as Report;
    expect(report.dataset).toMatchObject({ rowsRead: 3, rowsAccepted: 0, rowsRejected: 3 });
    expect(report.rejectedRows.map((r) => r.line)).toEqual([2, 3, 4]);
  });
});

describe('encodings', () => {
  // The classroom table saved by Excel on Chinese Windows: GB18030 bytes (made with iconv from changhai.csv).
  const gbk = join(root, 'test', 'cli', 'fixtures', 'changhai-gb18030.csv');

  it('analyze detects GB18030 and reads the Chinese headers', () => {
    const { code, stdout } = kefen(['analyze', gbk]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.dataset.encoding).toBe('gb18030');
    expect(report.dataset.columns).toEqual({ customer: '客户编号', amount: '营业收入（万元）' });
    expect(report.customers.filter((c) => c.abcClass === 'A').map((c) => c.id)).toEqual(['4', '1', '2', '5']);
  });

  it('sql refuses a file that is not UTF-8 and points to normalize, in English and Chinese', () => {
    const en = kefen(['sql', gbk]);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toContain('gb18030, not UTF-8');
    expect(en.stderr).toContain('kefen normalize');
    const zh = kefen(['sql', gbk, '--lang', 'zh']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('不是 UTF-8');
    expect(zh.stderr).toContain('kefen normalize');
  });
});

describe('kefen analyze on the real-world corpus: no mapping given, the file as it is', () => {
  it.each(realWorldFixtures().filter((f) => ['superstore.csv', 'shop-big5.csv', 'orders-euc-kr.csv', 'textbook-exercise-gbk.csv'].includes(f.name)))('$name', ({ name, expected }) => {
    const { code, stdout, stderr } = kefen(['analyze', join(root, 'test', 'fixtures', 'real-world', name)]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.dataset).toMatchObject({ encoding: expected.encoding, shape: expected.shape, rowsAccepted: expected.rowsAccepted, customers: expected.customers, unreadableCharacters: 0 });
    expect(report.dataset.totalAmount).toBeCloseTo(expected.totalAmount, 2);
    expect(report.dataset.columns).toMatchObject(expected.roles);
  });
});

describe('kefen analyze --model bgnbd (METHOD §9)', () => {
  it('CDNOW, calibration to 1997-09-30 in weeks: the published fits (README of the data, 1e-3) and the per-customer forecast', () => {
    const { code, stdout, stderr } = kefen(['analyze', cdnow, '--model', 'bgnbd', '--calibration-end', '1997-09-30', '--time-unit', 'week', '--horizon', '39', '--discount-rate', '0.1']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    const model = report.model!;
    expect(report.settings.forecast).toEqual({ enabled: true, calibrationEnd: '1997-09-30', timeUnit: 'week', horizon: 39, discountRate: 0.1 });
    expect(model).toMatchObject({ calibrationEnd: '1997-09-30', timeUnit: 'week', horizon: 39, customers: 2357, repeatBuyers: 946, notFitted: { bgnbd: null, gammaGamma: null } });
    const bg = model.bgnbd!;
    for (const [value, expected] of [[bg.r, 0.24259], [bg.alpha, 4.4136], [bg.a, 0.79292], [bg.b, 2.42591], [bg.logLikelihood, -9582.429]]) expect(Math.abs(value - expected)).toBeLessThan(1e-3);
    expect(Object.keys(bg.standardErrors)).toEqual(['r', 'alpha', 'a', 'b']);
    const gg = model.gammaGamma!;
    for (const [value, expected] of [[gg.p, 6.25], [gg.q, 3.74], [gg.gamma, 15.44], [gg.logLikelihood, -4055.92]]) expect(Math.abs(value - expected)).toBeLessThan(0.005);
    expect(model.holdout).toMatchObject({ length: 39, totalActual: 1882 });
    const c = report.customers.find((c) => c.x === 0 && c.T !== null)!;
    expect(c.pAlive).toBe(1);
    for (const key of ['tx', 'expectedPurchases', 'expectedOrderValue', 'clv'] as const) expect(typeof c[key]).toBe('number');
  });

  it('without --model the report has no model and no forecast columns', () => {
    const report = JSON.parse(kefen(['analyze', changhai]).stdout) as Report;
    expect('model' in report).toBe(false);
    expect('pAlive' in report.customers[0]).toBe(false);
  });

  it('a customer table: model null, with the note', () => {
    const report = JSON.parse(kefen(['analyze', changhai, '--model', 'bgnbd']).stdout) as Report;
    expect(report.model).toBeNull();
    expect(report.notes.map((n) => n.code)).toContain('engine.forecast.unavailable');
  });

  it('too few repeat buyers: the models are null with the reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefen-forecast-'));
    const file = join(dir, 'few.csv');
    writeFileSync(file, 'customer,date,amount\nA,2024-01-01,5\nA,2024-02-01,6\nB,2024-01-03,7\n');
    try {
      const report = JSON.parse(kefen(['analyze', file, '--model', 'bgnbd']).stdout) as Report;
      expect(report.model).toMatchObject({ bgnbd: null, gammaGamma: null, notFitted: { bgnbd: { code: 'engine.forecast.notFitted' } } });
      expect(report.model!.notFitted.bgnbd!.message).toMatch(/at least 2 customers who bought again/);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

describe('kefen cohorts, migrate, backtest (METHOD §10)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kefen-change-'));
  // big: A throughout; gone: last order 2023-03-01, beyond the 365-day horizon from 2024-02-29 on; new: enters in March.
  const file = join(dir, 'change.csv');
  writeFileSync(file, 'customer,date,amount\nbig,2023-06-01,1000\ngone,2023-03-01,300\nbig,2024-02-10,1000\nnew,2024-03-10,500\nnew,2024-03-31,-20\n');
  afterAll(() => rmSync(dir, { recursive: true }));
  const json = (args: string[]) => {
    const run = kefen(args);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout);
  };

  it('cohorts: one object per cohort with active customers and net revenue per period since', () => {
    const out = json(['cohorts', file]);
    expect(out.map((c: { cohort: string }) => c.cohort)).toEqual(['2023-03', '2023-06', '2024-03']);
    expect(out[1]).toEqual({ cohort: '2023-06', customers: 1, active: [1, 0, 0, 0, 0, 0, 0, 0, 1, 0], revenue: [1000, 0, 0, 0, 0, 0, 0, 0, 1000, 0] });
    expect(out[2]).toEqual({ cohort: '2024-03', customers: 1, active: [1], revenue: [480] });
    expect(json(['cohorts', file, '--period', 'quarter']).map((c: { cohort: string; active: number[] }) => [c.cohort, c.active])).toEqual([
      ['2023-Q1', [1, 0, 0, 0, 0]],
      ['2023-Q2', [1, 0, 0, 1]],
      ['2024-Q1', [1]]
    ]);
  });

  it('migrate --by abc: entered, left, last change over the month ends', () => {
    expect(json(['migrate', file, '--by', 'abc', '--from', '2023-12-31', '--to', '2024-03-31'])).toEqual({
      from: '2023-12-31',
      to: '2024-03-31',
      by: 'abc',
      matrix: [
        { from: 'A', to: 'A', customers: 1, revenue: 1000 },
        { from: 'C', to: 'left', customers: 1, revenue: 0 },
        { from: 'entered', to: 'B', customers: 1, revenue: 480 }
      ],
      customers: [
        // 2024-02-29: big's 2,000 are 87 % of 2,300, past the 80 % of class A (textbook rule); back to A at E₂.
        { id: 'big', from: 'A', to: 'A', lastChange: '2024-03-31' },
        { id: 'gone', from: 'C', to: 'left', lastChange: '2024-02-29' },
        { id: 'new', from: 'entered', to: 'B', lastChange: '2024-03-31' }
      ]
    });
  });

  it('backtest --by abc: per class at the first date, measured until the second', () => {
    expect(json(['backtest', file, '--by', 'abc', '--at', '2023-12-31'])).toEqual({
      by: 'abc',
      at: '2023-12-31',
      until: '2024-03-31',
      classes: [
        { class: 'A', customers: 1, activeShare: 1, ordersPerCustomer: 1, revenuePerCustomer: 1000, revenueShare: 1, lift: 2 },
        { class: 'C', customers: 1, activeShare: 0, ordersPerCustomer: 0, revenuePerCustomer: 0, revenueShare: 0, lift: 0 }
      ]
    });
  });

  it('the synthetic sample: the same numbers as the engine, with the method options of analyze', async () => {
    const { importText } = await import('../../src/lib/import/importText.ts');
    const { Analyzer } = await import('../../src/lib/analysis/analyze.ts');
    const { defaultConfig } = await import('../../src/lib/analysis/defaults.ts');
    const sample = join(root, 'public', 'samples', 'synthetic.csv');
    const config = defaultConfig();
    config.change = { ...config.change, enabled: true, by: 'segment', at: '2024-06-30', from: '2024-03-31' };
    config.rfm.bins = 4;
    const change = new Analyzer(importText(readFileSync(sample, 'utf8')).table).run(config).result.change!;
    const migrate = json(['migrate', sample, '--by', 'segment', '--from', '2024-03-31', '--rfm-bins', '4']);
    expect(migrate.matrix).toEqual(change.migration.matrix);
    expect(migrate.customers.length).toBe(change.migration.toNode.filter((x) => x !== 255).length);
    const backtest = json(['backtest', sample, '--by', 'segment', '--at', '2024-06-30', '--rfm-bins', '4']);
    expect(backtest.classes.map((c: { class: string; lift: number }) => [c.class, c.lift])).toEqual(change.backtests[1].classes.map((c) => [c.class, c.lift]));
  });

  it('errors: a customer table, a date after the analysis date, in English and Chinese', () => {
    expect(kefen(['cohorts', changhai])).toMatchObject({ code: 2, stderr: expect.stringMatching(/has no dates \(a customer table\): cohorts, migration and backtest need dated transactions/) });
    expect(kefen(['migrate', file, '--by', 'pyramid', '--to', '2025-01-01'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/invalid to date: 2025-01-01 is after the analysis date/) });
    expect(kefen(['migrate', file, '--lang', 'zh'])).toMatchObject({ code: 2, stderr: 'kefen: 错误: migrate 需要 --by abc|segment|eight|pyramid|lifecycle（要跟踪的分类方法）\n' });
  });
});

describe('kefen sql', () => {
  it('prints the DuckDB SQL for the same options, reading a raw file that read_csv reads as Kefen does', () => {
    const { code, stdout } = kefen(['sql', rData, '--preset', 'r-rfm', '--analysis-date', '2006-12-31']);
    expect(code).toBe(0);
    expect(stdout).toContain("DATE '2006-12-31'");
    expect(stdout).toContain('AS f_break_1');
    expect(stdout).toMatch(/read_csv\('.*rfm_data_orders\.csv'/);
  });

  it('refuses a raw file with rejected rows or converted values, and any raw file outside DuckDB', () => {
    const raw = kefen(['sql', fixture]);
    expect(raw.code).toBe(2);
    expect(raw.stderr).toContain('rows are rejected by the import');
    const pg = kefen(['sql', rData, '--dialect', 'postgres']);
    expect(pg.code).toBe(2);
    expect(pg.stderr).toContain('is not a normalised file');
    expect(kefen(['sql', rData, '--dialect', 'oracle']).stderr).toContain('--dialect oracle: expected one of duckdb, postgres, spark, bigquery');
    expect(kefen(['analyze', rData, '--ddl']).stderr).toContain('--ddl applies to sql only');
  });
});

describe('kefen normalize', () => {
  it('writes the rows as Kefen read them and the sidecar; sql then reads them in every dialect', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefen-normalize-'));
    try {
      const out = join(dir, 'N.csv');
      const run = kefen(['normalize', fixture, '--out', out]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      const sidecar = JSON.parse(readFileSync(`${out}.json`, 'utf8'));
      expect(JSON.parse(run.stdout)).toEqual(sidecar);
      expect(sidecar).toMatchObject({ format: 'kefen-normalised', shape: 'transactions', columns: ['customer', 'date', 'amount', 'order', 'quantity', 'line'] });
      expect(sidecar.rowsRead).toBe(sidecar.rowsKept + sidecar.rowsRejected);
      expect(sidecar.rowsRejected).toBeGreaterThan(0);
      expect(Object.values(sidecar.rejectedByReason as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(sidecar.rowsRejected);
      expect(sidecar.mapping).toMatchObject({ customer: 'customer_id', date: 'order_date', amount: 'amount', order: 'order_id' });
      const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
      expect(lines[0]).toBe('customer,date,amount,order,quantity,line');
      expect(lines.length - 1).toBe(sidecar.rowsKept);
      expect(lines[1]).toBe('C1,2024-01-05,100,O01,2,2');
      const duck = kefen(['sql', out]);
      expect(duck.code).toBe(0);
      expect(duck.stdout).toContain(`read_csv('${out}'`);
      const pg = kefen(['sql', out, '--dialect', 'postgres', '--table', 'sales.kefen_rows']);
      expect(pg.code).toBe(0);
      expect(pg.stdout).toContain('FROM sales.kefen_rows');
      expect(pg.stdout).toContain('AS "lifecycleStage"');
      const ddl = kefen(['sql', out, '--dialect', 'bigquery', '--ddl']);
      expect(ddl.stdout).toContain('CREATE TABLE kefen_rows (');
      expect(ddl.stdout).toContain('`order` STRING');
      expect(ddl.stdout).not.toContain('SELECT');
      expect(kefen(['normalize', fixture]).stderr).toContain('normalize needs --out');
      expect(kefen(['normalize', fixture, '--lang', 'zh']).stderr).toContain('normalize 需要 --out');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a customer table keeps the first row of a repeated customer and counts the rejected duplicate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefen-normalize-'));
    try {
      const file = join(dir, 'customers.csv');
      writeFileSync(file, '客户编号,营业收入\n1,590\n2,140\n1,99\n3,"1,000"\n');
      const out = join(dir, 'N.csv');
      expect(kefen(['normalize', file, '--out', out]).code).toBe(0);
      expect(readFileSync(out, 'utf8')).toBe('customer,amount,line\n1,590,2\n2,140,3\n3,1000,5\n');
      const sidecar = JSON.parse(readFileSync(`${out}.json`, 'utf8'));
      expect(sidecar).toMatchObject({ shape: 'customers', rowsRead: 4, rowsKept: 3, rowsRejected: 1, duplicateCustomers: 1, rejectedByReason: { 'reject.duplicateCustomer': 1 } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('kefen analyze --dates', () => {
  it('a 9999-12-31 row is set aside by default (listed with its reason) and kept with --dates ..9999-12-31', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kefen-dates-'));
    try {
      const file = join(dir, 'far-future.csv');
      writeFileSync(file, 'customer,date,amount\nA,2024-01-05,10\nB,2024-02-01,20\nC,9999-12-31,30\n');
      const set = kefen(['analyze', file]);
      expect(set.code).toBe(0);
      const report = JSON.parse(set.stdout) as Report;
      expect(report.dataset).toMatchObject({ rowsRead: 3, rowsAccepted: 2, rowsRejected: 1, totalAmount: 30, analysisDate: '2024-02-01' });
      expect(report.rejectedRows).toEqual([{ line: 4, column: 'date', reason: 'reject.implausibleDate', raw: 'C,9999-12-31,30' }]);
      expect(report.dataset.rejectedByReason).toEqual({ 'reject.implausibleDate': 1 });
      expect(report.dataset.plausibleDates).toMatchObject({ from: '1900-01-01', setAsideBefore: 0, setAsideAfter: 1 });
      const kept = JSON.parse(kefen(['analyze', file, '--dates', '..9999-12-31']).stdout) as Report;
      expect(kept.dataset).toMatchObject({ rowsAccepted: 3, rowsRejected: 0, analysisDate: '9999-12-31' });
      expect(kefen(['--help']).stdout).toContain('--dates FROM..TO');
      expect(kefen(['--help', '--lang', 'zh']).stdout).toContain('--dates FROM..TO');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('kefen --help', () => {
  it('in English', () => {
    const { code, stdout } = kefen(['--help']);
    expect(code).toBe(0);
    for (const option of ['--shape', '--map', '--analysis-date', '--window-days', '--frequency', '--monetary', '--abc-metric', '--abc ', '--abc-rule', '--rfm-method', '--rfm-bins', '--r-thresholds', '--f-thresholds', '--m-thresholds', '--segments', '--preset', '--format']) {
      expect(stdout).toContain(option);
    }
    expect(stdout).toContain('Usage:');
  });

  it('documents the exit codes 0, 1, 2 and 3 in both languages', () => {
    expect(kefen(['--help']).stdout).toMatch(/Exit codes:\n  0  done\n  1  internal error.*\n  2  bad arguments.*\n  3  no result: no row of the file was accepted, or no row has a customer/);
    expect(kefen(['--help', '--lang', 'zh']).stdout).toMatch(/退出码：\n  0  完成\n  1  内部错误.*\n  2  参数错误.*\n  3  没有结果/);
  });

  it('in Chinese with --lang zh or a Chinese LANG', () => {
    const zh = kefen(['--help', '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('用法：');
    expect(zh.stdout).toContain('--rfm-method');
    expect(kefen(['-h'], { LANG: 'zh_CN.UTF-8' }).stdout).toContain('用法：');
  });
});

describe('bad arguments and unreadable files: a clear message and exit code 2', () => {
  const cases: [string, string[], RegExp][] = [
    ['missing file', ['analyze', 'no-such-file.csv'], /cannot read no-such-file\.csv: .*ENOENT/],
    ['no command', [], /no command given/],
    ['unknown command', ['classify', changhai], /unknown command “classify”/],
    ['no file', ['analyze'], /no FILE given/],
    ['unknown option', ['analyze', changhai, '--bogus'], /Unknown option '--bogus'/],
    ['bad ABC thresholds', ['analyze', changhai, '--abc', '95,80'], /--abc 95,80: expected two percentages/],
    ['bad choice', ['analyze', changhai, '--rfm-method', 'magic'], /--rfm-method magic: expected one of rank, rfm-package/],
    ['bad date', ['analyze', rData, '--analysis-date', '2006-02-30'], /--analysis-date 2006-02-30/],
    ['bad window', ['analyze', rData, '--window-days', '0'], /--window-days 0: expected a whole number of days from 1 to 36,500/],
    ['bad --map', ['analyze', rData, '--map', 'client=customer_id'], /--map client=customer_id: expected field=Column/],
    ['unknown header in --map', ['analyze', rData, '--map', 'customer=nobody'], /cannot import .*nobody/],
    ['wrong number of thresholds', ['analyze', rData, '--rfm-method', 'thresholds', '--r-thresholds', '7,30,60'], /needs 4 ascending values/],
    ['unknown metric', ['analyze', changhai, '--abc-metric', 'nothing'], /unknown metric: nothing/],
    ['a metric the file lacks', ['analyze', changhai, '--abc-metric', 'profit'], /--abc-metric profit: this file has no profit; profit needs a profit column or a cost column/],
    ['a customer table read as transactions', ['analyze', changhai, '--shape', 'transactions'], /cannot import .*changhai\.csv/],
    ['an unknown model', ['analyze', cdnow, '--model', 'pareto'], /--model pareto: expected one of bgnbd/],
    ['a forecast setting without --model', ['analyze', cdnow, '--time-unit', 'day'], /--time-unit applies to the value forecast: add --model bgnbd/],
    ['a bad calibration end', ['analyze', cdnow, '--model', 'bgnbd', '--calibration-end', '1997-02-30'], /--calibration-end 1997-02-30: expected a calendar date/],
    ['a bad horizon', ['analyze', cdnow, '--model', 'bgnbd', '--horizon=-3'], /--horizon -3: expected a positive number/],
    ['a bad discount rate', ['analyze', cdnow, '--model', 'bgnbd', '--discount-rate', 'ten'], /--discount-rate ten: expected a yearly rate/]
  ];
  for (const [name, args, message] of cases) {
    it(name, () => {
      const { code, stdout, stderr } = kefen(args);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^kefen: error: /);
      expect(stderr).toMatch(message);
    });
  }

  it('in Chinese with --lang zh', () => {
    const { code, stderr } = kefen(['analyze', changhai, '--abc', '95,80', '--lang', 'zh']);
    expect(code).toBe(2);
    expect(stderr).toContain('应为两个百分数');
  });
});
