import { describe, expect, test } from 'vitest';
import { paretoBins } from '../../src/lib/charts/paretoBins.ts';
import { paretoLayout } from '../../src/lib/charts/paretoLayout.ts';
import { changhai } from './changhai.ts';

const box = { width: 760, height: 360, margin: { top: 28, right: 56, bottom: 48, left: 68 } };

describe('paretoLayout()', () => {
  const { abc } = changhai();
  const layout = paretoLayout(paretoBins(abc), box, [0.8, 0.95]);

  test('bars span the plot in rank order; heights follow the values', () => {
    expect(layout.bars).toHaveLength(14);
    expect(layout.bars[0].x).toBeGreaterThanOrEqual(68);
    const last = layout.bars[13];
    expect(last.x + last.width).toBeLessThanOrEqual(760 - 56 + 0.1);
    for (let k = 1; k < 14; k++) expect(layout.bars[k].height).toBeLessThanOrEqual(layout.bars[k - 1].height);
    for (const bar of layout.bars) expect(bar.y + bar.height).toBeCloseTo(360 - 48, 0);
  });

  test('the cumulative line starts at 0 % and ends at 100 %', () => {
    expect(layout.line.startsWith(`M68,${360 - 48}`)).toBe(true);
    expect(layout.points.at(-1)).toMatchObject({ x: 704, y: 28 });
  });

  test('class bands A, B, C with widths proportional to their customers (4, 5, 5)', () => {
    expect(layout.bands.map((b) => [b.cls, b.start, b.end])).toEqual([[0, 0, 4], [1, 4, 9], [2, 9, 14]]);
    const unit = (760 - 56 - 68) / 14;
    expect(layout.bands.map((b) => Math.round(b.width / unit))).toEqual([4, 5, 5]);
    for (const b of layout.bands) expect(b.mid).toBeCloseTo((b.x0 + b.x1) / 2, 0);
  });

  test('the rank axis puts rank r at the centre of its bar', () => {
    for (const k of [0, 6, 13]) {
      const bar = layout.bars[k];
      expect(layout.rank(k + 1)).toBeCloseTo(bar.x + bar.width / 2, 0);
    }
  });

  test('threshold lines at 80 % and 95 % of the right axis', () => {
    const plot = 360 - 48 - 28;
    expect(layout.thresholds).toEqual([
      { share: 0.8, y: Math.round((360 - 48 - 0.8 * plot) * 10) / 10 },
      { share: 0.95, y: Math.round((360 - 48 - 0.95 * plot) * 10) / 10 }
    ]);
  });

  test('empty input: no bars, no line', () => {
    const empty = paretoLayout([], box, [0.8, 0.95]);
    expect(empty.bars).toEqual([]);
    expect(empty.line).toBe('');
    expect(empty.bands).toEqual([]);
  });

  test('negative means go below the zero line', () => {
    const bins = [
      { start: 0, end: 1, customers: 1, sum: 10, mean: 10, max: 10, min: 10, cumShare: 1, cls: 0 },
      { start: 1, end: 2, customers: 1, sum: -5, mean: -5, max: -5, min: -5, cumShare: 1, cls: 2 }
    ];
    const l = paretoLayout(bins, box, [0.8]);
    const zero = l.y(0);
    expect(l.bars[1].y).toBeCloseTo(zero, 0);
    expect(l.bars[0].y + l.bars[0].height).toBeCloseTo(zero, 0);
  });
});
