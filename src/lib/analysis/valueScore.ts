import { isAvailable } from './availableMetrics.ts';
import { lowerIsBetter, normalise } from './normalise.ts';
import type { Summary } from './types.ts';

export interface ValueIndicator {
  metric: string;
  /** Weight as a fraction; all weights sum to 1. */
  weight: number;
  group: 'realised' | 'potential';
}

export interface ValueScoreConfig {
  indicators: ValueIndicator[];
  normalisation: 'minmax' | 'percentile';
  /** Score band lower bounds, descending, e.g. [80, 60, 40, 0] → tiers 1..4. */
  bands: number[];
}

export interface ValueScoreResult {
  config: ValueScoreConfig;
  score: Float64Array;
  realised: Float64Array;
  potential: Float64Array;
  tier: Uint8Array;
  tiers: { tier: number; lower: number; customers: number; value: number }[];
  /** Quadrant per customer: 0 high-high, 1 high realised/low potential, 2 low realised/high potential, 3 low-low. */
  quadrant: Uint8Array;
  quadrants: { quadrant: number; customers: number }[];
  /** The indicators actually used, with weights renormalised to sum to 1. */
  used?: ValueIndicator[];
  /** Indicator metrics left out: unknown, absent from the dataset (availableMetrics.ts) or without any known value. */
  skipped?: string[];
}

/** A sub-score at or above this is "high" on the scorecard's 2×2. */
export const highScore = 50;
/** Scores are sums of weighted floats: compare with bounds with this tolerance. */
const epsilon = 1e-9;

/**
 * Weighted value score and scorecard (METHOD §7). Each indicator found in summary.metrics is
 * normalised to 0–100 (normalise(); recency turned round so recent is high), weighted (weights
 * renormalised to sum to 1 over the indicators used; all zero → equal weights) into a 0–100 score,
 * tiered by the band lower bounds (tier k = the first band with score ≥ bound, 1-based; 0 below
 * every bound). Realised and potential sub-scores are the weighted means within each group (NaN when
 * a group has no indicator); a sub-score ≥ 50 is high. Quadrant 255 when a sub-score is NaN.
 * Tier value = the tier's customers' revenue. Unknown metrics, metrics the dataset lacks (profit without
 * a profit or cost column, …: isAvailable) and metrics without any known value are skipped and listed in
 * `skipped`, so the weights of the others are renormalised rather than a column of zeros scored.
 */
export function valueScore(summary: Summary, config: ValueScoreConfig): ValueScoreResult {
  const { bands } = config;
  for (let k = 0; k < bands.length; k++) {
    if (!Number.isFinite(bands[k]) || (k > 0 && !(bands[k] < bands[k - 1]))) {
      throw new RangeError(`invalid value-score bands: ${bands.join(', ')} (expected finite lower bounds, descending)`);
    }
  }
  for (const ind of config.indicators) {
    if (!(ind.weight >= 0 && Number.isFinite(ind.weight))) throw new RangeError(`invalid weight for ${ind.metric}: ${ind.weight} (expected ≥ 0)`);
    if (ind.group !== 'realised' && ind.group !== 'potential') throw new RangeError(`invalid group for ${ind.metric}: ${ind.group}`);
  }
  const n = summary.ids.length;
  // A metric the dataset lacks, or without any known value (e.g. orders or tenure of a customer table), is as missing as an unknown one.
  const known = (metric: string) => isAvailable(summary, metric) && summary.metrics[metric].some((v) => v === v);
  const skipped = config.indicators.filter((ind) => !known(ind.metric)).map((ind) => ind.metric);
  const found = config.indicators.filter((ind) => known(ind.metric));
  const used = reweigh(found);
  const norms = used.map((ind) => normalise(summary.metrics[ind.metric], config.normalisation, lowerIsBetter.has(ind.metric)));

  const score = new Float64Array(n);
  const realised = weightedMean(used, norms, 'realised', n);
  const potential = weightedMean(used, norms, 'potential', n);
  used.forEach((ind, j) => {
    for (let i = 0; i < n; i++) score[i] += ind.weight * norms[j][i];
  });

  const tier = new Uint8Array(n);
  const tiers = bands.map((lower, k) => ({ tier: k + 1, lower, customers: 0, value: 0 }));
  const revenue = summary.metrics.revenue ?? summary.revenue;
  const quadrant = new Uint8Array(n);
  const quadrants = [0, 1, 2, 3].map((q) => ({ quadrant: q, customers: 0 }));
  for (let i = 0; i < n; i++) {
    const k = bands.findIndex((lower) => score[i] >= lower - epsilon);
    if (k >= 0) {
      tier[i] = k + 1;
      tiers[k].customers++;
      if (revenue[i] === revenue[i]) tiers[k].value += revenue[i];
    }
    if (realised[i] !== realised[i] || potential[i] !== potential[i]) {
      quadrant[i] = 255;
      continue;
    }
    const highR = realised[i] >= highScore - epsilon;
    const highP = potential[i] >= highScore - epsilon;
    const q = highR ? (highP ? 0 : 1) : highP ? 2 : 3;
    quadrant[i] = q;
    quadrants[q].customers++;
  }
  return { config, score, realised, potential, tier, tiers, quadrant, quadrants, used, skipped };
}

function reweigh(indicators: ValueIndicator[]): ValueIndicator[] {
  const sum = indicators.reduce((s, ind) => s + ind.weight, 0);
  return indicators.map((ind) => ({ ...ind, weight: sum > 0 ? ind.weight / sum : 1 / indicators.length }));
}

function weightedMean(used: ValueIndicator[], norms: Float64Array[], group: ValueIndicator['group'], n: number): Float64Array {
  const out = new Float64Array(n);
  const members = used.map((ind, j) => [ind, j] as const).filter(([ind]) => ind.group === group);
  if (members.length === 0) return out.fill(NaN);
  const within = reweigh(members.map(([ind]) => ind));
  members.forEach(([, j], m) => {
    for (let i = 0; i < n; i++) out[i] += within[m].weight * norms[j][i];
  });
  return out;
}
