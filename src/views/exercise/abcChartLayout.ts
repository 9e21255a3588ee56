import { scaleLinear } from 'd3';

/** One customer (or point) of an ABC chart in rank order: its value and cumulative share (0–1) and class code 0–2. */
export interface AbcPoint {
  value: number;
  cumShare: number;
  /** The class drawn: 0–2, or −1 when none was given (a blank or unreadable class in an exercise). */
  cls: number;
  /** The correct class (0–2), when the drawn class is a student's. */
  correct?: number;
  /** The drawn class is not the correct one (a blank is not counted). */
  differs?: boolean;
  /** The cumulative share the student entered for this customer (0–1), shown where their class changes. */
  enteredCum?: number | null;
}

/** The drawn class changes after a customer: the student's cut-off between two classes. */
export interface AbcCut {
  x: number;
  /** Index of the last customer before the cut. */
  after: number;
  /** The cumulative share entered for that customer (0–1), else the computed one. */
  cumShare: number;
  entered: boolean;
}

export interface AbcChartLayout {
  /** One bar per customer when there are at most `maxBars`; else none (the curve alone). */
  bars: { x: number; y: number; width: number; height: number; cls: number; correct: number; differs: boolean }[];
  /**
   * How the class letters are written under the axis: one under each bar when a bar is wide enough
   * for a letter, else one per run of customers of the same class ('runs'), where the run is wide enough.
   */
  labels: 'bars' | 'runs';
  /** Runs of consecutive customers with the same drawn class: their extent and label position. */
  runs: { cls: number; x0: number; x1: number; from: number; to: number; labelled: boolean }[];
  /**
   * Runs of consecutive differing customers with the same correct class, flagged once each when the
   * bars are too narrow to flag one by one: extent, the top of their tallest bar, whether the correct letter fits.
   */
  flagRuns: { correct: number; x0: number; x1: number; top: number; from: number; to: number; labelled: boolean }[];
  /** Where the drawn class changes between neighbours (only when some point has a correct class: an exercise). */
  cuts: AbcCut[];
  /** The cumulative share curve from (0, 0) to the last customer, at most `maxPoints` points. */
  path: string;
  /** Horizontal threshold lines (A and B). */
  thresholds: { y: number; share: number }[];
  x: (customerShare: number) => number;
  y: (share: number) => number;
  value: (value: number) => number;
  /** Round values for the left axis, from 0 to at least the largest value. */
  valueTicks: number[];
  /** Baselines of the rows under the axis: the drawn class, the correct class (exercise only), the axis ticks. */
  rows: { cls: number; correct: number | null; ticks: number };
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** Narrowest room (px) a class letter needs at the chart's font size. */
export const minLetterRoom = 13;

/**
 * The geometry of an ABC (Pareto) chart: x is the cumulative share of customers,
 * the left axis the customer's value (bars), the right axis the cumulative share of value (curve).
 * Sizes are screen pixels: the component lays the chart out at the width it is shown at.
 */
export function abcChartLayout(
  points: readonly AbcPoint[],
  thresholds: readonly number[],
  size: { width: number; height: number },
  options: { maxBars?: number; maxPoints?: number } = {}
): AbcChartLayout {
  const { maxBars = 60, maxPoints = 400 } = options;
  const exercise = points.some((p) => p.correct !== undefined);
  const narrow = size.width < 480;
  const margin = { top: 20, right: narrow ? 40 : 52, bottom: exercise ? 74 : 58, left: narrow ? 50 : 60 };
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
          const correct = p.correct ?? p.cls;
          return { x: x0 + 1, y: top, width: Math.max(1, x((i + 1) / n) - x0 - 2), height: value(0) - top, cls: p.cls, correct, differs: p.differs ?? false };
        })
      : [];
  const slot = n ? (x(1) - x(0)) / n : 0;
  const runs: AbcChartLayout['runs'] = [];
  if (bars.length) {
    for (let i = 0; i < n; i++) {
      const last = runs.at(-1);
      if (last && last.cls === points[i].cls) {
        last.to = i;
        last.x1 = x((i + 1) / n);
      } else runs.push({ cls: points[i].cls, x0: x(i / n), x1: x((i + 1) / n), from: i, to: i, labelled: false });
    }
    for (const run of runs) run.labelled = run.x1 - run.x0 >= minLetterRoom;
  }
  const flagRuns: AbcChartLayout['flagRuns'] = [];
  bars.forEach((bar, i) => {
    if (!bar.differs) return;
    const last = flagRuns.at(-1);
    if (last && last.to === i - 1 && last.correct === bar.correct) {
      last.to = i;
      last.x1 = x((i + 1) / n);
      last.top = Math.min(last.top, bar.y);
    } else flagRuns.push({ correct: bar.correct, x0: x(i / n), x1: x((i + 1) / n), top: bar.y, from: i, to: i, labelled: false });
  });
  for (const run of flagRuns) run.labelled = run.x1 - run.x0 >= minLetterRoom;
  const cuts: AbcCut[] = [];
  if (exercise && bars.length) {
    for (let i = 0; i + 1 < n; i++) {
      if (points[i].cls === points[i + 1].cls) continue;
      const entered = points[i].enteredCum;
      const known = entered !== null && entered !== undefined && Number.isFinite(entered);
      cuts.push({ x: x((i + 1) / n), after: i, cumShare: known ? entered : points[i].cumShare, entered: known });
    }
  }
  const step = Math.max(1, Math.ceil(n / maxPoints));
  const coords: string[] = [`${x(0).toFixed(1)},${y(0).toFixed(1)}`];
  for (let i = step - 1; i < n; i += step) coords.push(`${x((i + 1) / n).toFixed(1)},${y(points[i].cumShare).toFixed(1)}`);
  if (n % step !== 0) coords.push(`${x(1).toFixed(1)},${y(points[n - 1].cumShare).toFixed(1)}`);
  const base = size.height - margin.bottom;
  return {
    bars,
    labels: slot >= minLetterRoom ? 'bars' : 'runs',
    runs,
    flagRuns,
    cuts,
    path: n ? `M${coords.join('L')}` : '',
    thresholds: thresholds.map((share) => ({ share, y: y(share) })),
    x: (s) => x(s),
    y: (s) => y(s),
    value: (v) => value(v),
    valueTicks: value.ticks(narrow ? 3 : 4),
    rows: { cls: base + 15, correct: exercise ? base + 31 : null, ticks: base + (exercise ? 48 : 32) },
    width: size.width,
    height: size.height,
    margin
  };
}
