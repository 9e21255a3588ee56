import { parseArgs } from 'node:util';
import { dayOfIso } from '../lib/analysis/day.ts';
import { defaultConfig } from '../lib/analysis/defaults.ts';
import { rRfmPreset } from '../lib/analysis/presets.ts';
import type { Role } from '../lib/analysis/table.ts';
import type { AnalysisConfig } from '../lib/analysis/analyze.ts';
import type { RfmMethod, SegmentScheme } from '../lib/analysis/rfm.ts';
import { classifiers } from '../lib/analysis/classifierAt.ts';
import type { Locale } from '../lib/i18n/define.ts';
import { encodings, type Encoding } from '../lib/import/encoding.ts';
import type { CliTextKey } from './cliText.ts';
import { checkSettings } from '../lib/share/schema.ts';
import { isAbcPair, isCalendarDate, isCuts, isDays, isDiscountRate, isHorizon, type SettingsProblem } from '../lib/share/settings.ts';
import { dialectNames, type DialectName } from '../lib/sql/dialects.ts';

/** What the command line asks for. */
export interface CliRequest {
  command: 'analyze' | 'sql' | 'normalize' | 'cohorts' | 'migrate' | 'backtest' | 'help';
  file: string;
  lang: Locale;
  format: 'json' | 'csv';
  shape?: 'transactions' | 'customers';
  /** Roles by header name (--map). */
  map: Partial<Record<Role, string>>;
  encoding?: Encoding;
  /** Plausible dates (--dates FROM..TO, ISO; an end left out keeps the default). */
  dates?: { from?: string; to?: string };
  config: AnalysisConfig;
  /** normalize: the normalised CSV to write (its sidecar is OUT.json). */
  out?: string;
  /** sql: the dialect (default duckdb), the table the rows are in, and whether to print only the CREATE TABLE. */
  dialect: DialectName;
  table?: string;
  ddl: boolean;
}

/** A bad command line: a cliText key and its parameters (exit code 2). */
export class UsageError extends Error {
  /** The language to report it in (set by parseCliArgs). */
  lang: Locale = 'en';
  constructor(
    readonly key: CliTextKey,
    readonly params: Record<string, string | number> = {},
    /** For `badSetting`: the setting refused by the shared settings rules (translated by main with the app's catalogue). */
    readonly setting?: SettingsProblem
  ) {
    super(`${key} ${JSON.stringify(params)}`);
  }
}

export const mapFields = ['customer', 'date', 'amount', 'order', 'quantity', 'price', 'product', 'cost', 'profit', 'payment', 'region'] as const satisfies readonly Role[];

const options = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
  format: { type: 'string' },
  shape: { type: 'string' },
  map: { type: 'string' },
  encoding: { type: 'string' },
  dates: { type: 'string' },
  'analysis-date': { type: 'string' },
  'window-days': { type: 'string' },
  frequency: { type: 'string' },
  monetary: { type: 'string' },
  'abc-metric': { type: 'string' },
  abc: { type: 'string' },
  'abc-rule': { type: 'string' },
  'rfm-method': { type: 'string' },
  'rfm-bins': { type: 'string' },
  'r-thresholds': { type: 'string' },
  'f-thresholds': { type: 'string' },
  'm-thresholds': { type: 'string' },
  segments: { type: 'string' },
  preset: { type: 'string' },
  model: { type: 'string' },
  'calibration-end': { type: 'string' },
  'time-unit': { type: 'string' },
  horizon: { type: 'string' },
  'discount-rate': { type: 'string' },
  period: { type: 'string' },
  by: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  at: { type: 'string' },
  until: { type: 'string' },
  out: { type: 'string' },
  dialect: { type: 'string' },
  table: { type: 'string' },
  ddl: { type: 'boolean' }
} as const;

const commands = ['analyze', 'sql', 'normalize', 'cohorts', 'migrate', 'backtest'] as const;

function choice<T extends string>(option: string, value: string, choices: readonly T[]): T {
  if (!(choices as readonly string[]).includes(value)) throw new UsageError('badChoice', { option, value, choices: choices.join(', ') });
  return value as T;
}

function numbers(option: string, value: string): number[] {
  const parts = value.split(',').map((p) => p.trim());
  const out = parts.map(Number);
  if (parts.some((p) => p === '') || !isCuts(out)) {
    throw new UsageError('badThresholds', { option, value });
  }
  return out;
}

