import { describe, expect, test } from 'vitest';
import { translateOr } from '../../src/lib/ui/translateOr.ts';
import { metricLabel } from '../../src/lib/ui/metricLabel.ts';

describe('translateOr() and metricLabel()', () => {
  test('a known key is translated in the language asked', () => {
    expect(translateOr('en', 'view.metric.revenue', 'x')).toBe('Revenue');
    expect(translateOr('zh', 'view.metric.revenue', 'x')).toBe('营业收入');
  });

  test('an unknown key gives the fallback (data-driven names)', () => {
    expect(translateOr('zh', 'segment.My own', 'My own')).toBe('My own');
  });

  test('engine metrics are translated; a customer table column keeps its own name', () => {
    expect(metricLabel('en', 'orders')).toBe('Orders (F)');
    expect(metricLabel('zh', 'profit')).toBe('利润');
    expect(metricLabel('zh', '营业收入（万元）')).toBe('营业收入（万元）');
  });
});
