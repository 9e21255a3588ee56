import { periodLabel, periodOf, type CohortsResult } from '../../lib/analysis/cohorts.ts';

export type CohortMeasure = 'share' | 'revenue';
export type CohortLayout = 'age' | 'calendar';

export interface CohortCell {
  /** Periods since the cohort's (for drill-down). */
  age: number;
  /** Share active (0..1) or revenue per cohort customer. */
  value: number;
  /** Customers active in the period. */
  active: number;
}

export interface CohortGrid {
  /** Column headers: periods since (0, 1, …) or calendar periods (2010-12, …). */
  columns: string[];
  rows: { cohort: string; customers: number; cells: (CohortCell | null)[] }[];
  /** Largest value outside period 0 (the colour scale's top; period 0 is 100 % by definition). */
  max: number;
}

/**
 * The retention triangle: one row per cohort, cells by periods since the cohort's (equal age side by side)
 * or by calendar period; each cell the share of the cohort active or its revenue per cohort customer.
 */
export function cohortGrid(result: CohortsResult, measure: CohortMeasure, layout: CohortLayout): CohortGrid {
  const { cohorts, period } = result;
  if (!cohorts.length) return { columns: [], rows: [], max: 0 };
  const first = periodOf(cohorts[0].startDay, period);
  const span = cohorts[0].active.length;
  const columns = layout === 'age' ? Array.from({ length: span }, (_, k) => String(k)) : Array.from({ length: span }, (_, k) => periodLabel(first + k, period).label);
  let max = 0;
  const rows = cohorts.map((c) => {
    const offset = layout === 'age' ? 0 : periodOf(c.startDay, period) - first;
    const cells: (CohortCell | null)[] = new Array(span).fill(null);
    c.active.forEach((active, age) => {
      const value = measure === 'share' ? active / c.customers : c.revenue[age] / c.customers;
      if (age > 0 && value > max) max = value;
      cells[offset + age] = { age, value, active };
    });
    return { cohort: c.cohort, customers: c.customers, cells };
  });
  if (max === 0) max = measure === 'share' ? 1 : Math.max(0, ...rows.map((r) => r.cells[0]?.value ?? 0));
  return { columns, rows, max };
}

/** Customers of cohort `row` with a positive order `age` periods after their cohort's (summary indices). */
export function cohortMembers(result: CohortsResult, row: number, age: number): number[] {
  const out: number[] = [];
  const { cohortOf, activeOffsets, activePeriods } = result;
  for (let c = 0; c < cohortOf.length; c++) {
    if (cohortOf[c] !== row) continue;
    for (let k = activeOffsets[c]; k < activeOffsets[c + 1]; k++) {
      if (activePeriods[k] === age) {
        out.push(c);
        break;
      }
    }
  }
  return out;
}

/** The layer cake: net revenue per calendar period, stacked by cohort (oldest at the bottom); negative net revenue shows as 0. */
export function layerCake(result: CohortsResult): { labels: string[]; counts: number[][]; series: string[] } {
  const { cohorts, period } = result;
  if (!cohorts.length) return { labels: [], counts: [], series: [] };
  const first = periodOf(cohorts[0].startDay, period);
  const span = cohorts[0].active.length;
  const labels = Array.from({ length: span }, (_, k) => periodLabel(first + k, period).label);
  const counts = labels.map(() => new Array<number>(cohorts.length).fill(0));
  cohorts.forEach((c, s) => {
    const offset = periodOf(c.startDay, period) - first;
    c.revenue.forEach((v, age) => (counts[offset + age][s] = Math.max(0, v)));
  });
  return { labels, counts, series: cohorts.map((c) => c.cohort) };
}

/** The triangle as CSV rows: cohort, customers, then each period's value (empty where the cohort has not reached it). */
export function cohortCsv(grid: CohortGrid, headers: { cohort: string; customers: string }): (string | number)[][] {
  return [[headers.cohort, headers.customers, ...grid.columns], ...grid.rows.map((r) => [r.cohort, r.customers, ...r.cells.map((c) => (c ? c.value : ''))])];
}
