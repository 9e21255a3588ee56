import { describe, expect, test } from 'vitest';
import { lineLayout } from '../../src/lib/charts/lineLayout.ts';

const box = { width: 120, height: 110, margin: { top: 10, right: 10, bottom: 0, left: 10 } };

describe('lineLayout()', () => {
  test('points equally spaced, y from 0 to the (nice) maximum', () => {
    const l = lineLayout(['Jan', 'Feb', 'Mar'], [0, 5, 10], box);
    expect(l.points.map((p) => [p.x, p.y])).toEqual([[10, 110], [60, 60], [110, 10]]);
    expect(l.path).toBe('M10,110L60,60L110,10');
    expect(l.ticks.map((t) => t.label)).toEqual(['Jan', 'Feb', 'Mar']);
  });

  test('labels thinned to at most maxLabels', () => {
    const labels = Array.from({ length: 24 }, (_, i) => `m${i}`);
    const l = lineLayout(labels, new Array(24).fill(1), box, 6);
    expect(l.ticks.length).toBeLessThanOrEqual(6);
    expect(l.ticks[0].label).toBe('m0');
  });

  test('nearest period to a pixel, clamped to the ends', () => {
    const l = lineLayout(['a', 'b', 'c'], [1, 2, 3], box);
    expect([l.nearest(0), l.nearest(55), l.nearest(90), l.nearest(500)]).toEqual([0, 1, 2, 2]);
  });

  test('one period is centred; none gives an empty path; all zero keeps a 0–1 axis', () => {
    expect(lineLayout(['only'], [3], box).points[0].x).toBe(60);
    const none = lineLayout([], [], box);
    expect(none.path).toBe('');
    expect(none.nearest(50)).toBe(-1);
    expect(lineLayout(['a', 'b'], [0, 0], box).y.domain()).toEqual([0, 1]);
  });

  test('labels and values must have the same length', () => {
    expect(() => lineLayout(['a'], [1, 2], box)).toThrow(/differ in length: 1 vs 2/);
  });

  test('further series share the y scale and get their own paths; their length must match', () => {
    const l = lineLayout(['a', 'b', 'c'], [0, 5, 5], box, 12, [[0, 5, 10]]);
    expect(l.y.domain()).toEqual([0, 10]);
    expect(l.path).toBe('M10,110L60,60L110,60');
    expect(l.otherPaths).toEqual(['M10,110L60,60L110,10']);
    expect(lineLayout(['a'], [1], box).otherPaths).toEqual([]);
    expect(() => lineLayout(['a', 'b'], [1, 2], box, 12, [[1]])).toThrow(/further series differ in length: 2 vs 1/);
  });
});
