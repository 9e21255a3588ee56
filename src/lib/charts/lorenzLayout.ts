import { scaleLinear } from 'd3';
import type { Box } from './paretoLayout.ts';

/** Lorenz curve paths in a square plot: the curve, the area between it and the diagonal (inequality), the diagonal. */
export function lorenzLayout(lorenz: { x: ArrayLike<number>; y: ArrayLike<number> }, box: Box) {
  const { width, height, margin } = box;
  const x = scaleLinear().domain([0, 1]).range([margin.left, width - margin.right]);
  const y = scaleLinear().domain([0, 1]).range([height - margin.bottom, margin.top]);
  const r = (v: number) => Math.round(v * 10) / 10;
  const pts: string[] = [];
  if (lorenz.x.length === 0 || lorenz.x[0] !== 0 || lorenz.y[0] !== 0) pts.push(`${r(x(0))},${r(y(0))}`);
  for (let i = 0; i < lorenz.x.length; i++) pts.push(`${r(x(lorenz.x[i]))},${r(y(lorenz.y[i]))}`);
  const n = lorenz.x.length;
  if (n === 0 || lorenz.x[n - 1] !== 1 || lorenz.y[n - 1] !== 1) pts.push(`${r(x(1))},${r(y(1))}`);
  const curve = 'M' + pts.join('L');
  return {
    x,
    y,
    curve,
    area: `${curve}Z`,
    diagonal: `M${r(x(0))},${r(y(0))}L${r(x(1))},${r(y(1))}`
  };
}
