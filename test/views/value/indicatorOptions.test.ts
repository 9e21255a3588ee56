import { describe, expect, test } from 'vitest';
import { indicatorOptions } from '../../../src/views/value/indicatorOptions.ts';

describe('indicatorOptions(metrics, used)', () => {
  test('the metrics not used yet, in the summary’s order', () => {
    expect(indicatorOptions(['revenue', 'orders', 'profit', 'tenure'], [{ metric: 'profit' }, { metric: 'revenue' }])).toEqual(['orders', 'tenure']);
  });
  test('all used, or none available', () => {
    expect(indicatorOptions(['revenue'], [{ metric: 'revenue' }])).toEqual([]);
    expect(indicatorOptions([], [])).toEqual([]);
  });
});
