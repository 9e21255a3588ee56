import type { AnalysisConfig } from './analyze.ts';
import { backtest, type BacktestResult } from './backtest.ts';
import { classifierAt, classifiers, type Classifier } from './classifierAt.ts';
import { cohorts, type CohortPeriod, type CohortsResult } from './cohorts.ts';
import { dayOfIso } from './day.ts';
import { migration, type MigrationResult } from './migration.ts';
import { rfmSensitivity, type RfmSensitivity } from './rfmSensitivity.ts';
import type { Table } from './table.ts';
import type { FullSummary } from './types.ts';

/** Settings of change over time (METHOD §10); computed only when `enabled`. */
export interface ChangeConfig {
  enabled: boolean;
  period: CohortPeriod;
  /** The classifier whose migration is shown. */
  by: Classifier;
  /** Migration dates E₁ < E₂ (ISO); null = analysis date − window, and the analysis date. */
  from: string | null;
  to: string | null;
  /** Backtest dates; null as above. */
  at: string | null;
  until: string | null;
}

export interface ChangeResult {
  cohorts: CohortsResult;
  migration: MigrationResult;
  /** The backtest of every classifier, in the order of `classifiers`. */
  backtests: BacktestResult[];
  /** Null without RFM scores. */
  sensitivity: RfmSensitivity | null;
  /** Compute time of each part in ms (0 when it came from the cache). */
  ms: { cohorts: number; migration: number; backtest: number; sensitivity: number };
}

/** Days back from the analysis date to the default first date: the summary window, else the lifecycle window. */
export function defaultSpan(config: AnalysisConfig): number {
  return config.summary.windowDays ?? config.lifecycle.windowDays;
}

/** An ISO date of the change settings as an epoch day, null → `fallback`; never after the analysis date. */
export function changeDay(iso: string | null, fallback: number, analysisDay: number, name: string): number {
  if (iso === null) return fallback;
  const day = dayOfIso(iso);
  if (Number.isNaN(day)) throw new RangeError(`invalid ${name} date: ${iso} (expected YYYY-MM-DD)`);
  if (day > analysisDay) throw new RangeError(`invalid ${name} date: ${iso} is after the analysis date (rows after it are not read)`);
  return day;
}

/** Migration of `by` between the settings' dates. */
export function changeMigration(table: Table, full: FullSummary, config: AnalysisConfig, by: Classifier = config.change.by): MigrationResult {
  const D = full.analysisDay;
  const c = config.change;
  const fromDay = changeDay(c.from, D - defaultSpan(config), D, 'from');
  const toDay = changeDay(c.to, D, D, 'to');
  return migration(full, classifierAt(table, full, config, by), fromDay, toDay, config.lifecycle.horizonDays);
}

/** The backtest of one classifier between the settings' dates. */
export function changeBacktest(table: Table, full: FullSummary, config: AnalysisConfig, by: Classifier): BacktestResult {
  const D = full.analysisDay;
  const c = config.change;
  const atDay = changeDay(c.at, D - defaultSpan(config), D, 'at');
  const untilDay = changeDay(c.until, D, D, 'until');
  return backtest(full, classifierAt(table, full, config, by), atDay, untilDay);
}
