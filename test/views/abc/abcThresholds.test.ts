import { describe, expect, test } from 'vitest';
import { abcThresholds, thresholdPresets } from '../../../src/views/abc/abcThresholds.ts';

describe('abcThresholds()', () => {
  test.each([
    [80, 95, { a: 0.8, b: 0.95 }],
    [55, 85, { a: 0.55, b: 0.85 }],
    [0.5, 100, { a: 0.005, b: 1 }]
  ])('accepts A %s, B %s', (a, b, expected) => {
    expect(abcThresholds(a, b)).toEqual(expected);
  });

  test.each([
    [NaN, 95, 'abc.error.number'],
    [80, Infinity, 'abc.error.number'],
    [0, 95, 'abc.error.order'],
    [95, 80, 'abc.error.order'],
    [80, 80, 'abc.error.order'],
    [80, 101, 'abc.error.order']
  ])('refuses A %s, B %s with %s, naming the values received', (a, b, code) => {
    expect(abcThresholds(a, b)).toEqual({ error: { code, params: { a: String(a), b: String(b) } } });
  });

  test('the presets of METHOD §3 are all valid', () => {
    expect(thresholdPresets.map(([a, b]) => 'a' in abcThresholds(a, b))).toEqual([true, true, true]);
  });
});
