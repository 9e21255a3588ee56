import type { AbcResult } from '../analysis/abc.ts';

/** A bar of the Pareto chart: customers at ranks [start, end) of one class. */
export interface ParetoBin {
  start: number;
  end: number;
  customers: number;
  /** Sum, mean, highest and lowest value of the customers in the bin. */
  sum: number;
  mean: number;
  max: number;
  min: number;
  /** Cumulative value share after the bin's last customer. */
  cumShare: number;
  /** ABC class code (0 A, 1 B, 2 C). */
  cls: number;
}

/**
 * The bars of a Pareto chart: one per customer when there are at most
 * `maxBins` customers, otherwise consecutive ranks grouped into bins of
 * ⌈n / maxBins⌉ customers that never straddle a class boundary (so a class
 * band always starts at a bin edge).
 */
export function paretoBins(abc: Pick<AbcResult, 'order' | 'value' | 'cumShare' | 'cls'>, maxBins = 150): ParetoBin[] {
  if (!(maxBins >= 1) || !Number.isInteger(maxBins)) throw new RangeError(`invalid maxBins: ${maxBins}`);
  const n = abc.order.length;
  const size = Math.max(1, Math.ceil(n / maxBins));
  const bins: ParetoBin[] = [];
  let current: ParetoBin | null = null;
  for (let rank = 0; rank < n; rank++) {
    const i = abc.order[rank];
    const v = abc.value[i];
    const cls = abc.cls[i];
    if (!current || current.customers >= size || current.cls !== cls) {
      current = { start: rank, end: rank, customers: 0, sum: 0, mean: 0, max: -Infinity, min: Infinity, cumShare: 0, cls };
      bins.push(current);
    }
    current.end = rank + 1;
    current.customers++;
    current.sum += v;
    if (v > current.max) current.max = v;
    if (v < current.min) current.min = v;
    current.cumShare = abc.cumShare[i];
  }
  for (const b of bins) b.mean = b.sum / b.customers;
  return bins;
}
