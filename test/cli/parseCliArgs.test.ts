import { describe, expect, it } from 'vitest';
import { cliText } from '../../src/cli/cliText.ts';
import { localeOf, parseCliArgs, UsageError } from '../../src/cli/parseCliArgs.ts';
import { defaultConfig } from '../../src/lib/analysis/defaults.ts';
import { rRfmPreset } from '../../src/lib/analysis/presets.ts';

describe('parseCliArgs', () => {
  it('defaults: the engine defaults, JSON, English', () => {
    const request = parseCliArgs(['analyze', 'x.csv']);
    expect(request).toMatchObject({ command: 'analyze', file: 'x.csv', lang: 'en', format: 'json', map: {} });
    expect(request.config).toEqual(defaultConfig());
  });

  it.each([
    [['--model', 'bgnbd'], { enabled: true, calibrationEnd: null, timeUnit: 'week', horizon: null, discountRate: 0.1 }],
    [['--model', 'bgnbd', '--calibration-end', '1997-09-30', '--time-unit', 'month', '--horizon', '12', '--discount-rate', '0.08'], { enabled: true, calibrationEnd: '1997-09-30', timeUnit: 'month', horizon: 12, discountRate: 0.08 }],
    [['--model', 'bgnbd', '--discount-rate', '0'], { enabled: true, calibrationEnd: null, timeUnit: 'week', horizon: null, discountRate: 0 }]
  ])('the value forecast settings %j', (args, forecast) => {
    expect(parseCliArgs(['analyze', 'x.csv', ...args]).config.forecast).toEqual(forecast);
  });

  it.each([
    [['cohorts', 'x.csv'], { enabled: true, period: 'month', by: 'abc', from: null, to: null, at: null, until: null }],
    [['cohorts', 'x.csv', '--period', 'quarter'], { enabled: true, period: 'quarter', by: 'abc', from: null, to: null, at: null, until: null }],
    [['migrate', 'x.csv', '--by', 'lifecycle', '--from', '2024-01-31', '--to', '2024-12-31'], { enabled: true, period: 'month', by: 'lifecycle', from: '2024-01-31', to: '2024-12-31', at: null, until: null }],
    [['backtest', 'x.csv', '--by', 'eight', '--at', '2024-06-30'], { enabled: true, period: 'month', by: 'eight', from: null, to: null, at: '2024-06-30', until: null }]
  ])('change over time %j', (args, change) => {
    const request = parseCliArgs(args);
    expect(request.command).toBe(args[0]);
    expect(request.config.change).toEqual(change);
  });

  it('every setting reaches the config', () => {
    const { config, map, shape, format, encoding } = parseCliArgs([
      'analyze', 'x.csv', '--shape', 'transactions', '--map', 'customer=客户, date = 日期,amount=金额', '--encoding', 'GB18030',
      '--analysis-date', '2024-02-29', '--window-days', '365', '--frequency', 'rows', '--monetary', 'average',
      '--abc-metric', 'profit', '--abc', '70,90', '--abc-rule', 'crossing', '--rfm-method', 'thresholds', '--rfm-bins', '4',
      '--r-thresholds', '30,60,120', '--f-thresholds', '1,2,5', '--m-thresholds', '10,100,1000', '--segments', 'eight', '--format', 'csv'
    ]);
    expect(shape).toBe('transactions');
    expect(format).toBe('csv');
    expect(encoding).toBe('gb18030');
    expect(map).toEqual({ customer: '客户', date: '日期', amount: '金额' });
    expect(config.summary).toEqual({ analysisDate: '2024-02-29', windowDays: 365, frequency: 'rows', monetary: 'average' });
    expect(config.abc).toEqual({ metric: 'profit', a: 0.7, b: 0.9, rule: 'crossing' });
    expect(config.pyramid.metric).toBe('profit');
    expect(config.rfm).toMatchObject({ method: 'thresholds', bins: 4, segments: 'eight', thresholds: { r: [30, 60, 120], f: [1, 2, 5], m: [10, 100, 1000] } });
  });

  it('--preset r-rfm is the engine preset; later options override it', () => {
    expect(parseCliArgs(['analyze', 'x.csv', '--preset', 'r-rfm']).config).toEqual(rRfmPreset(defaultConfig()));
    expect(parseCliArgs(['sql', 'x.csv', '--preset', 'r-rfm', '--segments', 'grid']).config.rfm).toMatchObject({ method: 'rfm-package', segments: 'grid' });
  });

  it.each([
    ['1800-01-01..9999-12-31', { from: '1800-01-01', to: '9999-12-31' }],
    ['..9999-12-31', { to: '9999-12-31' }],
    ['1850-01-01..', { from: '1850-01-01' }],
    [' 2000-01-01 .. 2000-01-01 ', { from: '2000-01-01', to: '2000-01-01' }]
  ])('--dates %s → %j', (value, dates) => {
    expect(parseCliArgs(['analyze', 'x.csv', '--dates', value]).dates).toEqual(dates);
    expect(parseCliArgs(['analyze', 'x.csv']).dates).toBeUndefined();
  });

  it('--help, and the language from --lang or the environment', () => {
    expect(parseCliArgs(['--help']).command).toBe('help');
    expect(parseCliArgs(['-h', '--lang', 'zh']).lang).toBe('zh');
    expect(parseCliArgs(['--help'], { LANG: 'zh_CN.UTF-8' }).lang).toBe('zh');
    expect(parseCliArgs(['--help', '--lang=en'], { LANG: 'zh_CN.UTF-8' }).lang).toBe('en');
    expect(localeOf(undefined, { LC_ALL: 'zh_TW', LANG: 'en_US' })).toBe('zh');
    expect(localeOf(undefined, {})).toBe('en');
  });

  const bad: [string[], string, Record<string, string | number>?][] = [
    [[], 'noCommand'],
    [['run', 'x.csv'], 'unknownCommand', { command: 'run' }],
    [['analyze'], 'noFile', { command: 'analyze' }],
    [['analyze', 'x.csv', 'y.csv'], 'extraArguments', { args: 'y.csv' }],
    [['analyze', 'x.csv', '--nope'], 'badOption'],
    [['analyze', 'x.csv', '--window-days'], 'badOption'],
    [['analyze', 'x.csv', '--shape', 'table'], 'badChoice', { option: 'shape', value: 'table' }],
    [['analyze', 'x.csv', '--rfm-bins', '6'], 'badChoice', { option: 'rfm-bins', value: '6' }],
    [['analyze', 'x.csv', '--window-days', '1.5'], 'badNumber', { option: 'window-days', value: '1.5' }],
    [['analyze', 'x.csv', '--analysis-date', '2023-02-29'], 'badDate', { value: '2023-02-29' }],
    [['analyze', 'x.csv', '--analysis-date', '31/12/2024'], 'badDate'],
    [['analyze', 'x.csv', '--dates', '2025-01-01..2024-01-01'], 'badDates', { value: '2025-01-01..2024-01-01' }],
    [['analyze', 'x.csv', '--dates', '2024-02-30..'], 'badDates'],
    [['analyze', 'x.csv', '--dates', '..'], 'badDates'],
    [['analyze', 'x.csv', '--dates', '1900-01-01'], 'badDates'],
    [['analyze', 'x.csv', '--map', 'customer'], 'badMap'],
    [['analyze', 'x.csv', '--map', 'buyer=x'], 'badMap'],
    [['analyze', 'x.csv', '--map', 'customer='], 'badMap'],
    [['analyze', 'x.csv', '--abc', '80'], 'badAbc'],
    [['analyze', 'x.csv', '--abc', '0,95'], 'badAbc'],
    [['analyze', 'x.csv', '--abc', '80,101'], 'badAbc'],
    [['analyze', 'x.csv', '--r-thresholds', '30,7'], 'badThresholds', { option: 'r-thresholds', value: '30,7' }],
    [['analyze', 'x.csv', '--m-thresholds', '1,,3'], 'badThresholds'],
    [['analyze', 'x.csv', '--rfm-method', 'thresholds', '--rfm-bins', '3'], 'thresholdCount', { option: 'r-thresholds', count: 2, bins: 3 }],
    [['analyze', 'x.csv', '--window-days', '40000'], 'badNumber', { option: 'window-days', value: '40000' }],
    [['analyze', 'x.csv', '--model', 'bgnbd', '--horizon', '200000'], 'badPositive', { option: 'horizon', value: '200000' }],
    [['analyze', 'x.csv', '--r-thresholds', '1,2,3,4,5,6,7,8,9,10,11'], 'badThresholds'],
    // Past the option checks, the shared settings rules (src/lib/share/schema.ts): a metric named like a prototype key.
    [['analyze', 'x.csv', '--abc-metric', '__proto__'], 'badSetting', { setting: 'abc.metric' }],
    [['sql', 'x.csv', '--format', 'csv'], 'csvOnlyAnalyze'],
    [['analyze', 'x.csv', '--preset', 'python'], 'badChoice', { option: 'preset' }],
    [['analyze', 'x.csv', '--lang', 'fr'], 'badChoice', { option: 'lang', value: 'fr' }],
    [['migrate', 'x.csv'], 'noBy', { command: 'migrate' }],
    [['backtest', 'x.csv', '--at', '2024-01-01'], 'noBy', { command: 'backtest' }],
    [['migrate', 'x.csv', '--by', 'rfm'], 'badChoice', { option: 'by', value: 'rfm', choices: 'abc, segment, eight, pyramid, lifecycle' }],
    [['migrate', 'x.csv', '--by', 'abc', '--from', '2024-02-30'], 'badChangeDate', { option: 'from', value: '2024-02-30' }],
    [['backtest', 'x.csv', '--by', 'abc', '--until', '24-01-01'], 'badChangeDate', { option: 'until' }],
    [['cohorts', 'x.csv', '--period', 'week'], 'badChoice', { option: 'period' }],
    [['analyze', 'x.csv', '--by', 'abc'], 'changeOption', { option: 'by', commands: 'migrate, backtest' }],
    [['migrate', 'x.csv', '--by', 'abc', '--at', '2024-01-01'], 'changeOption', { option: 'at', commands: 'backtest' }],
    [['cohorts', 'x.csv', '--from', '2024-01-01'], 'changeOption', { option: 'from', commands: 'migrate' }],
    [['cohorts', 'x.csv', '--format', 'csv'], 'csvOnlyAnalyze']
  ];
  for (const [argv, key, params] of bad) {
    it(`refuses ${argv.join(' ') || '(nothing)'} with ${key}`, () => {
      let error: unknown;
      try {
        parseCliArgs(argv);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).key).toBe(key);
      if (params) expect((error as UsageError).params).toMatchObject(params);
    });
  }

  it('reports in the language asked for', () => {
    try {
      parseCliArgs(['analyze', '--lang', 'zh']);
      expect.unreachable();
    } catch (e) {
      expect((e as UsageError).lang).toBe('zh');
    }
  });
});

