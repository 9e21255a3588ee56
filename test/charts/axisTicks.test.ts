import { describe, expect, test } from 'vitest';
import { scaleBand, scaleLinear } from 'd3';
import { axisTicks, type AxisScale } from '../../src/lib/charts/axisTicks.ts';

describe('axisTicks()', () => {
  test('continuous scale: d3 nice ticks with their pixel positions (rounded to 0.1)', () => {
    const s = scaleLinear().domain([0, 100]).range([0, 300]);
    expect(axisTicks(s as unknown as AxisScale, 5)).toEqual([0, 20, 40, 60, 80, 100].map((v) => ({ pos: v * 3, label: String(v) })));
  });

  test('custom format', () => {
    const s = scaleLinear().domain([0, 1]).range([0, 1]);
    expect(axisTicks(s as unknown as AxisScale, 2, ((v: number) => `${v * 100}%`) as (v: never) => string).map((t) => t.label)).toEqual(['0%', '50%', '100%']);
  });

  test('band scale: every category at its band centre, thinned to the count', () => {
    const s = scaleBand<string>().domain(['a', 'b', 'c', 'd']).range([0, 400]);
    expect(axisTicks(s as unknown as AxisScale, 10)).toEqual([
      { pos: 50, label: 'a' },
      { pos: 150, label: 'b' },
      { pos: 250, label: 'c' },
      { pos: 350, label: 'd' }
    ]);
    expect(axisTicks(s as unknown as AxisScale, 2).map((t) => t.label)).toEqual(['a', 'c']);
  });

  test('a count of 0 (an axis of 0 customers) draws no tick', () => {
    expect(axisTicks(scaleLinear() as unknown as AxisScale, 0)).toEqual([]);
    expect(axisTicks(scaleBand<string>().domain([]).range([0, 100]) as unknown as AxisScale, 0)).toEqual([]);
  });

  test('rejects a bad count or a scale without ticks', () => {
    const s = scaleLinear();
    expect(() => axisTicks(s as unknown as AxisScale, -1)).toThrow(/invalid tick count: -1/);
    expect(() => axisTicks(s as unknown as AxisScale, NaN)).toThrow(/invalid tick count: NaN/);
    const noTicks = Object.assign(() => 0, { domain: () => [], range: () => [0, 1] });
    expect(() => axisTicks(noTicks as unknown as AxisScale)).toThrow(/neither ticks\(\) nor bandwidth\(\)/);
  });
});
