import { scaleLinear } from 'd3';
import type { ParetoBin } from './paretoBins.ts';

export interface Box {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface ParetoLayout {
  x: ReturnType<typeof scaleLinear<number, number>>;
  /** Rank r (1-based) at the centre of its customer's slot: the axis for one bar per customer. */
  rank: ReturnType<typeof scaleLinear<number, number>>;
  /** Value per customer (left axis). */
  y: ReturnType<typeof scaleLinear<number, number>>;
  /** Cumulative share (right axis). */
  share: ReturnType<typeof scaleLinear<number, number>>;
  bars: { x: number; y: number; width: number; height: number; bin: ParetoBin }[];
  /** Cumulative share line through the end of each bar, from (0, 0). */
  line: string;
  points: { x: number; y: number; bin: ParetoBin }[];
  /** Class bands: pixel extent, width and centre; ranks [start, end). */
  bands: { cls: number; x0: number; x1: number; width: number; mid: number; start: number; end: number }[];
  thresholds: { share: number; y: number }[];
}

function r(v: number): number {
  return Math.round(v * 10) / 10;
}

/**
 * Positions of the Pareto chart: x runs over ranks (a bar is as wide as its
 * customer count), bar height is the mean value per customer (so bar area is
 * the bin's value), the cumulative share line uses the right axis 0–100 %.
 */
export function paretoLayout(bins: ParetoBin[], box: Box, thresholds: number[]): ParetoLayout {
  const { width, height, margin } = box;
  const n = bins.length ? bins[bins.length - 1].end : 0;
  const x = scaleLinear().domain([0, Math.max(1, n)]).range([margin.left, width - margin.right]);
  let lo = 0;
  let hi = 0;
  for (const b of bins) {
    if (b.mean > hi) hi = b.mean;
    if (b.mean < lo) lo = b.mean;
  }
  if (hi === lo) hi = lo + 1;
  const y = scaleLinear().domain([lo, hi]).nice().range([height - margin.bottom, margin.top]);
  const share = scaleLinear().domain([0, 1]).range([height - margin.bottom, margin.top]);
  const y0 = y(0);
  const gap = bins.length > 60 ? 0 : 1;
  const bars = bins.map((bin) => {
    const x0 = x(bin.start);
    const x1 = x(bin.end);
    const yv = y(bin.mean);
    return { x: r(x0 + gap / 2), y: r(Math.min(yv, y0)), width: r(Math.max(0.5, x1 - x0 - gap)), height: r(Math.abs(y0 - yv)), bin };
  });
  const points = [{ x: r(x(0)), y: r(share(0)), bin: bins[0] }, ...bins.map((bin) => ({ x: r(x(bin.end)), y: r(share(bin.cumShare)), bin }))];
  const line = bins.length ? 'M' + points.map((p) => `${p.x},${p.y}`).join('L') : '';
  const bands: ParetoLayout['bands'] = [];
  for (const b of bins) {
    const last = bands[bands.length - 1];
    if (last && last.cls === b.cls) {
      last.end = b.end;
      last.x1 = r(x(b.end));
    } else bands.push({ cls: b.cls, start: b.start, end: b.end, x0: r(x(b.start)), x1: r(x(b.end)), width: 0, mid: 0 });
  }
  for (const band of bands) {
    band.width = r(Math.max(0, band.x1 - band.x0));
    band.mid = r((band.x0 + band.x1) / 2);
  }
  return {
    x,
    rank: scaleLinear().domain([0.5, Math.max(1, n) + 0.5]).range(x.range()),
    y,
    share,
    bars,
    line,
    points: points.slice(1),
    bands,
    thresholds: thresholds.map((s) => ({ share: s, y: r(share(s)) }))
  };
}
