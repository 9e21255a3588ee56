import { scaleLinear } from 'd3';

export interface QuadrantPoint {
  x: number;
  y: number;
  /** Customers at this point (1 for a single customer; more when aggregated). */
  count: number;
  /** The customer index when count = 1, else −1. */
  customer: number;
  quadrant: number;
}

export interface QuadrantLayout {
  points: QuadrantPoint[];
  aggregated: boolean;
  /** Split positions in pixels (x for realised, y for potential). */
  splitX: number;
  splitY: number;
  ticks: { value: number; x: number; y: number }[];
}

/**
 * Dots for customers on realised (x) × potential (y) value, both 0–100, in a size × size plot, with the split
 * lines at `split` (the engine's "high" bound). Customers without a quadrant (255) are left out. Above `max`
 * customers the dots are aggregated into a 50 × 50 grid of bins (per quadrant), each at its customers' mean
 * position and sized by its count.
 */
export function quadrantPoints(realised: ArrayLike<number>, potential: ArrayLike<number>, quadrant: ArrayLike<number>, size: number, split = 50, max = 3000): QuadrantLayout {
  if (!(size > 0)) throw new RangeError(`invalid size: ${size}`);
  if (!(split >= 0 && split <= 100)) throw new RangeError(`invalid split: ${split} (expected 0–100)`);
  if (realised.length !== potential.length || realised.length !== quadrant.length) {
    throw new RangeError(`invalid input lengths: ${realised.length}, ${potential.length}, ${quadrant.length}`);
  }
  const x = scaleLinear().domain([0, 100]).range([0, size]).clamp(true);
  const y = scaleLinear().domain([0, 100]).range([size, 0]).clamp(true);
  const ticks = [0, 25, 50, 75, 100].map((value) => ({ value, x: x(value), y: y(value) }));
  const n = realised.length;
  const valid = (i: number) => quadrant[i] <= 3 && Number.isFinite(realised[i]) && Number.isFinite(potential[i]);
  let count = 0;
  for (let i = 0; i < n; i++) if (valid(i)) count++;
  const points: QuadrantPoint[] = [];
  if (count <= max) {
    for (let i = 0; i < n; i++) if (valid(i)) points.push({ x: x(realised[i]), y: y(potential[i]), count: 1, customer: i, quadrant: quadrant[i] });
  } else {
    const bins = 50;
    const cells = new Map<number, QuadrantPoint & { sx: number; sy: number }>();
    for (let i = 0; i < n; i++) {
      if (!valid(i)) continue;
      const bx = Math.min(bins - 1, Math.max(0, Math.floor((realised[i] / 100) * bins)));
      const by = Math.min(bins - 1, Math.max(0, Math.floor((potential[i] / 100) * bins)));
      const key = (quadrant[i] * bins + bx) * bins + by;
      const cell = cells.get(key);
      if (cell) {
        cell.count++;
        cell.sx += realised[i];
        cell.sy += potential[i];
      } else cells.set(key, { x: 0, y: 0, count: 1, customer: i, quadrant: quadrant[i], sx: realised[i], sy: potential[i] });
    }
    for (const c of [...cells.keys()].sort((a, b) => a - b).map((k) => cells.get(k)!)) {
      points.push({ x: x(c.sx / c.count), y: y(c.sy / c.count), count: c.count, customer: c.count === 1 ? c.customer : -1, quadrant: c.quadrant });
    }
  }
  return { points, aggregated: count > max, splitX: x(split), splitY: y(split), ticks };
}
