import { describe, expect, test } from 'vitest';
import { stackedBars } from '../../src/lib/charts/stackedBars.ts';

describe('stackedBars(labels, counts, width, height)', () => {
  test('series stack bottom-up in index order; zero and negative counts leave no segment', () => {
    const layout = stackedBars(['2024-01-31', '2024-02-29'], [[2, 0, 2], [1, 3, -1]], 200, 100);
    const [a, b] = layout.columns;
    expect(a.total).toBe(4);
    expect(b.total).toBe(4);
    expect(a.segments.map((s) => s.series)).toEqual([0, 2]);
    expect(b.segments.map((s) => s.series)).toEqual([0, 1]);
    // y scale 0..4 → 100..0: series 0 of column a covers 100..50, series 2 50..0.
    expect(a.segments.map((s) => [s.y, s.height])).toEqual([
      [50, 50],
      [0, 50]
    ]);
    expect(b.segments.map((s) => [s.y, s.height])).toEqual([
      [75, 25],
      [0, 75]
    ]);
    expect(a.x).toBeLessThan(b.x);
    expect(a.width).toBeGreaterThan(0);
  });

  test('labels at most ~12 columns, always including the last', () => {
    const labels = Array.from({ length: 30 }, (_, i) => `m${i}`);
    const layout = stackedBars(labels, labels.map(() => [1]), 600, 100);
    expect(layout.xLabels.length).toBeLessThanOrEqual(12);
    expect(layout.xLabels.at(-1)).toBe(29);
  });

  test('y ticks are whole numbers from 0', () => {
    const layout = stackedBars(['a'], [[7]], 100, 100);
    expect(layout.yTicks[0]).toEqual({ value: 0, y: 100 });
    expect(layout.yTicks.every((t) => Number.isInteger(t.value))).toBe(true);
  });

  test('empty and all-zero input', () => {
    expect(stackedBars([], [], 100, 100).columns).toEqual([]);
    const zero = stackedBars(['a'], [[0, 0]], 100, 100);
    expect(zero.columns[0]).toMatchObject({ total: 0, segments: [] });
  });

  test('rejects labels and counts of different lengths', () => {
    expect(() => stackedBars(['a', 'b'], [[1]], 100, 100)).toThrow(/2 labels for 1 columns/);
  });
});
