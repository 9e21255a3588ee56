import { scaleLinear } from 'd3';
import type { Box } from './paretoLayout.ts';

/**
 * A line over equally spaced periods (e.g. months): x by index, y from 0 to
 * the nicely rounded maximum; point positions, the path, and which labels to
 * show so that at most `maxLabels` fit. Further series (`others`, e.g. a model beside the actual
 * figures) share the y scale and get their own paths.
 */
export function lineLayout(labels: string[], values: ArrayLike<number>, box: Box, maxLabels = 12, others: readonly ArrayLike<number>[] = []) {
  if (labels.length !== values.length) throw new RangeError(`labels and values differ in length: ${labels.length} vs ${values.length}`);
  for (const o of others) if (o.length !== labels.length) throw new RangeError(`labels and a further series differ in length: ${labels.length} vs ${o.length}`);
  const { width, height, margin } = box;
  const n = labels.length;
  const r = (v: number) => Math.round(v * 10) / 10;
  const x = scaleLinear().domain([0, Math.max(1, n - 1)]).range([margin.left, width - margin.right]);
  let hi = 0;
  for (const series of [values, ...others]) for (let i = 0; i < n; i++) if (series[i] > hi) hi = series[i];
  const y = scaleLinear().domain([0, hi > 0 ? hi : 1]).nice().range([height - margin.bottom, margin.top]);
  const points = Array.from({ length: n }, (_, i) => ({ x: r(n === 1 ? (margin.left + width - margin.right) / 2 : x(i)), y: r(y(values[i])), index: i }));
  const path = n ? 'M' + points.map((p) => `${p.x},${p.y}`).join('L') : '';
  const otherPaths = others.map((o) => (n ? 'M' + points.map((p) => `${p.x},${r(y(o[p.index]))}`).join('L') : ''));
  const step = Math.max(1, Math.ceil(n / maxLabels));
  const ticks = points.filter((p) => p.index % step === 0).map((p) => ({ x: p.x, label: labels[p.index] }));
  /** Index of the period nearest to pixel `px`. */
  const nearest = (px: number): number => {
    if (n <= 1) return n - 1;
    const i = Math.round(x.invert(px));
    return Math.min(n - 1, Math.max(0, i));
  };
  return { x, y, points, path, otherPaths, ticks, nearest };
}
