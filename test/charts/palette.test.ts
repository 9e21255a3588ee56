import { describe, expect, test } from 'vitest';
import { categorical, categoricalColor, classColor, classColors, diverging, sequential, sequentialBlue } from '../../src/lib/charts/palette.ts';

describe('palette', () => {
  test('class colours by code, unknown codes grey like C', () => {
    expect([classColor(0), classColor(1), classColor(2), classColor(9)]).toEqual([classColors.A, classColors.B, classColors.C, classColors.C]);
  });

  test('categorical colours cycle, also for negative indices', () => {
    expect(categoricalColor(0)).toBe(categorical[0]);
    expect(categoricalColor(categorical.length)).toBe(categorical[0]);
    expect(categoricalColor(-1)).toBe(categorical[categorical.length - 1]);
  });

  test('sequentialBlue(t): near white to dark blue, clamped, darker as t grows', () => {
    expect([sequentialBlue(0), sequentialBlue(1), sequentialBlue(-1), sequentialBlue(NaN), sequentialBlue(2)]).toEqual(['rgb(241, 245, 251)', 'rgb(8, 48, 107)', 'rgb(241, 245, 251)', 'rgb(241, 245, 251)', 'rgb(8, 48, 107)']);
    const sum = (c: string) => c.match(/\d+/g)!.reduce((s, x) => s + Number(x), 0);
    expect(sum(sequentialBlue(0.3))).toBeGreaterThan(sum(sequentialBlue(0.6)));
  });

  test('sequential and diverging scales clamp their input; non-finite maps to the low end', () => {
    expect(sequential(-1)).toBe(sequential(0));
    expect(sequential(2)).toBe(sequential(1));
    expect(sequential(NaN)).toBe(sequential(0));
    expect(diverging(-5)).toBe(diverging(-1));
    expect(diverging(5)).toBe(diverging(1));
    // zero is a light neutral: every channel above 200
    expect(diverging(0).match(/\d+/g)!.map(Number).every((c) => c > 200)).toBe(true);
    expect(sequential(0)).not.toBe(sequential(1));
  });
});
