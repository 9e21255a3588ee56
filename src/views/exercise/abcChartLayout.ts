import { scaleLinear } from 'd3';

/** One customer (or point) of an ABC chart in rank order: its value and cumulative share (0–1) and class code 0–2. */
export interface AbcPoint {
  value: number;
  cumShare: number;
  cls: number;
}

export interface AbcChartLayout {
  /** One bar per customer when there are at most `maxBars`; else none (the curve alone). */
  bars: { x: number; y: number; width: number; height: number; cls: number }[];
  /** The cumulative share curve from (0, 0) to the last customer, at most `maxPoints` points. */
  path: string;
  /** Horizontal threshold lines (A and B). */
  thresholds: { y: number; share: number }[];
  x: (customerShare: number) => number;
  y: (share: number) => number;
  value: (value: number) => number;
  /** Round values for the left axis, from 0 to at least the largest value. */
  valueTicks: number[];
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/**
 * The geometry of an ABC (Pareto) chart: x is the cumulative share of customers,
 * the left axis the customer's value (bars), the right axis the cumulative share of value (curve).
 */
export function abcChartLayout(
  points: readonly AbcPoint[],
  thresholds: readonly number[],
  size: { width: number; height: number },
  options: { maxBars?: number; maxPoints?: number } = {}
): AbcChartLayout {
  const { maxBars = 60, maxPoints = 400 } = options;
  const margin = { top: 20, right: 52, bottom: 44, left: 60 };
  const n = points.length;
  const x = scaleLinear().domain([0, 1]).range([margin.left, size.width - margin.right]);
  const y = scaleLinear().domain([0, 1]).range([size.height - margin.bottom, margin.top]);
  let max = 0;
  for (const p of points) if (p.value > max) max = p.value;
  const value = scaleLinear().domain([0, max || 1]).range([size.height - margin.bottom, margin.top]).nice();
  const bars =
    n && n <= maxBars
      ? points.map((p, i) => {
          const x0 = x(i / n);
          const top = value(Math.max(0, p.value));
          return { x: x0 + 1, y: top, width: Math.max(1, x((i + 1) / n) - x0 - 2), height: value(0) - top, cls: p.cls };
        })
      : [];
  const step = Math.max(1, Math.ceil(n / maxPoints));
  const coords: string[] = [`${x(0).toFixed(1)},${y(0).toFixed(1)}`];
  for (let i = step - 1; i < n; i += step) coords.push(`${x((i + 1) / n).toFixed(1)},${y(points[i].cumShare).toFixed(1)}`);
  if (n % step !== 0) coords.push(`${x(1).toFixed(1)},${y(points[n - 1].cumShare).toFixed(1)}`);
  return {
    bars,
    path: n ? `M${coords.join('L')}` : '',
    thresholds: thresholds.map((share) => ({ share, y: y(share) })),
    x: (s) => x(s),
    y: (s) => y(s),
    value: (v) => value(v),
    valueTicks: value.ticks(4),
    width: size.width,
    height: size.height,
    margin
  };
}