describe('cliText', () => {
  it('has the same keys and placeholders in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(cliText.zh).sort()).toEqual(Object.keys(cliText.en).sort());
    for (const key of Object.keys(cliText.en) as (keyof typeof cliText.en)[]) expect(names(cliText.zh[key])).toEqual(names(cliText.en[key]));
  });
});

describe('normalize and the warehouse SQL options', () => {
  it('normalize needs --out; sql takes --dialect, --table and --ddl', () => {
    expect(parseCliArgs(['normalize', 'x.csv', '--out', 'n.csv'])).toMatchObject({ command: 'normalize', out: 'n.csv' });
    expect(parseCliArgs(['sql', 'n.csv', '--dialect', 'spark', '--table', 'db.kefen_rows', '--ddl'])).toMatchObject({ dialect: 'spark', table: 'db.kefen_rows', ddl: true });
    expect(parseCliArgs(['sql', 'n.csv'])).toMatchObject({ dialect: 'duckdb', ddl: false });
    const key = (argv: string[]) => {
      try {
        parseCliArgs(argv);
        return null;
      } catch (error) {
        return (error as UsageError).key;
      }
    };
    expect(key(['normalize', 'x.csv'])).toBe('noOut');
    expect(key(['analyze', 'x.csv', '--out', 'n.csv'])).toBe('optionFor');
    expect(key(['normalize', 'x.csv', '--out', 'n.csv', '--dialect', 'spark'])).toBe('optionFor');
    expect(key(['sql', 'x.csv', '--dialect', 'oracle'])).toBe('badChoice');
    expect(key(['sql', 'x.csv', '--table', 'a; DROP TABLE b'])).toBe('badTable');
  });
});
