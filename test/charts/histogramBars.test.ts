import { describe, expect, test } from 'vitest';
import { histogramBars } from '../../src/lib/charts/histogramBars.ts';

describe('histogramBars(histogram, width, height)', () => {
  test('equal-width bars in bin order, heights on a nice count scale', () => {
    const layout = histogramBars({ edges: [0, 10, 20, 30, 1000], counts: [4, 2, 0, 1] }, 400, 100);
    expect(layout.bars.map((b) => [b.x, b.width])).toEqual([
      [0, 99],
      [100, 99],
      [200, 99],
      [300, 99]
    ]);
    expect(layout.bars.map((b) => b.height)).toEqual([100, 50, 0, 25]);
    expect(layout.bars[3]).toMatchObject({ lo: 30, hi: 1000, count: 1 });
    expect(layout.yTicks[0]).toEqual({ value: 0, y: 100 });
    expect(layout.yTicks.every((t) => Number.isInteger(t.value))).toBe(true);
  });

  test('x ticks at bin edges, first and last always shown, at most ~8', () => {
    const edges = Array.from({ length: 21 }, (_, i) => i * 5);
    const layout = histogramBars({ edges, counts: new Array(20).fill(1) }, 200, 50);
    expect(layout.xTicks[0]).toEqual({ value: 0, x: 0 });
    expect(layout.xTicks.at(-1)).toEqual({ value: 100, x: 200 });
    expect(layout.xTicks.length).toBeLessThanOrEqual(8);
    for (const t of layout.xTicks) expect(t.x).toBeCloseTo((t.value / 100) * 200);
  });

  test('one bin (all values equal)', () => {
    const layout = histogramBars({ edges: [7, 8], counts: [3] }, 100, 40);
    expect(layout.bars).toHaveLength(1);
    expect(layout.bars[0]).toMatchObject({ x: 0, width: 99, height: 40, lo: 7, hi: 8, count: 3 });
    expect(layout.xTicks.map((t) => t.value)).toEqual([7, 8]);
  });

  test('a long-tail last bin: labelled "≥ its lower edge" at its centre, no tick at the maximum; ticks a step apart', () => {
    // 19 bins of 5,000 up to 95,000 and a tail bin up to 422,900
    const edges = [...Array.from({ length: 20 }, (_, i) => i * 5000), 422_900];
    const layout = histogramBars({ edges, counts: new Array(20).fill(1) }, 400, 100);
    expect(layout.overflow).toEqual({ lo: 95_000, x: 400 });
    const at = layout.xTicks.map((t) => edges.indexOf(t.value));
    expect(at).not.toContain(20);
    expect(at).not.toContain(19);
    expect(at.at(-1)).toBeGreaterThanOrEqual(15);
    for (let k = 1; k < at.length; k++) expect(at[k] - at[k - 1]).toBeGreaterThanOrEqual(3);
  });

  test('equal bins have no overflow label', () => {
    expect(histogramBars({ edges: [0, 1, 2, 3, 4], counts: [1, 1, 1, 1] }, 100, 40).overflow).toBeNull();
  });

  test('all counts zero: flat bars on a 0–1 scale', () => {
    const layout = histogramBars({ edges: [0, 1, 2], counts: [0, 0] }, 100, 40);
    expect(layout.bars.map((b) => b.height)).toEqual([0, 0]);
  });

  test('empty histogram draws nothing', () => {
    expect(histogramBars({ edges: [], counts: [] }, 100, 40)).toEqual({ bars: [], yTicks: [], xTicks: [], overflow: null });
  });

  test('rejects mismatched edges and a bad plot area', () => {
    expect(() => histogramBars({ edges: [0, 1], counts: [1, 2] }, 100, 40)).toThrow(/2 edges for 2 counts/);
    expect(() => histogramBars({ edges: [0, 1], counts: [1] }, 0, 40)).toThrow(/invalid plot area/);
  });

  test('does not mutate its input', () => {
    const h = { edges: [0, 1, 2], counts: [2, 1] };
    histogramBars(h, 100, 40);
    expect(h).toEqual({ edges: [0, 1, 2], counts: [2, 1] });
  });
});
