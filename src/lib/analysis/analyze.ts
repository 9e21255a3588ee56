import { abc, type AbcConfig, type AbcResult } from './abc.ts';
import { optionalMetrics } from './availableMetrics.ts';
import { bigTicket, type BigTicketConfig, type BigTicketResult } from './bigTicket.ts';
import { changeBacktest, changeMigration, defaultSpan, type ChangeConfig, type ChangeResult } from './change.ts';
import { dayOfIso, isoOfDay } from './day.ts';
import { classifiers } from './classifierAt.ts';
import { cohorts } from './cohorts.ts';
import { rfmSensitivity } from './rfmSensitivity.ts';
import { breakdown, type BreakdownConfig, type BreakdownResult } from './breakdown.ts';
import { concentration, type ConcentrationConfig, type ConcentrationResult } from './concentration.ts';
import { defaultConfig } from './defaults.ts';
import { keyAccounts, type KeyAccountConfig, type KeyAccountResult } from './keyAccounts.ts';
import { lifecycle, type LifecycleConfig, type LifecycleResult } from './lifecycle.ts';
import { plan, type PlanConfig, type PlanResult } from './plan.ts';
import { profitability, type ProfitabilityConfig, type ProfitabilityResult } from './profitability.ts';
import { pyramid, type PyramidConfig, type PyramidResult } from './pyramid.ts';
import { rfm, rfmAvailable, scorable, type RfmConfig, type RfmResult } from './rfm.ts';
import { summarize } from './summarize.ts';
import type { Table } from './table.ts';
import type { EngineMessage, FullSummary, Summary, SummaryConfig } from './types.ts';
import { usableConfig } from './usableConfig.ts';
import { valueForecast, type ValueForecastConfig, type ValueForecastResult } from './valueForecast.ts';
import { valueScore, type ValueScoreConfig, type ValueScoreResult } from './valueScore.ts';

/** Every setting of METHOD.md, one section per method: the engine's input, plain data that crosses a worker boundary and serialises to JSON. */
export interface AnalysisConfig {
  summary: SummaryConfig;
  abc: AbcConfig;
  pyramid: PyramidConfig;
  rfm: RfmConfig;
  lifecycle: LifecycleConfig;
  keyAccounts: KeyAccountConfig;
  concentration: ConcentrationConfig;
  bigTicket: BigTicketConfig;
  profitability: ProfitabilityConfig;
  valueScore: ValueScoreConfig;
  breakdown: BreakdownConfig;
  plan: PlanConfig;
  /** The value forecast (METHOD §9); computed only when `forecast.enabled`. */
  forecast: ValueForecastConfig;
  /** Change over time (METHOD §10): cohorts, migration, backtest, RFM sensitivity; computed only when `change.enabled`. */
  change: ChangeConfig;
}

/** Every method's result for one dataset and config; a method not applicable to the data is null with a reason in `notes`. */
export interface AnalysisResult {
  summary: Summary;
  abc: AbcResult;
  pyramid: PyramidResult;
  rfm: RfmResult | null;
  lifecycle: LifecycleResult | null;
  keyAccounts: KeyAccountResult | null;
  concentration: ConcentrationResult;
  bigTicket: BigTicketResult | null;
  profitability: ProfitabilityResult;
  valueScore: ValueScoreResult;
  breakdown: BreakdownResult;
  plan: PlanResult;
  /** Null unless `forecast.enabled` (and for customer tables, which have no dates). */
  forecast: ValueForecastResult | null;
  /** Null unless `change.enabled` (and for customer tables, which have no dates). */
  change: ChangeResult | null;
  notes: EngineMessage[];
}

type Section = keyof AnalysisConfig;

/** How many summaries (per analysis date, window, frequency and monetary setting) stay cached. */
const summaryCacheSize = 3;

