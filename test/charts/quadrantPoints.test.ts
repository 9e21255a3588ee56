import { describe, expect, test } from 'vitest';
import { quadrantPoints } from '../../src/lib/charts/quadrantPoints.ts';

const f64 = (a: number[]) => Float64Array.from(a);
const u8 = (a: number[]) => Uint8Array.from(a);

describe('quadrantPoints(realised, potential, quadrant, size, split, max)', () => {
  test('one dot per customer: x = realised, y = potential (up), split lines at 50', () => {
    const layout = quadrantPoints(f64([0, 100, 50]), f64([0, 100, 25]), u8([3, 0, 1]), 200);
    expect(layout.aggregated).toBe(false);
    expect(layout.points).toEqual([
      { x: 0, y: 200, count: 1, customer: 0, quadrant: 3 },
      { x: 200, y: 0, count: 1, customer: 1, quadrant: 0 },
      { x: 100, y: 150, count: 1, customer: 2, quadrant: 1 }
    ]);
    expect([layout.splitX, layout.splitY]).toEqual([100, 100]);
    expect(layout.ticks.map((t) => t.value)).toEqual([0, 25, 50, 75, 100]);
  });

  test('another split value moves the lines', () => {
    const layout = quadrantPoints(f64([]), f64([]), u8([]), 100, 60);
    expect([layout.splitX, layout.splitY]).toEqual([60, 40]);
  });

  test('customers without a quadrant (255) or with missing sub-scores are left out', () => {
    const layout = quadrantPoints(f64([10, NaN, 30]), f64([10, 20, 30]), u8([3, 3, 255]), 100);
    expect(layout.points.map((p) => p.customer)).toEqual([0]);
  });

  test('values outside 0–100 are clamped to the plot', () => {
    const layout = quadrantPoints(f64([-5, 120]), f64([130, -1]), u8([2, 1]), 100);
    expect(layout.points.map((p) => [p.x, p.y])).toEqual([
      [0, 0],
      [100, 100]
    ]);
  });

  test('above max customers, dots are merged per quadrant and bin, at the mean position, counts adding up', () => {
    const n = 50;
    const r = f64(Array.from({ length: n }, (_, i) => (i % 2 ? 80 : 81)));
    const p = f64(Array.from({ length: n }, () => 10));
    const q = u8(Array.from({ length: n }, () => 1));
    const layout = quadrantPoints(r, p, q, 100, 50, 10);
    expect(layout.aggregated).toBe(true);
    expect(layout.points.reduce((s, pt) => s + pt.count, 0)).toBe(n);
    expect(layout.points).toHaveLength(1);
    expect(layout.points[0]).toMatchObject({ count: 50, customer: -1, quadrant: 1 });
    expect(layout.points[0].x).toBeCloseTo(80.5);
  });

  test('rejects mismatched lengths, a bad size and a bad split', () => {
    expect(() => quadrantPoints(f64([1]), f64([]), u8([0]), 100)).toThrow(/invalid input lengths: 1, 0, 1/);
    expect(() => quadrantPoints(f64([]), f64([]), u8([]), 0)).toThrow(/invalid size: 0/);
    expect(() => quadrantPoints(f64([]), f64([]), u8([]), 100, 120)).toThrow(/invalid split: 120/);
  });

  test('does not mutate its input', () => {
    const r = f64([1, 2]);
    quadrantPoints(r, f64([3, 4]), u8([3, 3]), 100);
    expect([...r]).toEqual([1, 2]);
  });
});
