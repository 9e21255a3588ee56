import { describe, expect, test } from 'vitest';
import { pyramidLayout } from '../../src/lib/charts/pyramidLayout.ts';

const frame = { cx: 100, top: 0, height: 200, baseWidth: 200, labelX: 220, apexRatio: 0 };

describe('pyramidLayout()', () => {
  test('four bands of equal height, top first, each wider than the one above', () => {
    const bands = pyramidLayout(4, frame);
    expect(bands.map((b) => b.index)).toEqual([0, 1, 2, 3]);
    expect(bands[0].top).toBe(0);
    expect(bands[3].bottom).toBe(200);
    const widths = bands.map((b) => {
      const xs = b.points.split(' ').map((p) => Number(p.split(',')[0]));
      return xs[2] - xs[3];
    });
    for (let k = 1; k < 4; k++) expect(widths[k]).toBeGreaterThan(widths[k - 1]);
    expect(widths[3]).toBe(200);
    for (const b of bands) {
      expect(b.labelX).toBe(220);
      expect(b.labelY).toBeCloseTo((b.top + b.bottom) / 2, 0);
      expect(b.leader.x2).toBe(214);
    }
  });

  test('one band fills the whole height; none gives nothing', () => {
    expect(pyramidLayout(1, frame)).toMatchObject([{ top: 0, bottom: 200, points: '100,0 100,0 200,200 0,200' }]);
    expect(pyramidLayout(0, frame)).toEqual([]);
  });

  test.each([-1, 1.5, NaN])('rejects band count %s', (n) => {
    expect(() => pyramidLayout(n, frame)).toThrow(/invalid band count/);
  });
});
