import { abc, metricOf, type AbcResult } from './abc.ts';
import type { Summary } from './types.ts';

export interface ConcentrationConfig {
  metric: string;
  /** Warn when one customer's share exceeds this fraction. */
  warnShare: number;
}

export interface ConcentrationResult {
  config: ConcentrationConfig;
  top1Share: number;
  top5Share: number;
  top10Share: number;
  hhi: number;
  gini: number;
  /** Customer index of the largest customer, and whether the warning applies. */
  largest: number;
  warning: boolean;
}

/**
 * Concentration risk (METHOD §7): top-1/5/10 shares, HHI = Σ share² × 10,000 and Gini of the
 * metric's positive values; a warning when the largest share exceeds `warnShare`.
 * Reuses the ABC ranking when it is on the same metric.
 */
export function concentration(summary: Summary, abcResult: AbcResult, config: ConcentrationConfig): ConcentrationResult {
  if (!(config.warnShare >= 0 && config.warnShare <= 1)) throw new RangeError(`invalid warnShare: ${config.warnShare} (expected 0 to 1)`);
  metricOf(summary, config.metric);
  const ranked = abcResult.metric === config.metric ? abcResult : abc(summary, { metric: config.metric, a: 0.8, b: 0.95, rule: 'textbook' });
  const { order, share } = ranked;
  const top = (count: number) => {
    let s = 0;
    for (let k = 0; k < Math.min(count, order.length); k++) s += share[order[k]];
    return Math.min(1, s);
  };
  let hhi = 0;
  for (let i = 0; i < share.length; i++) hhi += share[i] * share[i];
  const largest = order.length && share[order[0]] > 0 ? order[0] : -1;
  const top1Share = top(1);
  return {
    config: { ...config },
    top1Share,
    top5Share: top(5),
    top10Share: top(10),
    hhi: hhi * 10_000,
    gini: ranked.gini,
    largest,
    warning: top1Share > config.warnShare
  };
}
