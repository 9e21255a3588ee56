import { quantileSorted, sortedFinite } from './quantile.ts';

export interface Histogram {
  edges: number[];
  counts: number[];
}

/**
 * Bins of the finite values: unit bins [v, v + 1) for small integer ranges (counts such as F),
 * otherwise "nice" equal-width bins up to the 99th percentile and, for a long tail, one last bin up to the maximum.
 * Edges are ascending (counts.length + 1 of them); the last bin includes its upper edge.
 */
export function histogram(values: ArrayLike<number>, maxBins = 20): Histogram {
  if (!(maxBins >= 1)) throw new RangeError(`invalid maxBins: ${maxBins}`);
  const sorted = sortedFinite(values);
  const n = sorted.length;
  if (!n) return { edges: [], counts: [] };
  const min = sorted[0];
  const max = sorted[n - 1];
  let integer = true;
  for (let i = 0; i < n && integer; i++) integer = Number.isInteger(sorted[i]);
  let edges: number[];
  if (integer && max - min + 1 <= Math.max(maxBins, 12)) {
    edges = [];
    for (let v = min; v <= max + 1; v++) edges.push(v);
  } else if (min === max) {
    edges = [min, max + 1];
  } else {
    const q99 = quantileSorted(sorted, 0.99);
    const tail = max - q99 > (q99 - min) * 0.5;
    const top = tail ? q99 : max;
    const step = niceStep((top - min) / (tail ? maxBins - 1 : maxBins));
    const start = Math.floor(min / step) * step;
    edges = [start];
    while (edges[edges.length - 1] < top) edges.push(round(edges[edges.length - 1] + step, step));
    if (tail && edges[edges.length - 1] < max) edges.push(max);
  }
  const counts = new Array<number>(edges.length - 1).fill(0);
  let bin = 0;
  for (let i = 0; i < n; i++) {
    const v = sorted[i];
    while (bin < counts.length - 1 && v >= edges[bin + 1]) bin++;
    counts[bin]++;
  }
  return { edges, counts };
}

function niceStep(raw: number): number {
  if (!(raw > 0)) return 1;
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const f = raw / power;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10) * power;
}

function round(value: number, step: number): number {
  const digits = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  return +value.toFixed(Math.min(digits, 15));
}
