import { abc, type AbcConfig } from './abc.ts';
import { isoOfDay } from './day.ts';
import { monthEnds } from './monthEnds.ts';
import { quantile7 } from './quantile7.ts';
import { shiftMonths } from './shiftMonths.ts';
import type { FullSummary } from './types.ts';

export interface KeyAccountConfig {
  /** 'rolling' = rolling-N-month revenue ≥ threshold; 'classA' = ABC class A at each month end. */
  standard: 'rolling' | 'classA';
  months: number;
  threshold: number;
}

export interface KeyAccountResult {
  config: KeyAccountConfig;
  months: string[];
  counts: number[];
  /** Customer indices entering/exiting at each month. */
  entries: number[][];
  exits: number[][];
  /** The rolling-revenue threshold actually applied (the automatic one when config.threshold ≤ 0); NaN for 'classA'. */
  threshold?: number;
  /** Per month: the rolling window reaches back before the first data day (the value is understated). */
  partial?: boolean[];
}

/** Share of customers (with positive rolling revenue at the analysis date) above the automatic threshold. */
export const automaticThresholdQuantile = 0.9;

/**
 * Key-account development chart (METHOD §7): at every month end from the first data month to the
 * analysis date (and the analysis date itself), which customers meet the standard — rolling-N-month
 * net revenue ≥ threshold, or ABC class A by rolling-N-month net revenue — with counts, entries and
 * exits. The first month's entries are the customers meeting the standard then. A threshold ≤ 0
 * means automatic: the 90th percentile (type 7) of the positive rolling revenues at the analysis date.
 * Null when there are no dated orders.
 */
export function keyAccounts(summary: FullSummary, config: KeyAccountConfig, abcConfig: AbcConfig): KeyAccountResult | null {
  const N = config.months;
  if (!(Number.isInteger(N) && N >= 1)) throw new RangeError(`invalid key-account months: ${N} (expected a whole number ≥ 1)`);
  if (config.standard !== 'rolling' && config.standard !== 'classA') throw new RangeError(`invalid key-account standard: ${config.standard}`);
  if (!Number.isFinite(config.threshold)) throw new RangeError(`invalid key-account threshold: ${config.threshold}`);
  const { offsets, day, value } = summary.orders;
  const n = summary.ids.length;
  const D = summary.analysisDay;
  if (day.length === 0 || !Number.isFinite(D)) return null;

  let firstOrderDay = Infinity;
  for (let c = 0; c < n; c++) if (offsets[c + 1] > offsets[c] && day[offsets[c]] < firstOrderDay) firstOrderDay = day[offsets[c]];
  const firstDataDay = Number.isFinite(summary.stats.firstDay) ? Math.min(summary.stats.firstDay, firstOrderDay) : firstOrderDay;
  const ends = monthEnds(firstDataDay, D);

  // Rolling revenue per customer at each point, walking each customer's sorted orders with two pointers.
  const rolling = ends.map(() => new Float64Array(n));
  const starts = ends.map((end) => shiftMonths(end, -N));
  for (let c = 0; c < n; c++) {
    let lo = offsets[c];
    let hi = offsets[c];
    const stop = offsets[c + 1];
    for (let m = 0; m < ends.length; m++) {
      while (hi < stop && day[hi] <= ends[m]) hi++;
      while (lo < hi && day[lo] <= starts[m]) lo++;
      // Summed afresh (not by running subtraction) so equal windows give bit-identical totals.
      let sum = 0;
      for (let k = lo; k < hi; k++) sum += value[k];
      rolling[m][c] = sum;
    }
  }

  let threshold = config.threshold;
  if (config.standard === 'rolling' && threshold <= 0) {
    const last = rolling[rolling.length - 1];
    const positive: number[] = [];
    for (let c = 0; c < n; c++) if (last[c] > 0) positive.push(last[c]);
    threshold = positive.length ? quantile7(positive, automaticThresholdQuantile) : Infinity;
  }

  const counts: number[] = [];
  const entries: number[][] = [];
  const exits: number[][] = [];
  let previous: Uint8Array = new Uint8Array(n);
  for (let m = 0; m < ends.length; m++) {
    const values = rolling[m];
    let member: Uint8Array;
    if (config.standard === 'rolling') {
      member = new Uint8Array(n);
      for (let c = 0; c < n; c++) if (values[c] >= threshold) member[c] = 1;
    } else {
      // The same boundary rule as the ABC view, applied to rolling revenue.
      const cls = abc({ ...summary, metrics: { rolling: values } }, { ...abcConfig, metric: 'rolling' }).cls;
      member = new Uint8Array(n);
      for (let c = 0; c < n; c++) if (cls[c] === 0) member[c] = 1;
    }
    let count = 0;
    const inn: number[] = [];
    const out: number[] = [];
    for (let c = 0; c < n; c++) {
      if (member[c]) count++;
      if (member[c] && !previous[c]) inn.push(c);
      else if (!member[c] && previous[c]) out.push(c);
    }
    counts.push(count);
    entries.push(inn);
    exits.push(out);
    previous = member;
  }

  return {
    config,
    months: ends.map(isoOfDay),
    counts,
    entries,
    exits,
    threshold: config.standard === 'rolling' ? threshold : NaN,
    partial: starts.map((start) => start + 1 < firstDataDay)
  };
}
