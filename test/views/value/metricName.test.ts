import { describe, expect, test } from 'vitest';
import { metricName } from '../../../src/views/value/metricName.ts';

describe('metricName(locale, metric)', () => {
  test('engine metrics are translated in both languages', () => {
    expect(metricName('en', 'tenure')).not.toBe('tenure');
    expect(metricName('zh', 'revenue')).toMatch(/销售额|营业收入|收入/);
  });
  test('a customer table’s own column is shown as named', () => {
    expect(metricName('zh', '服务评分')).toBe('服务评分');
    expect(metricName('en', 'Potential')).toBe('Potential');
  });
});
