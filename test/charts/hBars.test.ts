import { describe, expect, test } from 'vitest';
import { hBars } from '../../src/lib/charts/hBars.ts';

describe('hBars(rows, width, rowHeight)', () => {
  test('stacked parts scaled to the largest total; rows one below the other', () => {
    const rows = hBars(
      [
        { label: 'East', parts: [2, 1, 1] },
        { label: 'West', parts: [1, 0, 1] }
      ],
      100,
      20
    );
    expect(rows[0]).toMatchObject({ index: 0, label: 'East', total: 4, y: 0 });
    expect(rows[0].parts).toEqual([
      { part: 0, value: 2, x: 0, width: 50 },
      { part: 1, value: 1, x: 50, width: 25 },
      { part: 2, value: 1, x: 75, width: 25 }
    ]);
    expect(rows[1]).toMatchObject({ total: 2, y: 20 });
    expect(rows[1].parts.map((p) => p.part)).toEqual([0, 2]);
  });

  test('negative and missing parts are left out of bars and totals', () => {
    const [row] = hBars([{ label: 'x', parts: [-5, NaN, 3] }], 60, 10);
    expect(row.total).toBe(3);
    expect(row.parts).toEqual([{ part: 2, value: 3, x: 0, width: 60 }]);
  });

  test('no rows, and all-zero rows', () => {
    expect(hBars([], 100, 10)).toEqual([]);
    expect(hBars([{ label: '', parts: [0] }], 100, 10)[0]).toMatchObject({ total: 0, parts: [] });
  });

  test('rejects a bad bar area', () => {
    expect(() => hBars([], 0, 10)).toThrow(/invalid bar area: 0×10/);
  });
});