/** The summary without the worker-only parts (orders, code map), as posted to the UI. */
export function publicSummary(full: FullSummary): Summary {
  const { orders: _orders, codeToIndex: _codes, ...summary } = full;
  return summary;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs every method on one table, caching the summary per summary settings and each method's
 * result per its own settings and those it depends on, so a change recomputes only what it affects.
 */
export class Analyzer {
  readonly table: Table;
  #summaries = new Map<string, FullSummary>();
  #results = new Map<string, { key: string; value: unknown }>();

  constructor(table: Table) {
    this.table = table;
  }

  /** The full summary for these summary settings (cached). */
  summary(config: AnalysisConfig['summary']): { summary: FullSummary; ms: number } {
    const key = JSON.stringify(config);
    const hit = this.#summaries.get(key);
    if (hit) {
      this.#summaries.delete(key);
      this.#summaries.set(key, hit);
      return { summary: hit, ms: 0 };
    }
    const t0 = performance.now();
    const summary = summarize(this.table, config);
    const ms = performance.now() - t0;
    this.#summaries.set(key, summary);
    while (this.#summaries.size > summaryCacheSize) this.#summaries.delete(this.#summaries.keys().next().value!);
    return { summary, ms };
  }

  #memo<T>(method: string, deps: unknown[], compute: () => T): T {
    const key = JSON.stringify(deps);
    const hit = this.#results.get(method);
    if (hit && hit.key === key) return hit.value as T;
    const value = compute();
    this.#results.set(method, { key, value });
    return value;
  }

  /**
   * Change over time, each part cached on the settings it reads: cohorts on the period, the migration on its
   * classifier's settings and dates, the backtests on every classifier's, the sensitivity on the RFM settings.
   * A part that fails leaves the whole null with a note.
   */
  #change(full: FullSummary, config: AnalysisConfig, sk: string, notes: EngineMessage[], hasRfm: boolean): ChangeResult | null {
    const c = config.change;
    const timed = <T>(method: string, deps: unknown[], compute: () => T): [T, number] => {
      let ms = 0;
      const value = this.#memo(method, [sk, ...deps], () => {
        const t0 = performance.now();
        const v = compute();
        ms = performance.now() - t0;
        return v;
      });
      return [value, ms];
    };
    const settingsOf = (by: string) => (by === 'abc' ? config.abc : by === 'pyramid' ? config.pyramid : by === 'lifecycle' ? config.lifecycle : config.rfm);
    const horizon = config.lifecycle.horizonDays;
    // Dates the user set that cannot be used (after the analysis date, or not in order): a note each view can translate.
    const D = full.analysisDay;
    const span = defaultSpan(config);
    for (const [a, b] of [[c.from, c.to], [c.at, c.until]]) {
      const day1 = a === null ? D - span : dayOfIso(a);
      const day2 = b === null ? D : dayOfIso(b);
      const after = a !== null && day1 > D ? a : b !== null && day2 > D ? b : null;
      if (after !== null) {
        notes.push({ code: 'engine.change.dateAfter', params: { section: 'change', date: after, analysisDate: isoOfDay(D) } });
        return null;
      }
      if (!(day1 < day2)) {
        notes.push({ code: 'engine.change.datesOrder', params: { section: 'change', from: isoOfDay(day1), to: isoOfDay(day2) } });
        return null;
      }
    }
    try {
      const [cohortsResult, cohortsMs] = timed('change.cohorts', [c.period], () => cohorts(full, c.period));
      const spans = [config.summary.windowDays, config.lifecycle.windowDays];
      const [migrationResult, migrationMs] = timed('change.migration', [c.by, c.from, c.to, spans, horizon, settingsOf(c.by)], () => changeMigration(this.table, full, config));
      const [backtests, backtestMs] = timed('change.backtest', [c.at, c.until, spans, config.abc, config.pyramid, config.rfm, config.lifecycle], () =>
        classifiers.map((by) => changeBacktest(this.table, full, config, by))
      );
      const [sensitivity, sensitivityMs] = timed('change.sensitivity', [config.rfm], () => (hasRfm ? rfmSensitivity(full, config.rfm) : null));
      return { cohorts: cohortsResult, migration: migrationResult, backtests, sensitivity, ms: { cohorts: cohortsMs, migration: migrationMs, backtest: backtestMs, sensitivity: sensitivityMs } };
    } catch (error) {
      notes.push({ code: 'engine.methodFailed', params: { section: 'change', detail: messageOf(error) } });
      return null;
    }
  }

  /** Every method's result for `config`; `summaryMs` is 0 when the summary came from the cache. */
  run(requested: AnalysisConfig): { result: AnalysisResult; summaryMs: number } {
    const defaults = defaultConfig();
    const { summary: full, ms: summaryMs } = this.summary(requested.summary);
    // A metric the dataset lacks is never ranked as zeros: its section switches to revenue with a note.
    const { config, notes } = usableConfig(full, requested);
    const sk = JSON.stringify(config.summary);

    /** A method that must produce a result: on an invalid setting, its default settings are used and a note says so. */
    const required = <S extends Section, T>(section: S, deps: unknown[], compute: (c: AnalysisConfig[S]) => T): T => {
      try {
        return this.#memo(section, [sk, config[section], ...deps], () => compute(config[section]));
      } catch (error) {
        notes.push({ code: 'engine.invalidSetting', params: { section, detail: messageOf(error) } });
        return this.#memo(section, [sk, defaults[section], ...deps], () => compute(defaults[section]));
      }
    };
    /** A method that may be unavailable: on an error it is null and a note says why. */
    const optional = <S extends Section, T>(section: S, deps: unknown[], compute: () => T | null): T | null => {
      try {
        return this.#memo(section, [sk, config[section], ...deps], compute);
      } catch (error) {
        notes.push({ code: 'engine.methodFailed', params: { section, detail: messageOf(error) } });
        return null;
      }
    };

    const abcResult = required('abc', [], (c) => abc(full, c));
    const abcDeps = [abcResult.config];
    const pyramidResult = required('pyramid', [], (c) => pyramid(full, c));
    const hasRfm = rfmAvailable(full);
    const rfmResult = hasRfm ? optional('rfm', [], () => rfm(full, config.rfm)) : null;
    const lifecycleResult = optional('lifecycle', [], () => lifecycle(full, config.lifecycle));
    // The rolling-revenue standard does not read the ABC settings: an ABC threshold change keeps it cached.
    const keyAccountDeps = config.keyAccounts.standard === 'classA' ? abcDeps : [];
    const keyAccountResult = optional('keyAccounts', keyAccountDeps, () => keyAccounts(full, config.keyAccounts, abcResult.config));
    const concentrationResult = required('concentration', abcDeps, (c) => concentration(full, abcResult, c));
    const bigTicketResult = optional('bigTicket', abcDeps, () => bigTicket(full, abcResult, config.bigTicket));
    const profitabilityResult = required('profitability', [], (c) => profitability(this.table, full, c));
    const valueScoreResult = required('valueScore', [], (c) => valueScore(full, c));
    const breakdownResult = required('breakdown', abcDeps, (c) => breakdown(full, abcResult, c));
    const planResult = required('plan', abcDeps, (c) => plan(full, abcResult, c));
    // Its own cached section, read from the table (purchase days, METHOD §9), only when asked for.
    const wantsForecast = config.forecast.enabled && full.shape === 'transactions' && full.stats.customers > 0;
    const forecastResult = wantsForecast ? optional('forecast', [], () => valueForecast(this.table, full, config.forecast)) : null;

    const wantsChange = config.change.enabled && full.shape === 'transactions' && full.stats.customers > 0 && Number.isFinite(full.analysisDay);
    const changeResult = wantsChange ? this.#change(full, config, sk, notes, hasRfm) : null;

    const { stats } = full;
    if (stats.customers === 0) notes.push({ code: 'engine.noCustomers', params: { rows: stats.rows } });
    if (stats.rowsAfterAnalysisDate > 0) notes.push({ code: 'engine.rowsAfterAnalysisDate', params: { rows: stats.rowsAfterAnalysisDate } });
    if (stats.rowsWithoutCustomer > 0) notes.push({ code: 'engine.rowsWithoutCustomer', params: { rows: stats.rowsWithoutCustomer } });
    if (stats.rowsBeforeWindow > 0) notes.push({ code: 'engine.rowsBeforeWindow', params: { rows: stats.rowsBeforeWindow } });
    if (abcResult.nonPositive > 0) notes.push({ code: 'engine.abc.nonPositive', params: { customers: abcResult.nonPositive } });
    if (full.shape === 'customers') notes.push({ code: 'engine.noDates' });
    if (stats.customers > 0 && !hasRfm) notes.push({ code: 'engine.rfm.unavailable' });
    if (rfmResult) {
      const unscored = scorable(full).reduce((n, v) => n + (v ? 0 : 1), 0);
      if (unscored > 0) notes.push({ code: 'engine.rfm.notScored', params: { customers: unscored } });
      if (rfmResult.config.method !== 'mean' && rfmResult.config.method !== 'median') {
        for (const dimension of ['r', 'f', 'm'] as const) {
          const empty = rfmResult.emptyLevels[dimension];
          if (empty.length) notes.push({ code: 'engine.rfm.emptyLevels', params: { dimension: dimension.toUpperCase(), levels: empty.join(', ') } });
        }
      }
    }
    if (!lifecycleResult && full.shape === 'transactions' && stats.customers > 0) notes.push({ code: 'engine.lifecycle.unavailable' });
    if (!keyAccountResult && full.shape === 'transactions' && stats.customers > 0) notes.push({ code: 'engine.keyAccounts.unavailable' });
    for (const metric of stats.customers > 0 ? (valueScoreResult.skipped ?? []) : []) {
      const absent = (optionalMetrics as readonly string[]).includes(metric);
      notes.push(absent ? { code: `engine.valueScore.without.${metric}`, params: { section: 'valueScore' } } : { code: 'engine.valueScore.unknown', params: { section: 'valueScore', metric } });
    }
    if (!profitabilityResult.available && stats.customers > 0) notes.push({ code: 'engine.profitability.unavailable' });
    if (config.forecast.enabled && full.shape === 'customers') notes.push({ code: 'engine.forecast.unavailable' });
    if (forecastResult) notes.push(...forecastResult.notes);
    if (concentrationResult.warning) {
      notes.push({ code: 'engine.concentration.warning', params: { share: +(concentrationResult.top1Share * 100).toFixed(1), limit: +(concentrationResult.config.warnShare * 100).toFixed(1) } });
    }

    const result: AnalysisResult = {
      summary: publicSummary(full),
      abc: abcResult,
      pyramid: pyramidResult,
      rfm: rfmResult,
      lifecycle: lifecycleResult,
      keyAccounts: keyAccountResult,
      concentration: concentrationResult,
      bigTicket: bigTicketResult,
      profitability: profitabilityResult,
      valueScore: valueScoreResult,
      breakdown: breakdownResult,
      plan: planResult,
      forecast: forecastResult,
      change: changeResult,
      notes
    };
    return { result, summaryMs };
  }
}
