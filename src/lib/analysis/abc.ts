import { lorenz } from './lorenz.ts';
import type { Summary } from './types.ts';

export type AbcRule = 'textbook' | 'crossing';

export interface AbcConfig {
  /** Name of a customer metric (see Summary.metrics); default 'revenue'. */
  metric: string;
  /** Thresholds as fractions, e.g. 0.8 and 0.95. */
  a: number;
  b: number;
  rule: AbcRule;
}

export interface ClassSummary {
  cls: string;
  customers: number;
  customerShare: number;
  value: number;
  valueShare: number;
  mean: number;
}

export interface AbcResult {
  metric: string;
  config: AbcConfig;
  /** Customer indices in rank order (desc by metric, ties by id asc). */
  order: Int32Array;
  /** Per customer (indexed by customer, not rank): value, share, cumulative share, class code 0=A 1=B 2=C, rank (0-based). */
  value: Float64Array;
  share: Float64Array;
  cumShare: Float64Array;
  cls: Uint8Array;
  rank: Int32Array;
  /** Customers with metric ≤ 0 (class C, contributing nothing). */
  nonPositive: number;
  total: number;
  classes: ClassSummary[];
  /** Lorenz curve points (cumulative customer share, cumulative value share), ascending, thinned to ≤ 512 points. */
  lorenz: { x: Float64Array; y: Float64Array };
  gini: number;
}

/** Tolerance for comparing a cumulative share with a threshold (floating-point sums of shares). */
const epsilon = 1e-9;

export const abcClasses = ['A', 'B', 'C'] as const;

/** The customer metric named `metric`, or a RangeError listing the available ones. */
export function metricOf(summary: Summary, metric: string): Float64Array {
  const values = summary.metrics[metric];
  if (!values) throw new RangeError(`unknown metric: ${metric} (available: ${Object.keys(summary.metrics).join(', ')})`);
  return values;
}

/** Customer indices by value descending, ties by customer id ascending (the summary's order); NaN last. */
export function rankOrder(values: Float64Array): Int32Array {
  const n = values.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const key = (i: number) => (values[i] === values[i] ? values[i] : -Infinity);
  order.sort((i, j) => {
    const a = key(i);
    const b = key(j);
    return a > b ? -1 : a < b ? 1 : i - j;
  });
  return order;
}

/** The per-customer part of abc(): rank order, shares, cumulative shares and classes (no class table, no Lorenz curve). */
export function abcRanking(summary: Summary, config: AbcConfig): Pick<AbcResult, 'order' | 'value' | 'share' | 'cumShare' | 'cls' | 'rank' | 'nonPositive' | 'total'> {
  const { a, b, rule } = config;
  if (!(a > 0 && a <= b && b <= 1)) throw new RangeError(`invalid ABC thresholds: A ${a}, B ${b} (expected 0 < A ≤ B ≤ 1)`);
  if (rule !== 'textbook' && rule !== 'crossing') throw new RangeError(`invalid ABC rule: ${rule}`);
  const values = metricOf(summary, config.metric);
  const n = values.length;
  const order = rankOrder(values);
  let total = 0;
  for (let i = 0; i < n; i++) if (values[i] > 0) total += values[i];

  const value = Float64Array.from(values);
  const share = new Float64Array(n);
  const cumShare = new Float64Array(n);
  const cls = new Uint8Array(n);
  const rank = new Int32Array(n);
  let nonPositive = 0;
  let cum = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k];
    rank[i] = k;
    const v = values[i];
    const previous = cum;
    if (v > 0) {
      share[i] = v / total;
      cum += share[i];
    }
    cumShare[i] = cum;
    if (!(v > 0)) {
      nonPositive++;
      cls[i] = 2;
    } else if (rule === 'textbook') {
      cls[i] = cum <= a + epsilon ? 0 : cum <= b + epsilon ? 1 : 2;
    } else {
      cls[i] = previous < a - epsilon ? 0 : previous < b - epsilon ? 1 : 2;
    }
  }
  return { order, value, share, cumShare, cls, rank, nonPositive, total };
}

/** ABC / Pareto classes of METHOD §3. */
export function abc(summary: Summary, config: AbcConfig): AbcResult {
  const values = metricOf(summary, config.metric);
  const n = values.length;
  const { order, value, share, cumShare, cls, rank, nonPositive, total } = abcRanking(summary, config);

  const counts = [0, 0, 0];
  const sums = [0, 0, 0];
  for (let i = 0; i < n; i++) {
    counts[cls[i]]++;
    if (values[i] > 0) sums[cls[i]] += values[i];
  }
  const classes: ClassSummary[] = abcClasses.map((name, c) => ({
    cls: name,
    customers: counts[c],
    customerShare: n ? counts[c] / n : 0,
    value: sums[c],
    valueShare: total > 0 ? sums[c] / total : 0,
    mean: counts[c] ? sums[c] / counts[c] : 0
  }));
  const curve = lorenz(values);
  return {
    metric: config.metric,
    config: { ...config },
    order,
    value,
    share,
    cumShare,
    cls,
    rank,
    nonPositive,
    total,
    classes,
    lorenz: { x: curve.x, y: curve.y },
    gini: curve.gini
  };
}
