import { scaleBand, scaleLinear } from 'd3';

export interface StackedSegment {
  /** Series index (e.g. lifecycle stage). */
  series: number;
  value: number;
  y: number;
  height: number;
}

export interface StackedColumn {
  label: string;
  index: number;
  x: number;
  width: number;
  total: number;
  segments: StackedSegment[];
}

export interface StackedLayout {
  columns: StackedColumn[];
  yTicks: { value: number; y: number }[];
  /** Indices of the columns whose label is shown on the x axis (at most ~12). */
  xLabels: number[];
}

/** Stacked columns (series stacked bottom-up in index order) of counts[i][s] in a width × height plot area. */
export function stackedBars(labels: readonly string[], counts: readonly (readonly number[])[], width: number, height: number): StackedLayout {
  if (labels.length !== counts.length) throw new RangeError(`invalid stack: ${labels.length} labels for ${counts.length} columns`);
  const totals = counts.map((row) => row.reduce((a, b) => a + (b > 0 ? b : 0), 0));
  const max = totals.length ? Math.max(...totals) : 0;
  const x = scaleBand<number>().domain(labels.map((_, i) => i)).range([0, width]).paddingInner(labels.length > 40 ? 0.05 : 0.15);
  const y = scaleLinear().domain([0, max > 0 ? max : 1]).range([height, 0]).nice();
  const columns = counts.map((row, i) => {
    let acc = 0;
    const segments: StackedSegment[] = [];
    row.forEach((value, series) => {
      if (!(value > 0)) return;
      const top = y(acc + value);
      segments.push({ series, value, y: top, height: y(acc) - top });
      acc += value;
    });
    return { label: labels[i], index: i, x: x(i) ?? 0, width: x.bandwidth(), total: totals[i], segments };
  });
  const step = Math.max(1, Math.ceil(labels.length / 12));
  const xLabels = labels.map((_, i) => i).filter((i) => (labels.length - 1 - i) % step === 0);
  const yTicks = y.ticks(5).filter(Number.isInteger).map((value) => ({ value, y: y(value) }));
  return { columns, yTicks, xLabels };
}
