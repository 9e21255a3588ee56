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
}

/** Positions of a histogram's bars (edges.length = counts.length + 1) in a width × height plot area. */
export function histogramBars(h: { edges: readonly number[]; counts: readonly number[] }, width: number, height: number): HistogramLayout {
  if (h.edges.length !== h.counts.length + 1 && !(h.edges.length === 0 && h.counts.length === 0)) {
    throw new RangeError(`invalid histogram: ${h.edges.length} edges for ${h.counts.length} counts`);
  }
  if (!h.counts.length) return { bars: [], yTicks: [], xTicks: [] };
  const lo = h.edges[0];
  const hi = h.edges[h.edges.length - 1];
  const x = scaleLinear().domain(hi > lo ? [lo, hi] : [lo, lo + 1]).range([0, width]);
  const max = Math.max(...h.counts);
  const y = scaleLinear().domain([0, max > 0 ? max : 1]).range([height, 0]).nice();
  const bars = h.counts.map((count, i) => {
    const x0 = x(h.edges[i]);
    const x1 = hi > lo ? x(h.edges[i + 1]) : width;
    const top = y(count);
    return { x: x0, y: top, width: Math.max(0, x1 - x0 - 1), height: height - top, lo: h.edges[i], hi: h.edges[i + 1], count };
  });
  const step = Math.max(1, Math.ceil(h.edges.length / 8));
  const xTicks = h.edges.filter((_, i) => i % step === 0 || i === h.edges.length - 1).map((value) => ({ value, x: x(value) }));
  const yTicks = y.ticks(4).filter(Number.isInteger).map((value) => ({ value, y: y(value) }));
  return { bars, yTicks, xTicks };
}