/** --dates FROM..TO: two ISO dates, either left out, FROM not after TO. */
function dateRange(value: string): { from?: string; to?: string } {
  const parts = value.split('..');
  const [from, to] = parts.map((p) => p.trim());
  const ok = (iso: string) => iso === '' || !Number.isNaN(dayOfIso(iso));
  if (parts.length !== 2 || (from === '' && to === '') || !ok(from) || !ok(to) || (from !== '' && to !== '' && from > to)) {
    throw new UsageError('badDates', { value });
  }
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** The language asked for with --lang, else from the environment (LC_ALL, LANG: zh… → Chinese), else English. */
export function localeOf(lang: string | undefined, env: Record<string, string | undefined>): Locale {
  if (lang === 'zh' || lang === 'en') return lang;
  const fromEnv = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(fromEnv) ? 'zh' : 'en';
}

/**
 * Reads the command line (node:util parseArgs, strict): the command, the file and every setting,
 * applied on top of the engine's defaults. Throws UsageError for anything it cannot use.
 */
export function parseCliArgs(argv: string[], env: Record<string, string | undefined> = {}): CliRequest {
  // The language first, so that errors about the other arguments are in it.
  const langAt = argv.indexOf('--lang');
  const langArg = langAt >= 0 ? argv[langAt + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7);
  try {
    return parse(argv, env, langArg);
  } catch (error) {
    if (error instanceof UsageError) error.lang = localeOf(langArg, env);
    throw error;
  }
}

function parse(argv: string[], env: Record<string, string | undefined>, langArg: string | undefined): CliRequest {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError('badOption', { detail: error instanceof Error ? error.message : String(error) });
  }
  const { values: v, positionals } = parsed;
  const lang = v.lang === undefined ? localeOf(langArg, env) : choice('lang', v.lang, ['en', 'zh'] as const);
  let config = defaultConfig();
  const request: CliRequest = { command: 'help', file: '', lang, format: 'json', map: {}, config, dialect: 'duckdb', ddl: false };
  if (v.help) return request;

  const [command, file, ...rest] = positionals;
  if (command === undefined) throw new UsageError('noCommand');
  if (!(commands as readonly string[]).includes(command)) throw new UsageError('unknownCommand', { command });
  if (file === undefined) throw new UsageError('noFile', { command });
  if (rest.length) throw new UsageError('extraArguments', { args: rest.join(' ') });
  request.command = command as (typeof commands)[number];
  request.file = file;

  if (v.format !== undefined) request.format = choice('format', v.format, ['json', 'csv'] as const);
  if (request.format === 'csv' && request.command !== 'analyze') throw new UsageError('csvOnlyAnalyze');
  if (command === 'normalize') {
    if (v.out === undefined || v.out.trim() === '') throw new UsageError('noOut');
    request.out = v.out;
  } else if (v.out !== undefined) throw new UsageError('optionFor', { option: 'out', command: 'normalize' });
  for (const option of ['dialect', 'table', 'ddl'] as const) {
    if (v[option] !== undefined && command !== 'sql') throw new UsageError('optionFor', { option, command: 'sql' });
  }
  if (v.dialect !== undefined) request.dialect = choice('dialect', v.dialect, dialectNames);
  if (v.table !== undefined) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*){0,2}$/.test(v.table)) throw new UsageError('badTable', { value: v.table });
    request.table = v.table;
  }
  request.ddl = v.ddl === true;
  if (v.shape !== undefined) request.shape = choice('shape', v.shape, ['transactions', 'customers'] as const);
  if (v.encoding !== undefined) {
    request.encoding = choice('encoding', v.encoding.toLowerCase(), encodings);
  }
  if (v.dates !== undefined) request.dates = dateRange(v.dates);
  if (v.map !== undefined) {
    for (const pair of v.map.split(',')) {
      const at = pair.indexOf('=');
      const field = pair.slice(0, at).trim();
      const column = pair.slice(at + 1).trim();
      if (at < 1 || column === '' || !(mapFields as readonly string[]).includes(field)) {
        throw new UsageError('badMap', { value: v.map, fields: mapFields.join(', ') });
      }
      request.map[field as Role] = column;
    }
  }

  // A preset first; single options after it override it.
  if (v.preset !== undefined) {
    choice('preset', v.preset, ['r-rfm'] as const);
    config = rRfmPreset(config);
  }
  const s = config.summary;
  if (v['analysis-date'] !== undefined) {
    if (!isCalendarDate(v['analysis-date'])) throw new UsageError('badDate', { value: v['analysis-date'] });
    s.analysisDate = v['analysis-date'];
  }
  if (v['window-days'] !== undefined) {
    const days = Number(v['window-days']);
    if (v['window-days'].trim() === '' || !isDays(days)) throw new UsageError('badNumber', { option: 'window-days', value: v['window-days'] });
    s.windowDays = days;
  }
  if (v.frequency !== undefined) s.frequency = choice('frequency', v.frequency, ['orders', 'rows'] as const);
  if (v.monetary !== undefined) s.monetary = choice('monetary', v.monetary, ['sum', 'average'] as const);

  const a = config.abc;
  if (v['abc-metric'] !== undefined) {
    if (v['abc-metric'].trim() === '') throw new UsageError('badChoice', { option: 'abc-metric', value: '""', choices: 'revenue, orders, …' });
    a.metric = v['abc-metric'];
    config.pyramid.metric = a.metric;
    config.concentration.metric = a.metric;
  }
  if (v.abc !== undefined) {
    const parts = v.abc.split(',').map((p) => Number(p.trim().replace(/%$/, '')));
    if (parts.length !== 2 || !isAbcPair(parts[0] / 100, parts[1] / 100)) throw new UsageError('badAbc', { value: v.abc });
    a.a = parts[0] / 100;
    a.b = parts[1] / 100;
  }
  if (v['abc-rule'] !== undefined) a.rule = choice('abc-rule', v['abc-rule'], ['textbook', 'crossing'] as const);

  const r = config.rfm;
  if (v['rfm-method'] !== undefined) r.method = choice<RfmMethod>('rfm-method', v['rfm-method'], ['rank', 'rfm-package', 'thresholds', 'mean', 'median']);
  if (v['rfm-bins'] !== undefined) r.bins = Number(choice('rfm-bins', v['rfm-bins'], ['3', '4', '5'] as const)) as 3 | 4 | 5;
  for (const dim of ['r', 'f', 'm'] as const) {
    const option = `${dim}-thresholds` as const;
    const text = v[option];
    if (text !== undefined) r.thresholds = { ...r.thresholds, [dim]: numbers(option, text) };
  }
  if (r.method === 'thresholds') {
    for (const dim of ['r', 'f', 'm'] as const) {
      const cuts = r.thresholds[dim];
      if (cuts.length !== r.bins - 1) {
        throw new UsageError('thresholdCount', { option: `${dim}-thresholds`, value: cuts.join(','), count: r.bins - 1, bins: r.bins });
      }
    }
  }
  if (v.segments !== undefined) {
    r.segments = choice<SegmentScheme>('segments', v.segments, ['grid', 'eight', 'rfm-package-vignette', 'rfm-package-tests']);
  }
  forecastOptions(v, config);
  changeOptions(v, config, request.command);
  // The whole result against the rules of links and project files (the options above already follow them).
  const problem = checkSettings(config);
  if (problem) throw new UsageError('badSetting', { setting: problem.path }, problem);
  request.config = config;
  return request;
}

