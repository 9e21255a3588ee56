import { describe, expect, test } from 'vitest';
import { abcChartLayout, minLetterRoom, type AbcPoint } from '../../../src/views/exercise/abcChartLayout.ts';

const size = { width: 600, height: 300 };
const three: AbcPoint[] = [
  { value: 60, cumShare: 0.6, cls: 0 },
  { value: 30, cumShare: 0.9, cls: 1 },
  { value: 10, cumShare: 1, cls: 2 }
];

describe('abcChartLayout(points, thresholds, size)', () => {
  test('one bar per customer, tallest first, coloured by class, inside the plot', () => {
    const layout = abcChartLayout(three, [0.8, 0.95], size);
    expect(layout.bars.map((b) => b.cls)).toEqual([0, 1, 2]);
    expect(layout.bars[0].height).toBeGreaterThan(layout.bars[1].height);
    for (const b of layout.bars) {
      expect(b.x).toBeGreaterThanOrEqual(layout.margin.left);
      expect(b.x + b.width).toBeLessThanOrEqual(size.width - layout.margin.right);
      expect(b.y + b.height).toBeCloseTo(size.height - layout.margin.bottom, 6);
    }
  });

  test('the curve starts at the origin and ends at 100 % of customers and value', () => {
    const layout = abcChartLayout(three, [0.8, 0.95], size);
    expect(layout.path).toBe(`M60.0,242.0L222.7,${layout.y(0.6).toFixed(1)}L385.3,${layout.y(0.9).toFixed(1)}L548.0,20.0`);
  });

  test('value ticks are round numbers from 0 covering the largest value', () => {
    expect(abcChartLayout(three, [0.8], size).valueTicks).toEqual([0, 20, 40, 60]);
    expect(abcChartLayout([{ value: 740, cumShare: 1, cls: 0 }], [0.8], size).valueTicks).toEqual([0, 200, 400, 600, 800]);
  });

  test('threshold lines at the A and B shares', () => {
    const layout = abcChartLayout(three, [0.8, 0.95], size);
    expect(layout.thresholds.map((t) => t.share)).toEqual([0.8, 0.95]);
    expect(layout.thresholds[0].y).toBeCloseTo(layout.y(0.8), 9);
  });

  test('many customers: no bars, the curve thinned to at most maxPoints points and still ending at the last customer', () => {
    const points = Array.from({ length: 1001 }, (_, i) => ({ value: 1, cumShare: (i + 1) / 1001, cls: 2 }));
    const layout = abcChartLayout(points, [0.8, 0.95], size, { maxPoints: 100 });
    expect(layout.bars).toEqual([]);
    const coords = layout.path.slice(1).split('L');
    expect(coords.length).toBeLessThanOrEqual(102);
    expect(coords.at(-1)).toBe('548.0,20.0');
  });

  test('empty input, zero and negative values', () => {
    expect(abcChartLayout([], [0.8], size)).toMatchObject({ bars: [], path: '' });
    const layout = abcChartLayout([{ value: 0, cumShare: 0, cls: 2 }, { value: -5, cumShare: 0, cls: 2 }], [0.8], size);
    expect(layout.bars.map((b) => b.height)).toEqual([0, 0]);
  });

  test('does not mutate its input', () => {
    const copy = structuredClone(three);
    abcChartLayout(three, [0.8, 0.95], size);
    expect(three).toEqual(copy);
  });

  test('a student\'s classes: bars keep the drawn class and the correct one, and flag exactly the differing customers', () => {
    const student: AbcPoint[] = [
      { value: 60, cumShare: 0.6, cls: 0, correct: 0, differs: false, enteredCum: 0.6 },
      { value: 30, cumShare: 0.9, cls: 0, correct: 1, differs: true, enteredCum: 0.9 },
      { value: 10, cumShare: 1, cls: -1, correct: 2, differs: false, enteredCum: null }
    ];
    const layout = abcChartLayout(student, [0.8, 0.95], size);
    expect(layout.bars.map((b) => [b.cls, b.correct, b.differs])).toEqual([[0, 0, false], [0, 1, true], [-1, 2, false]]);
    expect(layout.rows.correct).not.toBeNull();
    expect(layout.runs.map((r) => [r.cls, r.from, r.to])).toEqual([[0, 0, 1], [-1, 2, 2]]);
  });

  test('the student\'s cut-offs are where their class changes, with the cumulative share they entered or the computed one', () => {
    const student: AbcPoint[] = [
      { value: 50, cumShare: 0.5, cls: 0, correct: 0, enteredCum: 0.52 },
      { value: 30, cumShare: 0.8, cls: 1, correct: 0, differs: true, enteredCum: null },
      { value: 20, cumShare: 1, cls: 2, correct: 2, enteredCum: 1 }
    ];
    const layout = abcChartLayout(student, [0.8, 0.95], size);
    expect(layout.cuts.map((c) => [c.after, c.cumShare, c.entered])).toEqual([[0, 0.52, true], [1, 0.8, false]]);
    expect(layout.cuts[0].x).toBeCloseTo(layout.x(1 / 3), 9);
    expect(abcChartLayout(three, [0.8, 0.95], size).cuts).toEqual([]);
  });

  test('letters go under each bar when there is room for one, else one per run of a class, each at least minLetterRoom wide', () => {
    expect(abcChartLayout(three, [0.8, 0.95], size).labels).toBe('bars');
    const fifty = Array.from({ length: 50 }, (_, i) => ({ value: 50 - i, cumShare: (i + 1) / 50, cls: i < 10 ? 0 : i < 49 ? 1 : 2 }));
    const narrow = abcChartLayout(fifty, [0.8, 0.95], { width: 360, height: 300 });
    expect(narrow.labels).toBe('runs');
    expect(narrow.runs.map((r) => [r.cls, r.labelled])).toEqual([[0, true], [1, true], [2, false]]);
    for (const r of narrow.runs.filter((r) => r.labelled)) expect(r.x1 - r.x0).toBeGreaterThanOrEqual(minLetterRoom);
  });

  test('differing customers in a row with the same correct class form one flag run, labelled when wide enough', () => {
    const points: AbcPoint[] = Array.from({ length: 50 }, (_, i) => ({ value: 50 - i, cumShare: (i + 1) / 50, cls: i < 10 ? 0 : 1, correct: i < 5 ? 0 : i < 20 ? 1 : 2 }));
    for (const p of points) p.differs = p.cls !== p.correct;
    const layout = abcChartLayout(points, [0.8, 0.95], { width: 360, height: 300 });
    expect(layout.flagRuns.map((r) => [r.correct, r.from, r.to, r.labelled])).toEqual([[1, 5, 9, true], [2, 20, 49, true]]);
    expect(layout.flagRuns[0].top).toBeCloseTo(layout.bars[5].y, 9);
    const one = points.map((p, i) => ({ ...p, cls: p.correct ?? p.cls, differs: i === 30 }));
    expect(abcChartLayout(one, [0.8, 0.95], { width: 360, height: 300 }).flagRuns.map((r) => [r.from, r.to, r.labelled])).toEqual([[30, 30, false]]);
    expect(abcChartLayout(three, [0.8, 0.95], size).flagRuns).toEqual([]);
  });
});
