import { scaleLinear } from 'd3';

export interface HistogramBar {
  x: number;
  y: number;
  width: number;
  height: number;
  lo: number;
  hi: number;
  count: number;
}

export interface HistogramLayout {
  bars: HistogramBar[];
  /** Ticks on the count axis: value and y position. */
  yTicks: { value: number; y: number }[];
  /** Ticks on the value axis at the bin edges (at most ~8, evenly picked). */
  xTicks: { value: number; x: number }[];
  /** The long-tail last bin (wider than the others, up to the maximum): labelled "≥ lo", ending at the axis end `x`, instead of ticks at its edges. */
  overflow: { lo: number; x: number } | null;
}

/**
 * Positions of a histogram's bars (edges.length = counts.length + 1) in a width × height plot area. Bins are
 * drawn at equal widths in order (the engine's bins are equal except a last long-tail bin up to the maximum,
 * which would otherwise squash the rest), so the value axis labels the bin edges, thinned to at most ~7, and
 * the tail bin is labelled "≥ its lower edge".
 */
export function histogramBars(h: { edges: readonly number[]; counts: readonly number[] }, width: number, height: number): HistogramLayout {
  if (h.edges.length !== h.counts.length + 1 && !(h.edges.length === 0 && h.counts.length === 0)) {
    throw new RangeError(`invalid histogram: ${h.edges.length} edges for ${h.counts.length} counts`);
  }
  if (!(width > 0 && height > 0)) throw new RangeError(`invalid plot area: ${width}×${height}`);
  if (!h.counts.length) return { bars: [], yTicks: [], xTicks: [], overflow: null };
  const n = h.counts.length;
  const bw = width / n;
  const max = Math.max(...h.counts);
  const y = scaleLinear().domain([0, max > 0 ? max : 1]).range([height, 0]).nice();
  const gap = bw > 4 ? 1 : 0;
  const bars = h.counts.map((count, i) => {
    const top = y(count);
    return { x: i * bw, y: top, width: Math.max(0.5, bw - gap), height: height - top, lo: h.edges[i], hi: h.edges[i + 1], count };
  });
  // a last bin more than 1.5 times as wide as the one before is the engine's long tail
  const tail = n >= 3 && h.edges[n] - h.edges[n - 1] > 1.5 * (h.edges[n - 1] - h.edges[n - 2]);
  const end = tail ? n - 1 : n;
  const step = Math.max(1, Math.ceil((end + 1) / 7));
  const shown = h.edges.slice(0, end + 1).map((_, i) => i).filter((i) => i % step === 0);
  if (shown[shown.length - 1] !== end) {
    // a last tick closer than a step to the one before would crowd it: that one gives way
    if (end - shown[shown.length - 1] < step && shown.length > 1) shown.pop();
    shown.push(end);
  }
  // with a tail, its lower edge is named by the "≥" label at the right end instead of a tick
  if (tail && shown.length > 1) shown.pop();
  const xTicks = shown.map((i) => ({ value: h.edges[i], x: i * bw }));
  const overflow = tail ? { lo: h.edges[n - 1], x: n * bw } : null;
  const yTicks = y.ticks(4).filter(Number.isInteger).map((value) => ({ value, y: y(value) }));
  return { bars, yTicks, xTicks, overflow };
}
