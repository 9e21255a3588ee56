import { metricOf, rankOrder } from './abc.ts';
import type { Summary } from './types.ts';

export interface PyramidConfig {
  metric: string;
  /** Tier sizes as fractions of customers, top first, summing to 1 (e.g. [0.01, 0.04, 0.15, 0.8]). */
  tiers: number[];
}

export interface PyramidTier {
  tier: number;
  /** 'vip' | 'major' | 'ordinary' | 'small' (4 tiers) or 'top' | 'middle' | 'bottom' (3 tiers). */
  key: string;
  customers: number;
  customerShare: number;
  value: number;
  valueShare: number;
}

export interface PyramidResult {
  metric: string;
  /** Tier index (0 = top) per customer. */
  tier: Uint8Array;
  tiers: PyramidTier[];
}

const epsilon = 1e-9;

/** Tier keys: vip/major/ordinary/small for 4 tiers, top/middle/bottom for 3, else tier1…tierN. */
export function tierKeys(count: number): string[] {
  if (count === 4) return ['vip', 'major', 'ordinary', 'small'];
  if (count === 3) return ['top', 'middle', 'bottom'];
  return Array.from({ length: count }, (_, i) => `tier${i + 1}`);
}

/** The customer value pyramid by count (METHOD §4): rank i of n joins the first tier whose cumulative share ≥ i / n. */
export function pyramid(summary: Summary, config: PyramidConfig): PyramidResult {
  const sizes = config.tiers;
  let sum = 0;
  for (const s of sizes) sum += s;
  if (!sizes.length || sizes.length > 8 || sizes.some((s) => !(s >= 0)) || Math.abs(sum - 1) > 1e-6) {
    throw new RangeError(`invalid pyramid tiers: ${sizes.join(', ')} (expected 1 to 8 non-negative fractions summing to 1)`);
  }
  const values = metricOf(summary, config.metric);
  const n = values.length;
  const order = rankOrder(values);
  const cumulative: number[] = [];
  let acc = 0;
  for (const s of sizes) cumulative.push((acc += s));
  cumulative[cumulative.length - 1] = 1;
  const tier = new Uint8Array(n);
  let t = 0;
  for (let k = 0; k < n; k++) {
    const position = (k + 1) / n;
    while (t < sizes.length - 1 && cumulative[t] < position - epsilon) t++;
    tier[order[k]] = t;
  }
  let total = 0;
  for (let i = 0; i < n; i++) if (values[i] > 0) total += values[i];
  const keys = tierKeys(sizes.length);
  const tiers: PyramidTier[] = keys.map((key, i) => ({ tier: i, key, customers: 0, customerShare: 0, value: 0, valueShare: 0 }));
  for (let i = 0; i < n; i++) {
    const row = tiers[tier[i]];
    row.customers++;
    if (values[i] > 0) row.value += values[i];
  }
  for (const row of tiers) {
    row.customerShare = n ? row.customers / n : 0;
    row.valueShare = total > 0 ? row.value / total : 0;
  }
  return { metric: config.metric, tier, tiers };
}
