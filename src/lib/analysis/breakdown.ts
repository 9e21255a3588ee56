import { metricOf, type AbcResult } from './abc.ts';
import { compareIds } from './compareIds.ts';
import type { Summary } from './types.ts';

export interface BreakdownConfig {
  /** 'region' or the name of a categorical column. */
  attribute: string;
  metric: string;
}

export interface BreakdownRow {
  label: string;
  customers: number;
  customerShare: number;
  revenue: number;
  revenueShare: number;
  /** Customers per ABC class A, B, C. */
  classMix: [number, number, number];
  /** The row of customers without a value for the attribute (label '(none)'). */
  missing?: boolean;
}

export interface BreakdownResult {
  attribute: string;
  /** The metric totalled (the config's, or revenue when the dataset lacks it: usableConfig.ts). */
  metric: string;
  /** Attributes available for the picker. */
  attributes: string[];
  rows: BreakdownRow[];
}

/**
 * Breakdown by attribute (客户区域分析表, METHOD §7): per label of summary.attributes[attribute]
 * (each customer's most frequent value): customers, share of customers, the metric's total (the
 * `revenue` field) and its share of the total over all customers, and the ABC class mix. Rows by
 * metric total descending, ties by label; customers without a label form a last row labelled
 * '(none)' with `missing` true. No rows when the attribute does not exist (see `attributes`).
 */
export function breakdown(summary: Summary, abc: AbcResult, config: BreakdownConfig): BreakdownResult {
  const attributes = Object.keys(summary.attributes);
  const category = summary.attributes[config.attribute];
  if (!category) return { attribute: config.attribute, metric: config.metric, attributes, rows: [] };
  const values = metricOf(summary, config.metric);
  const n = summary.ids.length;
  const L = category.labels.length;
  const customers = new Float64Array(L + 1);
  const sums = new Float64Array(L + 1);
  const mix = Array.from({ length: L + 1 }, () => [0, 0, 0] as [number, number, number]);
  let total = 0;
  for (let i = 0; i < n; i++) {
    const code = category.codes[i];
    const r = code >= 0 ? code : L;
    const v = values[i];
    customers[r]++;
    if (v === v) {
      sums[r] += v;
      total += v;
    }
    mix[r][abc.cls[i]]++;
  }
  const row = (r: number): BreakdownRow => ({
    label: r < L ? category.labels[r] : '(none)',
    customers: customers[r],
    customerShare: n ? customers[r] / n : 0,
    revenue: sums[r],
    revenueShare: total !== 0 ? sums[r] / total : 0,
    classMix: mix[r],
    ...(r === L ? { missing: true } : {})
  });
  const labelled: number[] = [];
  for (let r = 0; r < L; r++) if (customers[r] > 0) labelled.push(r);
  labelled.sort((x, y) => sums[y] - sums[x] || compareIds(category.labels[x], category.labels[y]));
  const rows = labelled.map(row);
  if (customers[L] > 0) rows.push(row(L));
  return { attribute: config.attribute, metric: config.metric, attributes, rows };
}
