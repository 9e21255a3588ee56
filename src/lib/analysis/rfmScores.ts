import { quantileSorted } from './quantile.ts';

/** The scores of one RFM dimension and the thresholds actually used. */
export interface DimensionScores {
  /** Score 1..k per customer; 0 for customers not scored. */
  score: Uint8Array;
  /** Observed range of the values given each level (NaN when the level is empty). */
  levels: { level: number; min: number; max: number }[];
  /** Cut points as applied (method-specific). */
  cuts: number[];
  /** Levels no customer received. */
  empty: number[];
}

/** Whether higher values are better (F, M) or lower values (R in days). */
export type Better = 'higher' | 'lower';

function checkK(k: number) {
  if (!(Number.isInteger(k) && k >= 2 && k <= 9)) throw new RangeError(`invalid number of levels: ${k} (expected 2 to 9)`);
}

function eligibleIndices(values: Float64Array, eligible: Uint8Array): Int32Array {
  let count = 0;
  for (let i = 0; i < values.length; i++) if (eligible[i] && Number.isFinite(values[i])) count++;
  const out = new Int32Array(count);
  for (let i = 0, k = 0; i < values.length; i++) if (eligible[i] && Number.isFinite(values[i])) out[k++] = i;
  return out;
}

function describe(values: Float64Array, score: Uint8Array, k: number, cuts: number[]): DimensionScores {
  const levels = Array.from({ length: k }, (_, s) => ({ level: s + 1, min: NaN, max: NaN }));
  for (let i = 0; i < values.length; i++) {
    const s = score[i];
    if (!s) continue;
    const level = levels[s - 1];
    const v = values[i];
    if (!(level.min <= v)) level.min = v;
    if (!(level.max >= v)) level.max = v;
  }
  const empty = levels.filter((l) => Number.isNaN(l.min)).map((l) => l.level);
  return { score, levels, cuts, empty };
}

/**
 * Rank quantiles (METHOD §5): score = 1 + ⌊k·(r − 1)/n⌋ with r = 1 + the number of eligible
 * customers strictly worse; equal values get equal scores. Cuts: the worst value of each level 2..k.
 */
export function rankScores(values: Float64Array, eligible: Uint8Array, k: number, better: Better): DimensionScores {
  checkK(k);
  const idx = eligibleIndices(values, eligible);
  const n = idx.length;
  const sign = better === 'higher' ? 1 : -1;
  const sorted = Array.from(idx).sort((a, b) => sign * (values[a] - values[b])); // worst first
  const score = new Uint8Array(values.length);
  let worse = 0;
  for (let p = 0; p < n; p++) {
    if (p > 0 && values[sorted[p]] !== values[sorted[p - 1]]) worse = p;
    score[sorted[p]] = 1 + Math.floor((k * worse) / n);
  }
  const result = describe(values, score, k, []);
  result.cuts = result.levels.slice(1).map((l) => (better === 'higher' ? l.min : l.max));
  return result;
}

/**
 * The R package rfm's binning: breaks = quantile type 7 at 1/k … (k − 1)/k, plus 1; half-open bins
 * [lower, upper) with lower = (min, breaks…) and upper = (breaks…, max + 1); bin i gets score i for
 * F and M and k + 1 − i for R. Cuts: the breaks.
 */
export function packageScores(values: Float64Array, eligible: Uint8Array, k: number, better: Better): DimensionScores {
  checkK(k);
  const idx = eligibleIndices(values, eligible);
  const sorted = Float64Array.from(idx, (i) => values[i]).sort();
  const score = new Uint8Array(values.length);
  if (!sorted.length) return describe(values, score, k, []);
  const breaks: number[] = [];
  for (let s = 1; s < k; s++) breaks.push(quantileSorted(sorted, s / k) + 1);
  const lower = [sorted[0], ...breaks];
  const upper = [...breaks, sorted[sorted.length - 1] + 1];
  for (const i of idx) {
    const v = values[i];
    // The package assigns bins in turn; a later matching bin would overwrite an earlier one.
    for (let b = 0; b < k; b++) if (v >= lower[b] && v < upper[b]) score[i] = better === 'higher' ? b + 1 : k - b;
  }
  return describe(values, score, k, breaks);
}

/**
 * User cut points c1 < … < c(k−1), bins right-closed: (−∞, c1], (c1, c2], …, (c(k−1), ∞).
 * F and M: bin i gets score i; R (days): bin i gets k + 1 − i, so R ≤ c1 gets k.
 */
export function thresholdScores(values: Float64Array, eligible: Uint8Array, cuts: number[], better: Better): DimensionScores {
  for (let i = 0; i < cuts.length; i++) {
    if (!Number.isFinite(cuts[i]) || (i > 0 && !(cuts[i] > cuts[i - 1]))) {
      throw new RangeError(`invalid thresholds: ${cuts.join(', ')} (expected ascending numbers)`);
    }
  }
  const k = cuts.length + 1;
  checkK(k);
  const idx = eligibleIndices(values, eligible);
  const score = new Uint8Array(values.length);
  for (const i of idx) {
    const v = values[i];
    let bin = 0;
    while (bin < cuts.length && v > cuts[bin]) bin++;
    score[i] = better === 'higher' ? bin + 1 : k - bin;
  }
  return describe(values, score, k, cuts.slice());
}

/** The mean or median of the eligible finite values. */
export function splitValue(values: Float64Array, eligible: Uint8Array, split: 'mean' | 'median'): number {
  const idx = eligibleIndices(values, eligible);
  if (!idx.length) return NaN;
  if (split === 'mean') {
    let sum = 0;
    for (const i of idx) sum += values[i];
    return sum / idx.length;
  }
  return quantileSorted(Float64Array.from(idx, (i) => values[i]).sort(), 0.5);
}

/**
 * Mean or median split: High when better than the split (R: days < split; F, M: value > split).
 * High scores k, Low scores 1 (so the k-level grids still apply); the cut is the split value.
 */
export function splitScores(values: Float64Array, eligible: Uint8Array, k: number, better: Better, split: 'mean' | 'median'): DimensionScores {
  checkK(k);
  const cut = splitValue(values, eligible, split);
  const idx = eligibleIndices(values, eligible);
  const score = new Uint8Array(values.length);
  for (const i of idx) {
    const high = better === 'higher' ? values[i] > cut : values[i] < cut;
    score[i] = high ? k : 1;
  }
  return describe(values, score, k, [cut]);
}
