import { describe, expect, test } from 'vitest';
import { thresholdRows } from '../../../src/views/rfm/thresholdRows.ts';
import type { RfmThresholds } from '../../../src/lib/analysis/rfm.ts';

const th: RfmThresholds = {
  r: [
    { level: 1, min: 61, max: 400 },
    { level: 2, min: 8, max: 60 },
    { level: 3, min: 0, max: 7 }
  ],
  f: [
    { level: 1, min: 1, max: 1 },
    { level: 3, min: 2, max: 9 }
  ],
  m: [
    { level: 1, min: -20, max: 99.5 },
    { level: 2, min: 100, max: 499 },
    { level: 3, min: 500, max: 9000 }
  ],
  cuts: { r: [60, 7], f: [1, 1], m: [100, 500] }
};

describe('thresholdRows(thresholds, translate)', () => {
  test('a header, each dimension’s levels from the top score down, then the cut points', () => {
    const rows = thresholdRows(th, (k) => k);
    expect(rows[0]).toEqual(['rfm.th.dimension', 'rfm.th.level', 'rfm.th.min', 'rfm.th.max']);
    expect(rows.slice(1, 4)).toEqual([
      ['rfm.dim.r', 3, 0, 7],
      ['rfm.dim.r', 2, 8, 60],
      ['rfm.dim.r', 1, 61, 400]
    ]);
    expect(rows.slice(4, 6)).toEqual([
      ['rfm.dim.f', 3, 2, 9],
      ['rfm.dim.f', 1, 1, 1]
    ]);
    expect(rows.slice(-3)).toEqual([
      ['rfm.dim.r', 'rfm.th.cuts', '60 | 7', ''],
      ['rfm.dim.f', 'rfm.th.cuts', '1 | 1', ''],
      ['rfm.dim.m', 'rfm.th.cuts', '100 | 500', '']
    ]);
    expect(rows).toHaveLength(1 + 8 + 3);
  });

  test('does not reorder the thresholds it was given', () => {
    const copy = JSON.stringify(th);
    thresholdRows(th, (k) => k);
    expect(JSON.stringify(th)).toBe(copy);
  });
});