/** --model bgnbd and the value forecast settings (METHOD §9); a forecast setting without --model is an error. */
function forecastOptions(v: Partial<Record<keyof typeof options, string | boolean>>, config: AnalysisConfig) {
  const f = config.forecast;
  const text = (key: keyof typeof options) => (typeof v[key] === 'string' ? (v[key] as string) : undefined);
  if (text('model') !== undefined) {
    choice('model', text('model')!, ['bgnbd'] as const);
    f.enabled = true;
  }
  for (const option of ['calibration-end', 'time-unit', 'horizon', 'discount-rate'] as const) {
    if (text(option) !== undefined && !f.enabled) throw new UsageError('forecastWithoutModel', { option });
  }
  const end = text('calibration-end');
  if (end !== undefined) {
    if (!isCalendarDate(end)) throw new UsageError('badCalibrationEnd', { value: end });
    f.calibrationEnd = end;
  }
  const unit = text('time-unit');
  if (unit !== undefined) f.timeUnit = choice('time-unit', unit, ['day', 'week', 'month'] as const);
  const horizon = text('horizon');
  if (horizon !== undefined) {
    const n = Number(horizon);
    if (horizon.trim() === '' || !isHorizon(n)) throw new UsageError('badPositive', { option: 'horizon', value: horizon });
    f.horizon = n;
  }
  const rate = text('discount-rate');
  if (rate !== undefined) {
    const d = Number(rate);
    if (rate.trim() === '' || !isDiscountRate(d)) throw new UsageError('badRate', { value: rate });
    f.discountRate = d;
  }
}

/** Which change-over-time option each command takes. */
const changeOptionsOf: Record<string, readonly string[]> = {
  period: ['cohorts'],
  by: ['migrate', 'backtest'],
  from: ['migrate'],
  to: ['migrate'],
  at: ['backtest'],
  until: ['backtest']
};

/** --period, --by and the dates of cohorts, migrate and backtest (METHOD §10), into the change section. */
function changeOptions(v: Partial<Record<keyof typeof options, string | boolean>>, config: AnalysisConfig, command: CliRequest['command']) {
  const c = config.change;
  for (const [option, allowed] of Object.entries(changeOptionsOf)) {
    const value = v[option as keyof typeof options];
    if (value === undefined) continue;
    if (!allowed.includes(command)) throw new UsageError('changeOption', { option, commands: allowed.join(', ') });
    if (option === 'period') c.period = choice('period', value as string, ['month', 'quarter'] as const);
    else if (option === 'by') c.by = choice('by', value as string, classifiers);
    else {
      if (Number.isNaN(dayOfIso(value as string))) throw new UsageError('badChangeDate', { option, value: value as string });
      c[option as 'from' | 'to' | 'at' | 'until'] = value as string;
    }
  }
  if ((command === 'migrate' || command === 'backtest') && v.by === undefined) throw new UsageError('noBy', { command });
  if (command === 'cohorts' || command === 'migrate' || command === 'backtest') {
    c.enabled = true;
    if (config.forecast.enabled) throw new UsageError('changeOption', { option: 'model', commands: 'analyze' });
  }
}
