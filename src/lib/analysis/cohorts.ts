import { dayOf } from './day.ts';
import type { FullSummary } from './types.ts';

export type CohortPeriod = 'month' | 'quarter';

export interface Cohort {
  /** `2010-12` for a month, `2010-Q4` for a quarter. */
  cohort: string;
  /** First day of the cohort's period (epoch day). */
  startDay: number;
  customers: number;
  /** active[k]: cohort customers with a positive-value order in the k-th period after the cohort's (active[0] = customers). */
  active: number[];
  /** revenue[k]: the cohort's net revenue in period k (orders of its customers, returns netted). */
  revenue: number[];
}

export interface CohortsResult {
  period: CohortPeriod;
  /** Cohorts with at least one customer, oldest first; the last period of each ends at the analysis date. */
  cohorts: Cohort[];
  /** Whether the analysis date ends before its period does (the last column is a part period). */
  partialLast: boolean;
  /** Cohort index per customer into `cohorts` (−1: no positive order). */
  cohortOf: Int32Array;
  /** Periods since the cohort's in which each customer has a positive order: customer c's at activeOffsets[c] … activeOffsets[c + 1] − 1, ascending. */
  activeOffsets: Int32Array;
  activePeriods: Int32Array;
}

const msPerDay = 86_400_000;

/** Period number of an epoch day: months or quarters since year 0. */
export function periodOf(day: number, period: CohortPeriod): number {
  const d = new Date(day * msPerDay);
  const month = d.getUTCFullYear() * 12 + d.getUTCMonth();
  return period === 'month' ? month : Math.floor(month / 3);
}

/** Label and first day of a period number. */
export function periodLabel(p: number, period: CohortPeriod): { label: string; startDay: number } {
  const month = period === 'month' ? p : p * 3;
  const year = Math.floor(month / 12);
  const m = month - year * 12;
  const label = period === 'month' ? `${year}-${String(m + 1).padStart(2, '0')}` : `${year}-Q${m / 3 + 1}`;
  return { label, startDay: dayOf(year, m + 1, 1) };
}

/**
 * Cohort retention of METHOD §10: customers by the month (or quarter) of their first positive-value order;
 * per cohort and period since, the customers with a positive-value order and the net revenue. All history up
 * to the analysis date counts (the window limits F and M only); orders before the cohort's period (returns
 * before the first purchase) count nowhere.
 */
export function cohorts(summary: FullSummary, period: CohortPeriod): CohortsResult {
  if (period !== 'month' && period !== 'quarter') throw new RangeError(`invalid cohort period: ${String(period)} (expected month or quarter)`);
  const { offsets, day, value } = summary.orders;
  const n = summary.ids.length;
  const cohortOf = new Int32Array(n).fill(-1);
  const activeOffsets = new Int32Array(n + 1);
  const empty: CohortsResult = { period, cohorts: [], partialLast: false, cohortOf, activeOffsets, activePeriods: new Int32Array(0) };
  if (!Number.isFinite(summary.analysisDay) || day.length === 0) return empty;
  const lastPeriod = periodOf(summary.analysisDay, period);
  // Days → period numbers through a table over the data's day range (one Date per distinct day).
  let minDay = Infinity;
  for (let k = 0; k < day.length; k++) if (day[k] < minDay) minDay = day[k];
  const dayPeriod = new Int32Array(summary.analysisDay - minDay + 1);
  for (let d = 0; d < dayPeriod.length; d++) dayPeriod[d] = periodOf(minDay + d, period);
  const periodAt = (d: number) => dayPeriod[d - minDay];

  const firstPeriod = new Int32Array(n);
  let earliest = Infinity;
  for (let c = 0; c < n; c++) {
    firstPeriod[c] = -1;
    for (let k = offsets[c]; k < offsets[c + 1]; k++) {
      if (value[k] > 0) {
        firstPeriod[c] = periodAt(day[k]);
        break;
      }
    }
    if (firstPeriod[c] >= 0 && firstPeriod[c] < earliest) earliest = firstPeriod[c];
  }
  if (earliest === Infinity) return empty;
  const span = lastPeriod - earliest + 1;
  const size = new Int32Array(span);
  for (let c = 0; c < n; c++) if (firstPeriod[c] >= 0) size[firstPeriod[c] - earliest]++;
  const rowOf = new Int32Array(span).fill(-1);
  const rows: Cohort[] = [];
  for (let p = 0; p < span; p++) {
    if (!size[p]) continue;
    rowOf[p] = rows.length;
    const { label, startDay } = periodLabel(earliest + p, period);
    const periods = span - p;
    rows.push({ cohort: label, startDay, customers: size[p], active: new Array<number>(periods).fill(0), revenue: new Array<number>(periods).fill(0) });
  }
  const periods: number[] = [];
  for (let c = 0; c < n; c++) {
    activeOffsets[c] = periods.length;
    const start = firstPeriod[c];
    if (start < 0) continue;
    const row = rows[rowOf[start - earliest]];
    cohortOf[c] = rowOf[start - earliest];
    let lastActive = -1;
    for (let k = offsets[c]; k < offsets[c + 1]; k++) {
      const age = periodAt(day[k]) - start;
      if (age < 0) continue;
      const v = value[k];
      if (v === v) row.revenue[age] += v;
      if (v > 0 && age !== lastActive) {
        row.active[age]++;
        periods.push(age);
        lastActive = age;
      }
    }
  }
  activeOffsets[n] = periods.length;
  const nextPeriodStart = periodLabel(lastPeriod + 1, period).startDay;
  return { period, cohorts: rows, partialLast: summary.analysisDay < nextPeriodStart - 1, cohortOf, activeOffsets, activePeriods: Int32Array.from(periods) };
}
